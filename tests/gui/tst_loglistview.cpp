// SPDX-License-Identifier: GPL-3.0-or-later
// LogListView on its own: a list of any length where only the rows on screen are touched.
// The models here count what the view asks of them, so "an append costs a screenful, not the
// whole log" is checked by what the view does, not by a clock.
#include "log/LogListView.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTest>

using dd::ui::LogListView;

namespace {

// `count` rows "line N"; a few rows are long (for wrapping). Counts index() and data() calls.
class CountingModel : public QAbstractListModel
{
public:
    explicit CountingModel(int count) : m_count(count) {}

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_count; }
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        ++indexCalls;
        return QAbstractListModel::index(row, column, parent);
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        ++dataCalls;
        if (role != Qt::DisplayRole || !index.isValid())
            return {};
        QString text = QStringLiteral("line %1").arg(index.row());
        if (longRows && index.row() % 10 == 7)
            text += QStringLiteral(" and a message long enough to need several lines when the view wraps it at a few "
                                   "hundred pixels: ") + QString(120, QLatin1Char('x'));
        return text;
    }
    void append(int count)
    {
        beginInsertRows({}, m_count, m_count + count - 1);
        m_count += count;
        endInsertRows();
    }
    void resetCounts() { indexCalls = dataCalls = 0; }

    mutable qint64 indexCalls = 0;
    mutable qint64 dataCalls = 0;
    bool longRows = false;

private:
    int m_count;
};

// A delegate that wraps like the log's: rows as tall as their text at the view's width.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        ++sizeHints;
        const QFontMetrics metrics(option.font);
        const QString text = index.data().toString();
        if (!(option.features & QStyleOptionViewItem::WrapText))
            return {metrics.horizontalAdvance(text) + 8, metrics.height() + 2};
        const int width = qobject_cast<const QAbstractItemView *>(option.widget)->viewport()->width();
        const QRect bounds = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWrapAnywhere, text);
        return {width, std::max(bounds.height(), metrics.height()) + 2};
    }
    mutable qint64 sizeHints = 0;
};

bool fullyVisible(LogListView &view, int row)
{
    const QRect rect = view.visualRect(view.model()->index(row, 0));
    return rect.isValid() && view.viewport()->rect().contains(rect);
}

} // namespace

class TestLogListView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendToAMillionRowsTouchesOnlyTheScreen();
    void wrappedRowsAreMeasuredOnScreenOnly();
    void keyboardSelectionCopiesTheRows();
    void pageDownMovesAScreenAndKeepsTheRowInView();
    void clickBelowTheLastRowSelectsNothing();
    void longRowsScrollHorizontally();
};

void TestLogListView::appendToAMillionRowsTouchesOnlyTheScreen()
{
    CountingModel model(1'000'000);
    LogListView view;
    view.setModel(&model);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.scrollToBottom();
    QTest::qWait(20);
    QVERIFY(fullyVisible(view, 999'999));

    // Ten append ticks of 1,000 rows while following the tail, as a flooding container does.
    model.resetCounts();
    const int screenful = view.viewport()->height() / view.visualRect(model.index(0, 0)).height() + 1;
    for (int tick = 0; tick < 10; ++tick) {
        model.append(1000);
        view.scrollToBottom();
        view.viewport()->repaint();
    }
    QVERIFY(fullyVisible(view, 1'009'999));
    QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    // QListView asks for an index of every row on each insertion (10 million here).
    qInfo("10 appends of 1,000 rows to 1,000,000: %lld index() and %lld data() calls, %d rows on screen",
          model.indexCalls, model.dataCalls, screenful);
    const qint64 budget = 10LL * 20 * screenful;
    QVERIFY2(model.indexCalls < budget, qPrintable(QStringLiteral("%1 index() calls for 10 appends (budget %2)")
                                                       .arg(model.indexCalls).arg(budget)));
    QVERIFY2(model.dataCalls < budget, qPrintable(QStringLiteral("%1 data() calls").arg(model.dataCalls)));
}

void TestLogListView::wrappedRowsAreMeasuredOnScreenOnly()
{
    CountingModel model(200'000);
    model.longRows = true;
    LogListView view;
    auto *delegate = new WrappingDelegate(&view);
    view.setItemDelegate(delegate);
    view.setModel(&model);
    view.setWrapping(true);
    view.resize(420, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Row 7 is long: taller than a short row, and wrapped within the width.
    const QRect shortRow = view.visualRect(model.index(6, 0));
    const QRect longRow = view.visualRect(model.index(7, 0));
    QVERIFY2(longRow.height() >= 3 * shortRow.height(), qPrintable(QStringLiteral("%1 vs %2").arg(longRow.height()).arg(shortRow.height())));
    QCOMPARE(longRow.top(), shortRow.bottom() + 1);
    QCOMPARE(view.horizontalScrollBar()->maximum(), 0);

    view.scrollToBottom();
    QTest::qWait(20);
    // The tail is in view, the last (long) row whole, and everything so far (showing the top,
    // finding the bottom, painting it) measured a few screens of rows, not 200,000.
    const int last = model.rowCount() - 1;
    QVERIFY(fullyVisible(view, last - 2));  // row ...197 is a long one
    QVERIFY(fullyVisible(view, last));
    qInfo("showing a wrapped 200,000-row list and scrolling to its end measured %lld rows", delegate->sizeHints);
    QVERIFY2(delegate->sizeHints < 500, qPrintable(QString::number(delegate->sizeHints)));

    // Narrower: rows wrap into more lines, and the tail is still where the view says it is.
    view.resize(300, 300);
    QTest::qWait(20);
    view.scrollToBottom();
    QTest::qWait(20);
    QVERIFY(view.visualRect(model.index(last - 2, 0)).height() > longRow.height());
    QVERIFY(fullyVisible(view, last));
}

void TestLogListView::keyboardSelectionCopiesTheRows()
{
    CountingModel model(5000);
    LogListView view;
    view.setModel(&model);
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(model.index(2, 0)).center());
    QCOMPARE(view.currentIndex().row(), 2);
    QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(view.selectionModel()->selectedRows().size(), 3);
    QTest::keySequence(&view, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("line 2\nline 3\nline 4"));

    // Ctrl+click adds a row further down; the copy is in row order, each row once.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier, view.visualRect(model.index(9, 0)).center());
    QTest::keySequence(&view, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("line 2\nline 3\nline 4\nline 9"));
}

void TestLogListView::pageDownMovesAScreenAndKeepsTheRowInView()
{
    CountingModel model(100'000);
    LogListView view;
    view.setModel(&model);
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    view.setCurrentIndex(model.index(0, 0));
    QTest::keyClick(&view, Qt::Key_PageDown);
    const int afterOnePage = view.currentIndex().row();
    QVERIFY2(afterOnePage >= 5, qPrintable(QString::number(afterOnePage)));
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(&view, Qt::Key_PageDown);
    const int row = view.currentIndex().row();
    QCOMPARE(row, afterOnePage * 21);
    QVERIFY(fullyVisible(view, row));
    QVERIFY(view.verticalScrollBar()->value() > 0);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.currentIndex().row(), 0);
    QCOMPARE(view.verticalScrollBar()->value(), 0);
    QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(view.currentIndex().row(), 0);
}

void TestLogListView::clickBelowTheLastRowSelectsNothing()
{
    CountingModel model(3);
    LogListView view;
    view.setModel(&model);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(model.index(1, 0)).center());
    QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
    const QPoint below(50, view.visualRect(model.index(2, 0)).bottom() + 40);
    QVERIFY(!view.indexAt(below).isValid());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, below);
    QCOMPARE(view.selectionModel()->selectedRows().size(), 0);
    // Three rows fit: nothing to scroll.
    QCOMPARE(view.verticalScrollBar()->maximum(), 0);
}

void TestLogListView::longRowsScrollHorizontally()
{
    CountingModel model(100);
    model.longRows = true;
    LogListView view;
    view.setItemDelegate(new WrappingDelegate(&view));
    view.setModel(&model);
    view.resize(300, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Row 7 is wider than the view: once painted, the horizontal range reaches its end.
    QTRY_VERIFY(view.horizontalScrollBar()->maximum() > 300);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Right);
    QVERIFY(view.horizontalScrollBar()->value() > 0);
    QCOMPARE(view.visualRect(model.index(7, 0)).left(), -view.horizontalScrollBar()->value());
    // Wrapping: no horizontal scrolling at all.
    view.setWrapping(true);
    QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
    QCOMPARE(view.visualRect(model.index(7, 0)).left(), 0);
}

QTEST_MAIN(TestLogListView)
#include "tst_loglistview.moc"
