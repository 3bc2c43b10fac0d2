// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QHash>

#include <vector>

namespace dd::ui {

// A list view for logs of any length: only the rows on screen are ever measured or painted.
//
// Why not QListView: it lays every row out again after each insertion (it asks the model for an
// index per row), so with a million rows each append tick of a followed log cost ~60 ms of UI
// thread. Here the vertical scroll bar counts rows, not pixels: its value is the first row
// shown, and a row's place is known without measuring the rows before it. With wrap off every
// row is one line high; with wrap on a row is as tall as its wrapped text, and only the rows on
// screen (and the few measured to find the bottom) are measured.
//
// Selection, current row, keyboard and mouse handling are QAbstractItemView's; Ctrl+C copies
// the selected rows' text, one line each.
class LogListView : public QAbstractItemView
{
    Q_OBJECT
public:
    explicit LogListView(QWidget *parent = nullptr);

    // Word wrap: rows break at the view's width (no horizontal scrolling) and grow.
    void setWrapping(bool wrap);
    bool isWrapping() const { return m_wrap; }

    // The first row shown and whether the last row is in view (a following log's tail).
    int firstVisibleRow() const;
    bool isAtBottom() const;

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    void reset() override;
    void doItemsLayout() override;

    // The text Ctrl+C puts on the clipboard: the selected rows in order, one per line.
    QString selectedText() const;

    // Letters typed in the list: not QAbstractItemView's jump to a row starting with them (a
    // scan of every row on the UI thread), but typedText() for the log's own search.
    void keyboardSearch(const QString &search) override;

Q_SIGNALS:
    void typedText(const QString &text);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &) const override { return false; }
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // A row on screen: its top in viewport coordinates and its height.
    struct PlacedRow
    {
        int row;
        int top;
        int height;
    };

    int rowCount() const;
    QModelIndex indexOfRow(int row) const;
    QStyleOptionViewItem rowOption() const;
    int lineHeight() const;
    int rowHeight(int row) const;
    int rowWidth() const;
    // The rows on screen from the first shown row down, measured once per scroll/resize/change.
    const std::vector<PlacedRow> &placedRows() const;
    // The first row to show so that `row` ends within `space` pixels from that row's top.
    int firstRowFitting(int row, int space) const;
    // The first shown row when the last row sits at the bottom: the scroll bar's maximum.
    int bottomFirstRow() const;
    // The row at `y` (viewport coordinates; off screen estimated one line a row, counted from the
    // first row shown; may be negative or past the last row: callers clamp).
    qint64 rowAtY(int y) const;
    // Forgets where the rows are (and with `heights`, what they measured).
    void invalidate(bool heights);

    bool m_wrap = false;
    mutable int m_lineHeight = -1;
    mutable int m_widest = 0;  // the widest row measured so far (wrap off): the horizontal extent
    mutable bool m_extentStale = false;  // m_widest changed since the scroll bars were set
    bool m_geometryQueued = false;
    int m_measuredWidth = -1;  // the viewport width the wrapped heights were measured at
    mutable std::vector<PlacedRow> m_placed;
    mutable bool m_placedValid = false;
    mutable QHash<int, int> m_heights;  // wrapped rows measured at the current width
};

} // namespace dd::ui
