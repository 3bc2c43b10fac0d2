// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace dd::ui {

// Paints one log row: the text in the fixed-width font, warnings and errors in their colour,
// every occurrence of the search text on a marker background and the current match's row
// framed. With wrap off a row is one line (the view keeps uniform rows) as wide as its text;
// with wrap on the text breaks at the view's width and the row grows.
class LogRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LogRowDelegate(QObject *parent = nullptr);

    void setHighlight(const QString &text) { m_highlight = text; }
    void setCurrentRow(int row) { m_currentRow = row; }
    void setWrap(bool wrap) { m_wrap = wrap; }
    bool wrap() const { return m_wrap; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString m_highlight;
    int m_currentRow = -1;
    bool m_wrap = false;
};

} // namespace dd::ui
