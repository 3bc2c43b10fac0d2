// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/LogRowDelegate.h"

#include "logs/LogLevel.h"
#include "logs/LogListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace dd::ui {

namespace {

constexpr int HorizontalPadding = 4;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Colours that read on both a light and a dark base.
QColor levelColor(logs::LogLevel level, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (level) {
    case logs::LogLevel::Warn:
        return dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0x9a, 0x5b, 0x00);
    case logs::LogLevel::Error:
    case logs::LogLevel::Fatal:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    case logs::LogLevel::Trace:
    case logs::LogLevel::Debug:
        return palette.color(QPalette::Disabled, QPalette::Text);
    default:
        return palette.color(QPalette::Text);
    }
}

QColor markerColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x8a, 0x6d, 0x00) : QColor(0xff, 0xe0, 0x66);
}

// Lays `text` out at `width` (wrapping when asked) with the search occurrences marked.
void layoutText(QTextLayout &layout, const QString &highlight, const QPalette &palette, qreal width, bool wrap)
{
    QList<QTextLayout::FormatRange> marks;
    if (!highlight.isEmpty()) {
        QTextCharFormat format;
        // The marker's own text colour: the row's may be the selection's white or a level's.
        const QColor marker = markerColor(palette);
        format.setBackground(marker);
        format.setForeground(marker.lightness() > 128 ? QColor(0x1a, 0x1a, 0x1a) : QColor(0xf5, 0xf5, 0xf5));
        const QString &text = layout.text();
        for (qsizetype at = text.indexOf(highlight, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(highlight, at + highlight.size(), Qt::CaseInsensitive))
            marks.append({int(at), int(highlight.size()), format});
    }
    layout.setFormats(marks);
    QTextOption textOption;
    textOption.setWrapMode(wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(wrap ? width : 1e6);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
}

} // namespace

LogRowDelegate::LogRowDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void LogRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // Selection and focus as the style draws them, then our own text on top.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const auto level = logs::LogLevel(index.data(logs::LogListModel::LevelRole).toInt());
    QPalette palette = opt.palette;
    if (selected)
        palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));

    painter->save();
    const QRect area = opt.rect.adjusted(HorizontalPadding, 0, -HorizontalPadding, 0);
    if (index.row() == m_currentRow) {
        // The current match: a frame that stays visible over the selection colour.
        QPen pen(markerColor(opt.palette).darker(isDark(opt.palette) ? 70 : 160));
        pen.setWidth(2);
        painter->setPen(pen);
        painter->drawRect(opt.rect.adjusted(1, 1, -1, -1));
    }
    painter->setClipRect(opt.rect);
    painter->setFont(opt.font);
    painter->setPen(selected ? palette.color(QPalette::Text) : levelColor(level, palette));
    QTextLayout layout(text, opt.font, painter->device());
    layoutText(layout, m_highlight, palette, area.width(), m_wrap);
    // One line: centred vertically in the row; wrapped: from the top.
    const qreal top = m_wrap ? area.top() : area.top() + (area.height() - layout.boundingRect().height()) / 2;
    layout.draw(painter, QPointF(area.left(), top));
    painter->restore();
}

QSize LogRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height() + 2;
    if (!m_wrap) {
        // One line high; as wide as the text, so the view can scroll along the longest line.
        const int textWidth = index.isValid() ? metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) : 0;
        return {textWidth + 2 * HorizontalPadding, lineHeight};
    }
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = (view ? view->viewport()->width() : 600) - 2 * HorizontalPadding;
    QTextLayout layout(index.data(Qt::DisplayRole).toString(), option.font);
    layoutText(layout, {}, option.palette, std::max(width, 50), true);
    return {width, std::max(lineHeight, int(std::ceil(layout.boundingRect().height())) + 2)};
}

} // namespace dd::ui
