// SPDX-License-Identifier: GPL-3.0-or-later
// LogStore: byte-exact random access over millions of lines while memory stays under a tiny
// budget (older chunks spilled to a temporary file and read back), snapshots read from
// another thread while appends go on, and what happens when the spill file cannot be made.
#include "logs/LogStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace dd::logs;
using dd::docker::LogLine;
using dd::docker::LogLineView;
using dd::docker::StreamKind;

namespace {

quint64 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    return x ^ (x >> 33);
}

// Line `i` is a function of i alone, so any row can be checked without keeping the input.
// Lengths 0..60 (empty lines included), bytes of every value but '\n'.
QByteArray lineFor(qint64 i)
{
    const quint64 h = mix(quint64(i));
    const int length = int(h % 61);
    QByteArray line(length, Qt::Uninitialized);
    quint64 state = h;
    for (int k = 0; k < length; ++k) {
        state = mix(state + quint64(k));
        char c = char(state & 0xff);
        line[k] = c == '\n' ? 'n' : c;
    }
    if (length > 8)
        line.replace(0, 8, QByteArray::number(i % 100000000).rightJustified(8, '0'));
    return line;
}

qint64 timestampFor(qint64 i)
{
    return 1714566896000000000LL + i * 1000;
}

} // namespace

class TestLogStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readBackSmall();
    void linesLongerThanAChunk();
    void millionsOfLinesStayUnderBudget();
    void snapshotReadsWhileAppending();
    void spillFileLivesInTheGivenFolder();
    void unwritableSpillFolderKeepsLines();
    void levelsAndContinuationLines();
    void appendSignalsOncePerBatch();
};

void TestLogStore::readBackSmall()
{
    LogStore store;
    for (qint64 i = 0; i < 1000; ++i)
        store.appendRaw(lineFor(i), timestampFor(i), i % 3 ? StreamKind::Stdout : StreamKind::Stderr,
                        LogLevel(i % LogLevelCount), quint16(i % 5));
    QCOMPARE(store.rowCount(), 1000);
    for (qint64 i = 999; i >= 0; --i) {
        QCOMPARE(store.text(i), lineFor(i));
        const LogLineMeta meta = store.meta(i);
        QCOMPARE(meta.timestampNs, timestampFor(i));
        QCOMPARE(meta.level, LogLevel(i % LogLevelCount));
        QCOMPARE(meta.serviceId, quint16(i % 5));
        QCOMPARE(meta.stream, i % 3 ? StreamKind::Stdout : StreamKind::Stderr);
    }
    QCOMPARE(store.spilledChunkCount(), 0);
    QCOMPARE(store.text(1000), QByteArray());
    QCOMPARE(store.text(-1), QByteArray());
}

void TestLogStore::linesLongerThanAChunk()
{
    QTemporaryDir dir;
    LogStoreOptions options;
    options.chunkSize = 4096;
    options.memoryBudget = 3 * 4096;
    options.spillDirectory = dir.path();
    LogStore store(options);
    QList<QByteArray> lines;
    for (int i = 0; i < 40; ++i) {
        // Around and above the chunk size: exactly full, one over, several chunks long.
        const int length = (i % 4 == 0) ? 4096 : (i % 4 == 1) ? 4097 : (i % 4 == 2) ? 3 * 4096 + 7 : i;
        lines.append(QByteArray(length, char('a' + i % 26)));
        store.appendRaw(lines.last(), i, StreamKind::Stdout, LogLevel::Info);
    }
    QVERIFY(store.spilledChunkCount() > 0);
    for (int i = 0; i < lines.size(); ++i)
        QCOMPARE(store.text(i), lines[i]);
    for (int i = lines.size() - 1; i >= 0; --i)
        QCOMPARE(store.text(i), lines[i]);
}

void TestLogStore::millionsOfLinesStayUnderBudget()
{
    QTemporaryDir dir;
    LogStoreOptions options;
    options.chunkSize = 64 * 1024;
    options.memoryBudget = 256 * 1024;
    options.reloadCacheChunks = 2;
    options.spillDirectory = dir.path();
    LogStore store(options);

    constexpr qint64 Lines = 2'000'000;
    qint64 bytes = 0;
    for (qint64 i = 0; i < Lines; ++i) {
        const QByteArray line = lineFor(i);
        bytes += line.size();
        store.appendRaw(line, timestampFor(i), StreamKind::Stdout, LogLevel::Info);
        if (i % 100000 == 0)
            QVERIFY2(store.residentBytes() <= options.memoryBudget, qPrintable(QString::number(store.residentBytes())));
    }
    QCOMPARE(store.rowCount(), Lines);
    QVERIFY(store.errorString().isEmpty());
    // Far more text than the budget: most of it went to disk, and memory never went over.
    QVERIFY(bytes > 100 * options.memoryBudget);
    QVERIFY(store.spilledChunkCount() > store.chunkCount() - 5);
    QVERIFY(store.spilledBytes() >= bytes - qint64(options.memoryBudget));
    QVERIFY2(store.peakResidentBytes() <= options.memoryBudget, qPrintable(QString::number(store.peakResidentBytes())));
    // The index is the only per-line cost: 16 bytes a line (in 64 Ki-line blocks).
    QVERIFY(store.indexBytes() <= Lines * 16 + 65536 * 16 + store.chunkCount() * 64);

    // Every row, in order (each spilled chunk read back once), byte-exact.
    const qint64 reloadsBefore = store.reloadCount();
    for (qint64 i = 0; i < Lines; ++i) {
        const QByteArray text = store.text(i);
        if (text != lineFor(i))
            QFAIL(qPrintable(QStringLiteral("row %1 differs").arg(i)));
    }
    QVERIFY(store.reloadCount() - reloadsBefore >= store.spilledChunkCount() - 2);
    QVERIFY(store.peakResidentBytes() <= options.memoryBudget);

    // Random rows: every one a reload from a different chunk, most of the time.
    quint64 state = 42;
    for (int k = 0; k < 100000; ++k) {
        state = mix(state);
        const qint64 row = qint64(state % quint64(Lines));
        if (store.text(row) != lineFor(row) || store.meta(row).timestampNs != timestampFor(row))
            QFAIL(qPrintable(QStringLiteral("random row %1 differs").arg(row)));
    }
    QVERIFY(store.residentBytes() <= options.memoryBudget);
    QVERIFY(store.peakResidentBytes() <= options.memoryBudget);
}

void TestLogStore::snapshotReadsWhileAppending()
{
    QTemporaryDir dir;
    LogStoreOptions options;
    options.chunkSize = 16 * 1024;
    options.memoryBudget = 64 * 1024;
    options.spillDirectory = dir.path();
    LogStore store(options);
    for (qint64 i = 0; i < 50000; ++i)
        store.appendRaw(lineFor(i), timestampFor(i), StreamKind::Stdout, LogLevel::Info);

    // A reader on another thread walks snapshots (as a search does) while this thread appends
    // (which spills chunks the reader may be holding).
    std::atomic<qint64> checked{0};
    std::atomic<qint64> mismatches{0};
    std::atomic_bool stop{false};
    std::thread reader([&] {
        while (!stop.load()) {
            const LogStoreSnapshot snapshot = store.snapshot();
            snapshot.forEachChunk(0, snapshot.rowCount(), [&](const LogChunkView &view) {
                for (qsizetype i = 0; i < view.size(); ++i) {
                    if (view.text(i) != lineFor(view.firstRow + i))
                        ++mismatches;
                    ++checked;
                }
                return !stop.load();
            });
        }
    });
    for (qint64 i = 50000; i < 400000; ++i)
        store.appendRaw(lineFor(i), timestampFor(i), StreamKind::Stdout, LogLevel::Info);
    // Let the reader get through at least one full pass.
    const qint64 target = checked.load() + 400000;
    while (checked.load() < target)
        std::this_thread::yield();
    stop = true;
    reader.join();
    QCOMPARE(mismatches.load(), 0);
    QVERIFY(checked.load() >= 400000);
    QVERIFY(store.spilledChunkCount() > 0);

    // A snapshot is frozen at its row count and outlives the store.
    LogStoreSnapshot snapshot;
    {
        LogStore temporary(options);
        for (qint64 i = 0; i < 100000; ++i)
            temporary.appendRaw(lineFor(i), 0, StreamKind::Stdout, LogLevel::Info);
        snapshot = temporary.snapshot();
        temporary.appendRaw("after", 0, StreamKind::Stdout, LogLevel::Info);
        QCOMPARE(snapshot.rowCount(), 100000);
    }
    QCOMPARE(snapshot.text(0), lineFor(0));
    QCOMPARE(snapshot.text(99999), lineFor(99999));
    QCOMPARE(snapshot.text(100000), QByteArray());
}

// Open files of this process inside `dir`. Qt makes temporary files with O_TMPFILE where the
// file system allows it (nameless: nothing is left behind by a crash), so the folder listing
// may show nothing; /proc/self/fd shows where the file really is.
QStringList openFilesUnder(const QString &dir)
{
    QStringList out;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.startsWith(dir + QLatin1Char('/')))
            out.append(target);
    }
    return out;
}

void TestLogStore::spillFileLivesInTheGivenFolder()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc/self/fd");
#endif
    QTemporaryDir dir;
    const QString path = QFileInfo(dir.path()).canonicalFilePath();
    LogStoreOptions options;
    options.chunkSize = 4096;
    options.memoryBudget = 8192;
    options.spillDirectory = path;
    {
        LogStore store(options);
        for (qint64 i = 0; i < 50; ++i)
            store.appendRaw(lineFor(i), 0, StreamKind::Stdout, LogLevel::Info);
        QCOMPARE(store.spilledChunkCount(), 0);
        QVERIFY(openFilesUnder(path).isEmpty()); // made only when the first chunk is spilled
        for (qint64 i = 0; i < 10000; ++i)
            store.appendRaw(lineFor(i), 0, StreamKind::Stdout, LogLevel::Info);
        QVERIFY(store.spilledChunkCount() > 0);
        const QStringList open = openFilesUnder(path);
        QCOMPARE(open.size(), 1);
        // Named (dd-logs-*.spill) or nameless (O_TMPFILE, "#inode (deleted)"): in the folder either way.
        QVERIFY2(open.first().contains(QLatin1String("dd-logs-")) || open.first().contains(QLatin1Char('#')),
                 qPrintable(open.first()));
    }
    QVERIFY(openFilesUnder(path).isEmpty()); // closed with the store
    QVERIFY(QDir(path).entryList(QDir::Files).isEmpty()); // and nothing left on disk
}

void TestLogStore::unwritableSpillFolderKeepsLines()
{
    QTemporaryDir dir;
    LogStoreOptions options;
    options.chunkSize = 4096;
    options.memoryBudget = 8192;
    options.spillDirectory = dir.filePath(QStringLiteral("does/not/exist"));
    LogStore store(options);
    for (qint64 i = 0; i < 5000; ++i)
        store.appendRaw(lineFor(i), 0, StreamKind::Stdout, LogLevel::Info);
    QVERIFY(!store.errorString().isEmpty());
    QCOMPARE(store.spilledChunkCount(), 0);
    QVERIFY(store.residentBytes() > options.memoryBudget); // the honest outcome: nothing lost
    for (qint64 i = 0; i < 5000; ++i)
        QCOMPARE(store.text(i), lineFor(i));
}

void TestLogStore::levelsAndContinuationLines()
{
    LogStore store;
    const char *const lines[] = {
        R"({"level":50,"time":1,"msg":"Database connection failed"})", // 0 error
        "Error: connect ECONNREFUSED 127.0.0.1:5432",                   // 1 plain stdout: unknown
        "[12:00:00.123] ERROR: Unexpected error",                       // 2 error
        "    at TCPConnectWrap.afterConnect (node:net:1555:16)",        // 3 continuation: error
        "\tat process.processTicksAndRejections",                       // 4 continuation: error
        "[12:00:00.124] INFO: Server started",                          // 5 info
        "    req: {",                                                   // 6 continuation: info
    };
    for (const char *line : lines)
        store.append(LogLineView{StreamKind::Stdout, 0, QByteArrayView(line)});
    store.append(LogLineView{StreamKind::Stderr, 0, "    at nowhere"}); // 7 stderr has no line above: warn
    const LogLevel expected[] = {LogLevel::Error, LogLevel::Unknown, LogLevel::Error, LogLevel::Error,
                                 LogLevel::Error, LogLevel::Info,    LogLevel::Info,  LogLevel::Warn};
    for (int i = 0; i < 8; ++i)
        QCOMPARE(store.meta(i).level, expected[i]);
}

void TestLogStore::appendSignalsOncePerBatch()
{
    LogStore store;
    QList<QPair<qint64, qint64>> seen;
    connect(&store, &LogStore::rowsAppended, this, [&](qint64 first, qint64 count) { seen.append({first, count}); });
    QList<LogLine> batch;
    for (int i = 0; i < 300; ++i)
        batch.append(LogLine{StreamKind::Stdout, timestampFor(i), lineFor(i)});
    store.append(batch, 3);
    store.append(LogLineView{StreamKind::Stderr, 7, "one"});
    store.append(QList<LogLine>{});
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen[0], qMakePair(qint64(0), qint64(300)));
    QCOMPARE(seen[1], qMakePair(qint64(300), qint64(1)));
    QCOMPARE(store.text(299), lineFor(299));
    QCOMPARE(store.meta(299).serviceId, quint16(3));
    QCOMPARE(store.text(300), QByteArray("one"));
}

QTEST_GUILESS_MAIN(TestLogStore)
#include "tst_logstore.moc"
