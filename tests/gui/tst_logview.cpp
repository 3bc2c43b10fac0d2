// SPDX-License-Identifier: GPL-3.0-or-later
// The log view with a million lines, offscreen and without an engine: lines go in through
// LogPane::appendLines, the path a followed LogStream's batches take. Asserts bounded memory,
// following the tail, unfollowing on scroll, search (the needle at row 777,777 found off the
// UI thread, next/previous cycling), the level filter and the export. Saves screenshots of
// the view in light and dark palettes for a person to look at.
#include "GuiTestKit.h"
#include "LogPane.h"
#include "log/LogSearchController.h"
#include "log/LogServiceFeed.h"
#include "logs/LogExporter.h"
#include "logs/LogLevel.h"
#include "logs/LogListModel.h"
#include "logs/LogStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include "log/LogListView.h"
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using namespace dd::ui;

namespace {

constexpr int TotalLines = 1'000'000;
constexpr int BatchLines = 2'000;  // about what one chunk of a busy container's stream brings
constexpr int NeedleRow = 777'777;
constexpr int SecondNeedleRow = 888'888;
const QByteArray Needle = "needle-7f3a9c";
constexpr qint64 StartNs = 1'732'900'000'000'000'000;

// VmRSS of this process in KiB, from /proc/self/status.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Line n of the synthetic Directus log: pino JSON (LOG_STYLE=raw) and pino-pretty lines,
// levels mixed: every 10th a warning, every 50th an error, every 7th a debug line.
docker::LogLine syntheticLine(int n)
{
    docker::LogLine line;
    line.timestampNs = StartNs + qint64(n) * 1000;
    int pino = 30;
    if (n % 50 == 0)
        pino = 50;
    else if (n % 10 == 0)
        pino = 40;
    else if (n % 7 == 0)
        pino = 20;
    const QByteArray extra = (n == NeedleRow || n == SecondNeedleRow) ? " " + Needle : QByteArray();
    if (n % 3 == 0) {
        static const char *names[] = {"", "", "DEBUG", "INFO", "WARN", "ERROR"};
        const int seconds = (n / 1000) % 86400;
        line.text = QByteArray("[") + QByteArray::number(seconds / 3600).rightJustified(2, '0') + ':'
                  + QByteArray::number(seconds / 60 % 60).rightJustified(2, '0') + ':'
                  + QByteArray::number(seconds % 60).rightJustified(2, '0') + ".000] " + names[pino / 10] + ": "
                  + "Request GET /items/articles?page=" + QByteArray::number(n) + " answered" + extra;
    } else {
        line.text = "{\"level\":" + QByteArray::number(pino) + ",\"time\":" + QByteArray::number(StartNs / 1000000 + n)
                  + ",\"pid\":1,\"hostname\":\"7d3c0f2e9a1b\",\"req\":{\"method\":\"GET\",\"url\":\"/items/articles/"
                  + QByteArray::number(n) + "\"},\"msg\":\"request completed" + extra + "\",\"responseTime\":"
                  + QByteArray::number(n % 97) + "}";
    }
    return line;
}

bool isWarnOrWorse(int n)
{
    return n % 50 == 0 || n % 10 == 0;
}

using test::darkPalette;
using test::screenshotDir;

bool rowVisible(QAbstractItemView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    return rect.isValid() && view->viewport()->rect().intersects(rect);
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void millionLinesFollowedInBoundedMemory();
    void scrollingUpUnfollowsAndEndFollows();
    void searchFindsTheNeedleOffTheUiThread();
    void levelFilterHidesInfoLines();
    void exportWritesTheShownLines();
    void resumePointSkipsLinesAlreadySeen();
    void servicesAndMergedView();
    void typingInTheListSearches();
    void screenshots();
    void cleanupTestCase();

private:
    void feed(int from, int to);

    QTemporaryDir m_tmp;
    std::unique_ptr<LogPane> m_pane;
    int m_fed = 0;
    int m_warnOrWorse = 0;
};

void TestLogView::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_pane = std::make_unique<LogPane>();
    m_pane->resize(1100, 520);
    m_pane->show();
    QApplication::setActiveWindow(m_pane.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestLogView::feed(int from, int to)
{
    QList<docker::LogLine> batch;
    batch.reserve(BatchLines);
    for (int n = from; n < to; ++n) {
        batch.append(syntheticLine(n));
        if (isWarnOrWorse(n))
            ++m_warnOrWorse;
        if (batch.size() == BatchLines || n + 1 == to) {
            m_pane->appendLines(QStringLiteral("directus"), batch);
            batch.clear();
            // The event loop turns between chunks, as it does between socket reads.
            QCoreApplication::processEvents();
        }
    }
    m_fed = to;
}

void TestLogView::millionLinesFollowedInBoundedMemory()
{
    const qint64 rssBefore = residentKiB();
    QElapsedTimer timer;
    timer.start();
    QSignalSpy appended(m_pane->model(), &logs::LogListModel::rowsAppended);
    feed(0, TotalLines);
    const qint64 feedMs = timer.elapsed();
    m_pane->model()->flush();
    QCoreApplication::processEvents();
    const qint64 rssAfter = residentKiB();

    QCOMPARE(m_pane->model()->rowCount(), TotalLines);
    // Coalesced: far fewer insertions than batches, let alone lines.
    QVERIFY2(appended.count() <= TotalLines / BatchLines, qPrintable(QString::number(appended.count())));

    const logs::LogStore *store = m_pane->model()->source(0);
    QVERIFY(store);
    QVERIFY2(store->peakResidentBytes() <= store->memoryBudget(),
             qPrintable(QStringLiteral("peak %1 > budget %2").arg(store->peakResidentBytes()).arg(store->memoryBudget())));
    QVERIFY(m_pane->residentBytes() <= m_pane->memoryBound());
    QVERIFY(store->spilledChunkCount() > 0);
    const qint64 growthMiB = (rssAfter - rssBefore) / 1024;
    qInfo("1M lines fed in %lld ms; RSS %lld -> %lld MiB (growth %lld MiB); store resident %lld KiB + index %lld KiB, "
          "spilled %lld MiB",
          feedMs, rssBefore / 1024, rssAfter / 1024, growthMiB, qint64(store->residentBytes() / 1024),
          qint64(store->indexBytes() / 1024), store->spilledBytes() / (1024 * 1024));
    QVERIFY2(growthMiB < 150, qPrintable(QStringLiteral("RSS grew by %1 MiB").arg(growthMiB)));

    // Following: the last line is on screen.
    QVERIFY(m_pane->isFollowing());
    QScrollBar *bar = m_pane->view()->verticalScrollBar();
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(rowVisible(m_pane->view(), TotalLines - 1));
}

void TestLogView::scrollingUpUnfollowsAndEndFollows()
{
    QScrollBar *bar = m_pane->view()->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    QVERIFY(!m_pane->isFollowing());
    const int value = bar->value();
    feed(m_fed, m_fed + 5'000);
    m_pane->model()->flush();
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), value);  // new lines do not carry the reader away
    QVERIFY(!m_pane->isFollowing());
    auto *follow = m_pane->findChild<QWidget *>(QStringLiteral("logFollow"));
    QVERIFY(follow && !follow->accessibleName().isEmpty());

    // End in the list goes back to the tail and follows it.
    m_pane->view()->setFocus();
    QTest::keyClick(m_pane->view(), Qt::Key_End);
    QVERIFY(m_pane->isFollowing());
    QTRY_COMPARE(bar->value(), bar->maximum());
    feed(m_fed, m_fed + 1'000);
    m_pane->model()->flush();
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(rowVisible(m_pane->view(), m_pane->model()->rowCount() - 1));
}

void TestLogView::searchFindsTheNeedleOffTheUiThread()
{
    LogSearchController *search = m_pane->search();
    QElapsedTimer timer;
    timer.start();
    m_pane->find(QString::fromLatin1(Needle));
    QVERIFY(search->isRunning());  // started, not done: the work is on a pool thread
    QTRY_VERIFY_WITH_TIMEOUT(search->matchCount() > 0, 10000);
    const qint64 firstMs = timer.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(!search->isRunning(), 20000);
    qInfo("search over %d lines: first result after %lld ms, done after %lld ms", m_pane->model()->rowCount(), firstMs,
          timer.elapsed());

    QCOMPARE(search->matchCount(), 2);
    QCOMPARE(search->currentRow(), NeedleRow);
    QVERIFY(!m_pane->isFollowing());  // looking at a match is not following the tail
    QTRY_VERIFY(rowVisible(m_pane->view(), NeedleRow));
    auto *count = m_pane->findChild<QLabel *>(QStringLiteral("logFindCount"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("1 of 2"));
    const QModelIndex shown = m_pane->model()->index(NeedleRow);
    QVERIFY(shown.data(Qt::DisplayRole).toString().contains(QString::fromLatin1(Needle)));

    // F3 / Shift+F3 cycle through the two matches, wrapping around.
    m_pane->view()->setFocus();
    QTest::keyClick(m_pane->view(), Qt::Key_F3);
    QCOMPARE(search->currentRow(), SecondNeedleRow);
    QCOMPARE(count->text(), QStringLiteral("2 of 2"));
    QTRY_VERIFY(rowVisible(m_pane->view(), SecondNeedleRow));
    QTest::keyClick(m_pane->view(), Qt::Key_F3);
    QCOMPARE(search->currentRow(), NeedleRow);
    QTRY_VERIFY(rowVisible(m_pane->view(), NeedleRow));
    QTest::keyClick(m_pane->view(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(search->currentRow(), SecondNeedleRow);
    // Enter in the find field is "next" too.
    auto *edit = m_pane->findChild<QWidget *>(QStringLiteral("logFind"));
    QVERIFY(edit);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(search->currentRow(), NeedleRow);
}

void TestLogView::levelFilterHidesInfoLines()
{
    m_pane->setFollowing(true);
    QSignalSpy applied(m_pane->model(), &logs::LogListModel::filterApplied);
    auto *levels = m_pane->findChild<QComboBox *>(QStringLiteral("logLevelChoice"));
    QVERIFY(levels);
    levels->setCurrentIndex(3);  // Warnings and errors
    QVERIFY(applied.wait(20000));
    m_pane->model()->flush();
    QCOMPARE(m_pane->model()->rowCount(), m_warnOrWorse);
    for (int row = 0; row < m_pane->model()->rowCount(); row += 97) {
        const auto level = logs::LogLevel(m_pane->model()->index(row).data(logs::LogListModel::LevelRole).toInt());
        QVERIFY2(level >= logs::LogLevel::Warn, qPrintable(QString::number(row)));
    }
    // The needles are info lines: hidden, so the restarted search finds none.
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->search()->isRunning(), 20000);
    QCOMPARE(m_pane->search()->matchCount(), 0);
    // A view that followed the tail before the filter still does.
    QVERIFY(m_pane->isFollowing());
    QScrollBar *bar = m_pane->view()->verticalScrollBar();
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(rowVisible(m_pane->view(), m_pane->model()->rowCount() - 1));
}

void TestLogView::exportWritesTheShownLines()
{
    const QString file = m_tmp.filePath(QStringLiteral("warnings.log"));
    QSignalSpy done(m_pane.get(), &LogPane::exportFinished);
    m_pane->exportTo(file);
    QVERIFY(done.wait(60000));
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QCOMPARE(done.first().at(2).toLongLong(), qint64(m_warnOrWorse));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    qint64 lines = 0;
    while (!written.atEnd()) {
        written.readLine();
        ++lines;
    }
    QCOMPARE(lines, qint64(m_warnOrWorse));

    // Back to every level for what follows.
    QSignalSpy applied(m_pane->model(), &logs::LogListModel::filterApplied);
    m_pane->setMinimumLevel(0);
    m_pane->model()->flush();
    QCOMPARE(m_pane->model()->rowCount(), m_fed);
}

void TestLogView::resumePointSkipsLinesAlreadySeen()
{
    // What a reconnect asks for: `since` the last stored line, skipping the lines already
    // stored at exactly that nanosecond (the engine's since is inclusive).
    LogServiceFeed feed(QStringLiteral("directus"));
    QCOMPARE(feed.resumeOptions().sinceNs, 0);
    feed.append({{docker::StreamKind::Stdout, 100, "a"}, {docker::StreamKind::Stdout, 200, "b"},
                 {docker::StreamKind::Stderr, 200, "c"}, {docker::StreamKind::Stdout, 0, "no time"}});
    QCOMPARE(feed.resumeOptions().sinceNs, 200);
    QCOMPARE(feed.resumeOptions().skipAtSince, 2);
    QCOMPARE(feed.store()->rowCount(), 4);
    feed.append({{docker::StreamKind::Stdout, 300, "d"}});
    QCOMPARE(feed.resumeOptions().sinceNs, 300);
    QCOMPARE(feed.resumeOptions().skipAtSince, 1);
}

void TestLogView::servicesAndMergedView()
{
    LogPane pane;
    pane.resize(900, 300);
    pane.appendLines(QStringLiteral("database"), {{docker::StreamKind::Stdout, StartNs + 150, "database system is ready"}});
    pane.appendLines(QStringLiteral("directus"), {{docker::StreamKind::Stdout, StartNs + 100, "{\"level\":30,\"msg\":\"first\"}"},
                                                  {docker::StreamKind::Stdout, StartNs + 200, "{\"level\":30,\"msg\":\"third\"}"}});
    // Directus's own log comes first.
    QCOMPARE(pane.shownService(), QStringLiteral("directus"));
    pane.model()->flush();
    QCOMPARE(pane.model()->rowCount(), 2);
    // Merged: the three lines by time, each with its service.
    pane.showService(QString());
    QTRY_COMPARE(pane.model()->rowCount(), 3);
    QCOMPARE(pane.model()->index(1).data(logs::LogListModel::ServiceRole).toString(), QStringLiteral("database"));
    auto *choice = pane.findChild<QComboBox *>(QStringLiteral("logServiceChoice"));
    QVERIFY(choice);
    QCOMPARE(choice->count(), 3);  // Directus, Database, All services
    QCOMPARE(choice->currentData().toString(), QString());
    // Timestamps: shown by default (local time), off with the toggle.
    const QModelIndex first = pane.model()->index(0);
    QVERIFY2(first.data().toString().front().isDigit(), qPrintable(first.data().toString()));
    pane.setShowTimestamps(false);
    QCOMPARE(first.data().toString(), QStringLiteral("first"));
    pane.setShowTimestamps(true);
    // Search over the merged view finds lines of both services in view order.
    pane.find(QStringLiteral("i"));  // "first", "third", "is ready"
    QTRY_VERIFY_WITH_TIMEOUT(!pane.search()->isRunning(), 5000);
    QCOMPARE(pane.search()->matchCount(), 3);
    QCOMPARE(pane.search()->currentIndex(), 0);
    QVERIFY(pane.search()->next());
    QCOMPARE(pane.search()->currentRow(), 1);
}

// Letters typed in the list go to the find field and search (QAbstractItemView would scan
// every row for one starting with them, on the UI thread).
void TestLogView::typingInTheListSearches()
{
    m_pane->find(QString());
    m_pane->view()->setFocus();
    QTest::keyClicks(m_pane->view(), QString::fromLatin1(Needle));
    auto *findEdit = m_pane->findChild<QLineEdit *>(QStringLiteral("logFind"));
    QVERIFY(findEdit);
    QCOMPARE(findEdit->text(), QString::fromLatin1(Needle));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->search()->text() == QString::fromLatin1(Needle) && !m_pane->search()->isRunning()
                                 && m_pane->search()->matchCount() == 2,
                             20000);
    m_pane->find(QString());
}

void TestLogView::screenshots()
{
    // The big pane at the first needle, found and highlighted, in both palettes.
    m_pane->find(QString::fromLatin1(Needle));
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->search()->isRunning() && m_pane->search()->matchCount() == 2, 20000);
    QTRY_VERIFY(rowVisible(m_pane->view(), NeedleRow));
    const QString dir = screenshotDir();
    const QPalette light = QApplication::palette();
    QVERIFY(m_pane->grab().save(dir + QStringLiteral("/log-view-search-light.png")));
    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    QVERIFY(m_pane->grab().save(dir + QStringLiteral("/log-view-search-dark.png")));

    QApplication::setPalette(light);
    QCoreApplication::processEvents();

    // A stack's log merged and wrapped: a few hundred lines of two services, some long.
    LogPane pane;
    pane.resize(1100, 520);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QList<docker::LogLine> directus;
    QList<docker::LogLine> database;
    for (int n = 0; n < 300; ++n) {
        docker::LogLine line = syntheticLine(n);
        if (n % 25 == 0)
            line.text = "{\"level\":50,\"time\":1732900000000,\"msg\":\"Couldn't connect to the database: "
                        "connect ECONNREFUSED 172.18.0.2:5432 after 5 attempts, retrying in 10 seconds with a much "
                        "longer message that has to wrap on a normal window\",\"code\":\"ECONNREFUSED\"}";
        directus.append(line);
        if (n % 40 == 0)
            database.append({docker::StreamKind::Stderr, line.timestampNs + 1,
                             "2026-11-29 19:00:00.000 UTC [1] LOG:  database system is ready to accept connections"});
    }
    pane.appendLines(QStringLiteral("directus"), directus);
    pane.appendLines(QStringLiteral("database"), database);
    pane.showService(QString());
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), int(directus.size() + database.size()), 5000);
    pane.setWrap(true);
    pane.setFollowing(true);
    QTest::qWait(200);
    QVERIFY(pane.grab().save(dir + QStringLiteral("/log-view-merged-wrapped-light.png")));
    QApplication::setPalette(darkPalette());
    QTest::qWait(50);
    QVERIFY(pane.grab().save(dir + QStringLiteral("/log-view-merged-wrapped-dark.png")));
    QApplication::setPalette(light);
    qInfo("screenshots in %s", qPrintable(dir));
}

void TestLogView::cleanupTestCase()
{
    m_pane.reset();
}

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
