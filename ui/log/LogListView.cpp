// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/LogListView.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <limits>

namespace dd::ui {

namespace {

// Rows far off screen get estimated places; kept well inside int so QRect arithmetic is safe.
constexpr qint64 FarAway = 1'000'000'000;
// Ctrl+C of a whole followed log would copy hundreds of megabytes on the UI thread; beyond this
// the export (a file, written off the UI thread) is the way.
constexpr int MaxCopiedRows = 100'000;
// Wrapped heights remembered per width; a long scroll through a wrapped log starts over.
constexpr int MaxRememberedHeights = 8192;

int clampToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, -FarAway, FarAway));
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

LogListView::LogListView(QWidget *parent) : QAbstractItemView(parent)
{
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectRows);
    // Row-wise scrolling: the scroll bar's unit is a row (see the header).
    setVerticalScrollMode(ScrollPerItem);
    setHorizontalScrollMode(ScrollPerPixel);
}

void LogListView::setWrapping(bool wrap)
{
    if (wrap == m_wrap)
        return;
    m_wrap = wrap;
    setHorizontalScrollBarPolicy(wrap ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    m_widest = 0;
    invalidate(true);
    updateGeometries();
    viewport()->update();
}

int LogListView::rowCount() const
{
    return model() ? model()->rowCount(rootIndex()) : 0;
}

QModelIndex LogListView::indexOfRow(int row) const
{
    return model() ? model()->index(row, 0, rootIndex()) : QModelIndex();
}

QStyleOptionViewItem LogListView::rowOption() const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    if (m_wrap)
        option.features |= QStyleOptionViewItem::WrapText;
    return option;
}

// One line's height as the delegate draws it; rows off screen are estimated with it.
int LogListView::lineHeight() const
{
    if (m_lineHeight < 0) {
        const QAbstractItemDelegate *delegate = itemDelegate();
        const int hinted = delegate ? delegate->sizeHint(rowOption(), QModelIndex()).height() : 0;
        m_lineHeight = std::max({1, hinted, fontMetrics().height()});
    }
    return m_lineHeight;
}

int LogListView::rowHeight(int row) const
{
    if (!m_wrap)
        return lineHeight();
    if (const auto it = m_heights.constFind(row); it != m_heights.cend())
        return *it;
    const QModelIndex index = indexOfRow(row);
    const QAbstractItemDelegate *delegate = itemDelegateForIndex(index);
    const int height = std::max(lineHeight(), delegate ? delegate->sizeHint(rowOption(), index).height() : 0);
    if (m_heights.size() >= MaxRememberedHeights)
        m_heights.clear();
    m_heights.insert(row, height);
    return height;
}

int LogListView::rowWidth() const
{
    const int width = viewport()->width();
    return m_wrap ? width : std::max(width, m_widest);
}

const std::vector<LogListView::PlacedRow> &LogListView::placedRows() const
{
    if (m_placedValid)
        return m_placed;
    m_placed.clear();
    const int rows = rowCount();
    const int space = viewport()->height();
    const QStyleOptionViewItem option = rowOption();
    int y = 0;
    for (int row = firstVisibleRow(); row >= 0 && row < rows && y < space; ++row) {
        const int height = rowHeight(row);
        m_placed.push_back({row, y, height});
        y += height;
        if (!m_wrap) {
            // The horizontal extent grows with the widest row seen, never measuring the rest.
            const QModelIndex index = indexOfRow(row);
            const QAbstractItemDelegate *delegate = itemDelegateForIndex(index);
            const int width = delegate ? delegate->sizeHint(option, index).width() : 0;
            if (width > m_widest) {
                m_widest = width;
                m_extentStale = true;
            }
        }
    }
    m_placedValid = true;
    return m_placed;
}

int LogListView::firstRowFitting(int row, int space) const
{
    if (!m_wrap)
        return std::max(0, row - std::max(1, space / lineHeight()) + 1);
    int first = row;
    int used = rowHeight(row);
    while (first > 0) {
        const int height = rowHeight(first - 1);
        if (used + height > space)
            break;
        used += height;
        --first;
    }
    return first;
}

int LogListView::bottomFirstRow() const
{
    const int rows = rowCount();
    return rows > 0 ? firstRowFitting(rows - 1, viewport()->height()) : 0;
}

int LogListView::firstVisibleRow() const
{
    const int rows = rowCount();
    return rows > 0 ? std::clamp(verticalScrollBar()->value(), 0, rows - 1) : 0;
}

bool LogListView::isAtBottom() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum();
}

qint64 LogListView::rowAtY(int y) const
{
    const qint64 line = lineHeight();
    const qint64 first = firstVisibleRow();
    if (!m_wrap)
        return first + floorDiv(y, line);
    const auto &placed = placedRows();
    if (placed.empty() || y < 0)
        return first + floorDiv(y, line);
    for (const PlacedRow &row : placed) {
        if (y < row.top + row.height)
            return row.row;
    }
    const PlacedRow &last = placed.back();
    return last.row + 1 + floorDiv(y - (last.top + last.height), line);
}

QRect LogListView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.parent() != rootIndex() || index.model() != model())
        return {};
    const int row = index.row();
    const int x = -horizontalOffset();
    const int width = rowWidth();
    const qint64 line = lineHeight();
    const qint64 first = firstVisibleRow();
    if (!m_wrap)
        return {x, clampToInt((row - first) * line), width, int(line)};
    const auto &placed = placedRows();
    if (placed.empty() || row < placed.front().row)
        return {x, clampToInt((row - first) * line), width, int(line)};
    if (row > placed.back().row) {
        const PlacedRow &last = placed.back();
        return {x, clampToInt(last.top + last.height + (row - last.row - 1) * line), width, int(line)};
    }
    const PlacedRow &shown = placed[size_t(row - placed.front().row)];
    return {x, shown.top, width, shown.height};
}

QModelIndex LogListView::indexAt(const QPoint &point) const
{
    const qint64 row = rowAtY(point.y());
    return row >= 0 && row < rowCount() ? indexOfRow(int(row)) : QModelIndex();
}

void LogListView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid() || index.parent() != rootIndex())
        return;
    const int row = index.row();
    const int space = viewport()->height();
    const int first = firstVisibleRow();
    int wanted = first;
    switch (hint) {
    case PositionAtTop:
        wanted = row;
        break;
    case PositionAtBottom:
        wanted = firstRowFitting(row, space);
        break;
    case PositionAtCenter:
        wanted = firstRowFitting(row, (space + rowHeight(row)) / 2);
        break;
    case EnsureVisible:
        if (row < first) {
            wanted = row;
        } else {
            const QRect rect = visualRect(index);
            if (rect.bottom() >= space)
                wanted = firstRowFitting(row, space);
        }
        break;
    }
    verticalScrollBar()->setValue(wanted);
}

QModelIndex LogListView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    const int rows = rowCount();
    if (rows == 0)
        return {};
    const QModelIndex current = currentIndex();
    int row = current.isValid() ? current.row() : firstVisibleRow();
    const int page = std::max(1, int(placedRows().size()) - 1);
    switch (cursorAction) {
    case MoveUp:
    case MovePrevious:
        --row;
        break;
    case MoveDown:
    case MoveNext:
        ++row;
        break;
    case MovePageUp:
        row -= page;
        break;
    case MovePageDown:
        row += page;
        break;
    case MoveHome:
        row = 0;
        break;
    case MoveEnd:
        row = rows - 1;
        break;
    case MoveLeft:
        // Left and right look along long lines (wrap off) and keep the row.
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return current;
    case MoveRight:
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return current;
    }
    return indexOfRow(std::clamp(row, 0, rows - 1));
}

int LogListView::horizontalOffset() const
{
    return m_wrap ? 0 : horizontalScrollBar()->value();
}

// In "pixels" one line high a row: QAbstractItemView keeps a pressed point in these
// coordinates while the view scrolls under a dragged selection.
int LogListView::verticalOffset() const
{
    return clampToInt(qint64(firstVisibleRow()) * lineHeight());
}

void LogListView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    QItemSelectionModel *selection = selectionModel();
    const int rows = rowCount();
    if (!selection || rows == 0)
        return;
    const QRect area = rect.normalized();
    const qint64 first = rowAtY(area.top());
    const qint64 last = rowAtY(area.bottom());
    if (last < 0 || first >= rows) {
        selection->select(QItemSelection(), command);  // empty space: what the command clears
        return;
    }
    selection->select(QItemSelection(indexOfRow(int(std::max<qint64>(first, 0))),
                                     indexOfRow(int(std::min<qint64>(last, rows - 1)))),
                      command);
}

QRegion LogListView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    const QRect shown = viewport()->rect();
    for (const QItemSelectionRange &range : selection) {
        if (!range.isValid() || range.parent() != rootIndex())
            continue;
        const QRect rect = visualRect(range.topLeft()).united(visualRect(range.bottomRight()));
        region += rect.intersected(shown);
    }
    return region;
}

void LogListView::updateGeometries()
{
    QScrollBar *vertical = verticalScrollBar();
    vertical->setSingleStep(1);
    vertical->setPageStep(std::max(1, viewport()->height() / lineHeight()));
    vertical->setRange(0, bottomFirstRow());
    QScrollBar *horizontal = horizontalScrollBar();
    if (m_wrap) {
        horizontal->setRange(0, 0);
    } else {
        horizontal->setSingleStep(std::max(1, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 4));
        horizontal->setPageStep(viewport()->width());
        horizontal->setRange(0, std::max(0, m_widest - viewport()->width()));
    }
    m_extentStale = false;
    m_geometryQueued = false;
    QAbstractItemView::updateGeometries();
}

void LogListView::scrollContentsBy(int, int)
{
    // No pixel blit: a row-wise scroll places the rows anew.
    invalidate(false);
    viewport()->update();
}

void LogListView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    if (parent != rootIndex())
        return;
    const int first = firstVisibleRow();
    const bool atEnd = end == rowCount() - 1;
    // Rows after `start` moved down: heights measured for their old numbers are wrong now.
    invalidate(!atEnd);
    const int lastShown = m_placed.empty() ? first : m_placed.back().row;
    updateGeometries();
    // Rows that arrive above the first shown row (a late service in the merged view) keep
    // what is on screen where it is.
    if (start < first && first > 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + (end - start + 1));
    if (start <= lastShown + 1)
        viewport()->update();
}

void LogListView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // The text may have changed (timestamps shown or not): heights and widths anew.
    invalidate(true);
    if (topLeft != bottomRight) {
        m_widest = 0;
        m_extentStale = true;
    }
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
}

void LogListView::reset()
{
    QAbstractItemView::reset();
    m_widest = 0;
    invalidate(true);
    updateGeometries();
}

void LogListView::doItemsLayout()
{
    invalidate(true);
    QAbstractItemView::doItemsLayout();  // updateGeometries() and a repaint
}

void LogListView::invalidate(bool heights)
{
    m_placedValid = false;
    if (heights)
        m_heights.clear();
}

QString LogListView::selectedText() const
{
    const QItemSelectionModel *selection = selectionModel();
    if (!selection || !model())
        return {};
    std::vector<std::pair<int, int>> ranges;
    for (const QItemSelectionRange &range : selection->selection()) {
        if (range.isValid() && range.parent() == rootIndex())
            ranges.emplace_back(range.top(), range.bottom());
    }
    std::sort(ranges.begin(), ranges.end());
    QStringList lines;
    int previousEnd = -1;
    for (auto [top, bottom] : ranges) {
        for (int row = std::max(top, previousEnd + 1); row <= bottom && lines.size() < MaxCopiedRows; ++row)
            lines.append(indexOfRow(row).data(Qt::DisplayRole).toString());
        previousEnd = std::max(previousEnd, bottom);
    }
    return lines.join(QLatin1Char('\n'));
}

void LogListView::keyboardSearch(const QString &search)
{
    if (!search.isEmpty())
        Q_EMIT typedText(search);
}

void LogListView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const auto &placed = placedRows();
    QStyleOptionViewItem option = rowOption();
    const QStyle::State rowState = option.state;
    const QModelIndex current = currentIndex();
    const bool focused = hasFocus() || viewport()->hasFocus();
    const QItemSelectionModel *selection = selectionModel();
    const int x = -horizontalOffset();
    const int width = rowWidth();
    for (const PlacedRow &row : placed) {
        option.rect = QRect(x, row.top, width, row.height);
        if (!option.rect.intersects(event->rect()))
            continue;
        const QModelIndex index = indexOfRow(row.row);
        option.state = rowState;
        if (selection && selection->isSelected(index))
            option.state |= QStyle::State_Selected;
        if (focused && index == current)
            option.state |= QStyle::State_HasFocus;
        if (QAbstractItemDelegate *delegate = itemDelegateForIndex(index))
            delegate->paint(&painter, option, index);
    }
    // A wider row came into view: the horizontal scroll bar grows, after this paint.
    if (m_extentStale && !m_geometryQueued) {
        m_geometryQueued = true;
        QMetaObject::invokeMethod(this, &LogListView::updateGeometries, Qt::QueuedConnection);
    }
}

void LogListView::resizeEvent(QResizeEvent *event)
{
    // A new width re-wraps every row; a new height only shows more or fewer of them.
    const bool widthChanged = viewport()->width() != m_measuredWidth;
    m_measuredWidth = viewport()->width();
    invalidate(m_wrap && widthChanged);
    QAbstractItemView::resizeEvent(event);  // updateGeometries()
}

void LogListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_lineHeight = -1;
        m_widest = 0;
        invalidate(true);
        updateGeometries();
    }
    QAbstractItemView::changeEvent(event);
}

void LogListView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        QGuiApplication::clipboard()->setText(selectedText());
        event->accept();
        return;
    }
    QAbstractItemView::keyPressEvent(event);
}

} // namespace dd::ui
