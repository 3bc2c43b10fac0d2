// SPDX-License-Identifier: GPL-3.0-or-later
// LogSearch against a naive scan (written independently here: its own escape stripping, Qt's
// own string search) over a store whose chunks are mostly spilled to disk: same rows for plain,
// case-insensitive, non-ASCII and regular-expression queries, with a level filter; incremental
// batches add up; it runs on another thread; cancel and restart drop the old results.
#include "logs/LogExporter.h"
#include "logs/LogSearch.h"
#include "logs/LogStore.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace dd::logs;
using dd::docker::LogLineView;
using dd::docker::StreamKind;

Q_DECLARE_METATYPE(dd::logs::LogSearchQuery)

namespace {

quint64 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return x ^ (x >> 29);
}

// Directus output in all three styles; some words coloured, some non-ASCII.
QByteArray lineFor(qint64 i)
{
    const quint64 h = mix(quint64(i) + 1);
    const QByteArray n = QByteArray::number(i);
    switch (h % 8) {
    case 0:
        return R"({"level":50,"time":1714566896123,"msg":"Database connection failed: connect ECONNREFUSED 127.0.0.1:5432 #)" + n + "\"}";
    case 1:
        return R"({"level":30,"req":{"method":"GET","url":"/items/articles"},"res":{"statusCode":)" +
               QByteArray::number(200 + int(h >> 8) % 4 * 100) + R"(},"msg":"request completed #)" + n + "\"}";
    case 2:
        return "[12:00:00.123] \x1b[32mINFO\x1b[39m: \x1b[36mServer started at http://0.0.0.0:8055\x1b[39m #" + n;
    case 3:
        return "[12:00:00.124] WARN: Caf\xc3\xa9 \xc3\x89T\xc3\x89 cache is using Memory #" + n;
    case 4:
        return "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) #" + n;
    case 5:
        return "npm notice New major version of npm available! 9.8.1 -> 10.5.2 #" + n;
    case 6:
        return "\x1b[1mecon\x1b[0mnrefused split by a colour code #" + n;
    default:
        return "x" + n;
    }
}

// An independent escape stripper for the reference: a regular expression over CSI sequences
// (the only kind the generator writes).
QString cleanText(const QByteArray &raw)
{
    static const QRegularExpression csi(QStringLiteral("\x1b\\[[0-?]*[ -/]*[@-~]"));
    return QString::fromUtf8(raw).remove(csi);
}

std::vector<qint64> naive(const LogStore &store, const LogSearchQuery &query)
{
    std::vector<qint64> out;
    const QRegularExpression regex(query.text, query.caseSensitive ? QRegularExpression::NoPatternOption
                                                                   : QRegularExpression::CaseInsensitiveOption);
    for (qint64 row = 0; row < store.rowCount(); ++row) {
        if (!(query.levels & levelBit(store.meta(row).level)))
            continue;
        const QString text = cleanText(store.text(row));
        const bool hit = query.regularExpression
                             ? regex.match(text).hasMatch()
                             : text.contains(query.text, query.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
        if (hit && !query.text.isEmpty())
            out.push_back(row);
    }
    return out;
}

LogSearchQuery query(const QString &text, bool caseSensitive = false, bool regex = false,
                     LogLevelMask levels = AllLogLevels)
{
    LogSearchQuery q;
    q.text = text;
    q.caseSensitive = caseSensitive;
    q.regularExpression = regex;
    q.levels = levels;
    return q;
}

} // namespace

class TestLogSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesEqualANaiveScan_data();
    void matchesEqualANaiveScan();
    void nextAndPrevious();
    void invalidPattern();
    void cancelStopsResults();
    void restartDropsTheOldSearch();
    void exportWritesTheFilteredLines();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LogStore> m_store;
};

void TestLogSearch::initTestCase()
{
    LogStoreOptions options;
    options.chunkSize = 64 * 1024;
    options.memoryBudget = 256 * 1024;
    options.spillDirectory = m_dir.path();
    m_store = std::make_unique<LogStore>(options);
    for (qint64 i = 0; i < 200000; ++i) {
        const QByteArray line = lineFor(i);
        m_store->append(LogLineView{i % 5 ? StreamKind::Stdout : StreamKind::Stderr, 1000 + i, line});
    }
    QVERIFY(m_store->spilledChunkCount() > 10);
}

void TestLogSearch::matchesEqualANaiveScan_data()
{
    QTest::addColumn<LogSearchQuery>("q");
    QTest::newRow("plain, any case") << query(QStringLiteral("ECONNREFUSED"));
    QTest::newRow("plain, odd case") << query(QStringLiteral("eConNrefUSED"));
    QTest::newRow("case-sensitive") << query(QStringLiteral("econnrefused"), true);
    QTest::newRow("across a colour code") << query(QStringLiteral("INFO: Server"), true);
    QTest::newRow("number suffix") << query(QStringLiteral("#1999"));
    QTest::newRow("non-ASCII, folded") << query(QStringLiteral("caf\u00c9 \u00e9t\u00e9"));
    QTest::newRow("non-ASCII, exact") << query(QStringLiteral("\u00c9T\u00c9"), true);
    QTest::newRow("regex") << query(QStringLiteral(R"("statusCode":[45]\d\d)"), false, true);
    QTest::newRow("regex, anchored") << query(QStringLiteral("^x1\\d*7$"), false, true);
    QTest::newRow("level filter") << query(QStringLiteral("#12"), false, false, levelsAtLeast(LogLevel::Warn));
    QTest::newRow("no match") << query(QStringLiteral("needle that is nowhere"));
    QTest::newRow("empty") << query(QString());
    QTest::newRow("spans two lines") << query(QStringLiteral("#1x2")); // "...#1" then "x2" in the chunk
}

void TestLogSearch::matchesEqualANaiveScan()
{
    QFETCH(LogSearchQuery, q);
    const std::vector<qint64> expected = naive(*m_store, q);

    LogSearch search;
    QSignalSpy finished(&search, &LogSearch::finished);
    std::vector<qint64> batches;
    connect(&search, &LogSearch::matchesFound, this,
            [&](const QList<qint64> &rows) { batches.insert(batches.end(), rows.begin(), rows.end()); });
    search.start(m_store->snapshot(), q);
    QVERIFY(search.isRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(finished.first().at(0).toLongLong(), qint64(expected.size()));
    QCOMPARE(search.matches(), expected);
    QCOMPARE(batches, expected);
    QVERIFY(!search.isRunning());
    QVERIFY(search.errorString().isEmpty());
    QVERIFY(search.lastWorkerThread() != nullptr);
    QVERIFY(search.lastWorkerThread() != QThread::currentThread());
}

void TestLogSearch::nextAndPrevious()
{
    LogSearch search;
    QSignalSpy finished(&search, &LogSearch::finished);
    search.start(m_store->snapshot(), query(QStringLiteral("ECONNREFUSED")));
    QVERIFY(finished.wait(30000));
    const std::vector<qint64> &m = search.matches();
    QVERIFY(m.size() > 10);
    QCOMPARE(search.next(-1), m.front());
    QCOMPARE(search.next(m[3]), m[4]);
    QCOMPARE(search.next(m[3] + 1), m[4]);
    QCOMPARE(search.previous(m[4]), m[3]);
    QCOMPARE(search.previous(m[4] - 1), m[3]);
    QCOMPARE(search.next(m.back()), m.front());    // wraps
    QCOMPARE(search.previous(m.front()), m.back()); // wraps
    LogSearch empty;
    QCOMPARE(empty.next(5), -1);
    QCOMPARE(empty.previous(5), -1);
}

void TestLogSearch::invalidPattern()
{
    LogSearch search;
    QSignalSpy finished(&search, &LogSearch::finished);
    search.start(m_store->snapshot(), query(QStringLiteral("(unclosed"), false, true));
    QVERIFY(finished.wait(5000));
    QVERIFY(!search.errorString().isEmpty());
    QVERIFY(search.matches().empty());
}

void TestLogSearch::cancelStopsResults()
{
    // A search that takes long enough to be cancelled half-way: the slow per-line path.
    LogSearch search;
    QSignalSpy found(&search, &LogSearch::matchesFound);
    QSignalSpy finished(&search, &LogSearch::finished);
    search.start(m_store->snapshot(), query(QStringLiteral("#\\d*(1|3|5)$"), false, true));
    QVERIFY(found.wait(10000) || !finished.isEmpty());
    if (!finished.isEmpty())
        QSKIP("the search finished before it could be cancelled");
    search.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).toBool(), true);
    QVERIFY(!search.isRunning());
    const int batches = found.count();
    const size_t matches = search.matches().size();
    QTest::qWait(500);
    QCOMPARE(found.count(), batches); // nothing after the cancel
    QCOMPARE(finished.count(), 1);
    QCOMPARE(search.matches().size(), matches);
    QVERIFY(matches < naive(*m_store, query(QStringLiteral("#\\d*(1|3|5)$"), false, true)).size());
}

void TestLogSearch::restartDropsTheOldSearch()
{
    LogSearch search;
    QSignalSpy finished(&search, &LogSearch::finished);
    search.start(m_store->snapshot(), query(QStringLiteral("#"), false, false)); // matches most rows
    search.start(m_store->snapshot(), query(QStringLiteral("#199999")));
    QVERIFY(finished.wait(30000));
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(search.matches(), naive(*m_store, query(QStringLiteral("#199999"))));

    // Destroyed while running: nothing arrives, nothing crashes.
    auto doomed = std::make_unique<LogSearch>();
    doomed->start(m_store->snapshot(), query(QStringLiteral("#"), false, false));
    doomed.reset();
    QTest::qWait(200);
}

void TestLogSearch::exportWritesTheFilteredLines()
{
    LogExporter exporter;
    QSignalSpy finished(&exporter, &LogExporter::finished);
    const QString file = m_dir.filePath(QStringLiteral("export.log"));
    LogExportOptions options;
    options.levels = levelBit(LogLevel::Error);
    options.timestamps = false;
    exporter.start({m_store->snapshot()}, {QStringLiteral("directus")}, file, options);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    QByteArray expected;
    qint64 lines = 0;
    for (qint64 row = 0; row < m_store->rowCount(); ++row) {
        if (m_store->meta(row).level != LogLevel::Error)
            continue;
        expected += cleanText(m_store->text(row)).toUtf8() + '\n';
        ++lines;
    }
    QVERIFY(lines > 0);
    QCOMPARE(finished.first().at(2).toLongLong(), lines);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), expected);

    // Timestamps as `docker logs -t` prints them.
    exporter.start({m_store->snapshot()}, {QStringLiteral("directus")}, file, LogExportOptions{});
    QVERIFY(finished.wait(30000));
    QVERIFY(written.seek(0) || (written.close(), written.open(QIODevice::ReadOnly)));
    written.close();
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray first = written.readLine();
    QVERIFY2(first.startsWith("1970-01-01T00:00:00.000001000Z "), first.constData());

    // A folder that does not exist: a failure with a sentence, not a crash.
    exporter.start({m_store->snapshot()}, {}, m_dir.filePath(QStringLiteral("no/such/dir/x.log")), options);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY(!finished.last().at(1).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestLogSearch)
#include "tst_logsearch.moc"
