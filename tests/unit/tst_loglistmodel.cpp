// SPDX-License-Identifier: GPL-3.0-or-later
// LogListModel over real LogStores, checked by QAbstractItemModelTester throughout: appends
// coalesced per tick, the merged view in time order (late lines inserted where they belong),
// the level filter (rebuilt off the UI thread), timestamps toggle, row mapping both ways.
#include "logs/LogListModel.h"
#include "logs/LogStore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace dd::logs;
using dd::docker::LogLineView;
using dd::docker::StreamKind;

namespace {

QByteArray jsonLine(int n, int pinoLevel)
{
    return "{\"level\":" + QByteArray::number(pinoLevel) + ",\"time\":1714566896123,\"pid\":1,\"hostname\":\"h\","
           "\"req\":{\"method\":\"GET\"},\"msg\":\"line " + QByteArray::number(n) + "\"}";
}

// A line whose level cycles through every kind, plain ones included.
QByteArray lineFor(int n)
{
    switch (n % 7) {
    case 6:
        return "plain output " + QByteArray::number(n);
    default:
        return jsonLine(n, 10 * (n % 7 + 1));
    }
}

struct Fixture
{
    Fixture() : tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest) {}
    LogListModel model;
    QAbstractItemModelTester tester;
};

QList<int> levelsOf(const LogListModel &model)
{
    QList<int> out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r).data(LogListModel::LevelRole).toInt());
    return out;
}

} // namespace

class TestLogListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsAreCoalesced();
    void burstsGiveOneInsertionEach();
    void rolesOfAJsonLine();
    void timestampsToggle();
    void levelFilter();
    void filterWhileAppending();
    void mergedViewIsInTimeOrder();
    void lateLinesAreInsertedInPlace();
    void mergedAndFiltered();
    void destroyedStoreIsDropped();
};

void TestLogListModel::appendsAreCoalesced()
{
    LogStore store;
    Fixture f;
    f.model.addSource(&store, QStringLiteral("directus"));
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy appended(&f.model, &LogListModel::rowsAppended);

    for (int i = 0; i < 10000; ++i) {
        const QByteArray line = lineFor(i);
        store.append(LogLineView{StreamKind::Stdout, 1000 + i, line});
    }
    // Nothing reaches the view from within the appends: they wait for the tick.
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(inserted.count(), 0);
    QTRY_COMPARE(f.model.rowCount(), 10000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 9999);
    QCOMPARE(appended.count(), 1);
    for (int r : {0, 1234, 9999})
        QCOMPARE(f.model.index(r).data(LogListModel::RawTextRole).toByteArray(), lineFor(r));
}

void TestLogListModel::burstsGiveOneInsertionEach()
{
    LogStore store;
    Fixture f;
    f.model.addSource(&store, QStringLiteral("directus"));
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    int appends = 0;
    for (int burst = 0; burst < 5; ++burst) {
        for (int i = 0; i < 2000; ++i, ++appends) {
            const QByteArray line = lineFor(appends);
            store.append(LogLineView{StreamKind::Stdout, appends, line});
        }
        QTRY_COMPARE(f.model.rowCount(), appends);
    }
    // 10000 appends, 5 bursts: one insertion per burst (the tick), not per line.
    QCOMPARE(inserted.count(), 5);
}

void TestLogListModel::rolesOfAJsonLine()
{
    LogStore store;
    Fixture f;
    f.model.addSource(&store, QStringLiteral("database"));
    const qint64 ns = 1714566896123456789LL;
    store.append(LogLineView{StreamKind::Stderr, ns, jsonLine(7, 50)});
    f.model.flush();
    QCOMPARE(f.model.rowCount(), 1);
    const QModelIndex index = f.model.index(0);
    QCOMPARE(index.data(LogListModel::LevelRole).toInt(), int(LogLevel::Error));
    QCOMPARE(index.data(LogListModel::LevelNameRole).toString(), levelDisplayName(LogLevel::Error));
    QCOMPARE(index.data(LogListModel::ServiceRole).toString(), QStringLiteral("database"));
    QCOMPARE(index.data(LogListModel::StreamRole).toInt(), int(StreamKind::Stderr));
    QCOMPARE(index.data(LogListModel::TimestampNsRole).toLongLong(), ns);
    QCOMPARE(index.data(LogListModel::TimeRole).toDateTime().toMSecsSinceEpoch(), ns / 1000000);
    // The message with its fields; pid and hostname left out.
    const QString message = index.data(LogListModel::MessageRole).toString();
    QVERIFY2(message.startsWith(QLatin1String("line 7")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("req.method=GET")));
    QVERIFY(!message.contains(QLatin1String("hostname")));
    QCOMPARE(f.model.roleNames().value(LogListModel::LevelRole), QByteArray("level"));
}

void TestLogListModel::timestampsToggle()
{
    LogStore store;
    Fixture f;
    f.model.addSource(&store, QStringLiteral("directus"));
    const qint64 ns = 1714566896123000000LL;
    store.append(LogLineView{StreamKind::Stdout, ns, "[12:00:00.123] INFO: Server started"});
    f.model.flush();
    const QString time = QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toLocalTime().toString(
        QStringLiteral("HH:mm:ss.zzz"));
    QVERIFY(f.model.showTimestamps());
    QString shown = f.model.index(0).data().toString();
    QVERIFY2(shown.contains(time) && shown.endsWith(QLatin1String("Server started")), qPrintable(shown));

    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    f.model.setShowTimestamps(false);
    QCOMPARE(changed.count(), 1);
    shown = f.model.index(0).data().toString();
    QCOMPARE(shown, QStringLiteral("Server started"));
    f.model.setShowTimestamps(false);
    QCOMPARE(changed.count(), 1); // no change, no signal
}

void TestLogListModel::levelFilter()
{
    LogStore store;
    Fixture f;
    f.model.addSource(&store, QStringLiteral("directus"));
    for (int i = 0; i < 70000; ++i) {
        const QByteArray line = lineFor(i);
        store.append(LogLineView{StreamKind::Stdout, i, line});
    }
    f.model.flush();
    QCOMPARE(f.model.rowCount(), 70000);

    // What the filter should keep, counted from the store's own index.
    const LogLevelMask mask = levelsAtLeast(LogLevel::Warn);
    int expected = 0;
    for (int i = 0; i < 70000; ++i)
        expected += (mask & levelBit(store.meta(i).level)) ? 1 : 0;
    QVERIFY(expected > 0 && expected < 70000);

    QSignalSpy applied(&f.model, &LogListModel::filterApplied);
    f.model.setLevelMask(mask);
    // Rebuilt on a worker: until it is done the view keeps showing what it showed.
    QVERIFY(f.model.isFiltering());
    QCOMPARE(f.model.rowCount(), 70000);
    QCOMPARE(f.model.index(69999).data(LogListModel::RawTextRole).toByteArray(), lineFor(69999));
    QVERIFY(applied.wait(5000) || applied.count() == 1);
    QCOMPARE(f.model.rowCount(), expected);
    for (int level : levelsOf(f.model))
        QVERIFY(mask & levelBit(LogLevel(level)));
    // Row mapping both ways, and the rows keep store order.
    qint64 previous = -1;
    for (int r = 0; r < f.model.rowCount(); r += 97) {
        const qint64 storeRow = f.model.sourceRowOfRow(r);
        QVERIFY(storeRow > previous);
        previous = storeRow;
        QCOMPARE(f.model.rowForSource(0, storeRow), r);
    }
    // A row the filter hides has no view row.
    int hidden = 0;
    while (mask & levelBit(store.meta(hidden).level))
        ++hidden;
    QCOMPARE(f.model.rowForSource(0, hidden), -1);

    // Back to everything: the store's rows again, at once.
    f.model.setLevelMask(AllLogLevels);
    QCOMPARE(f.model.rowCount(), 70000);
    QCOMPARE(f.model.rowForSource(0, hidden), hidden);

    // Only Unknown (plain lines).
    f.model.setLevelMask(levelBit(LogLevel::Unknown));
    QTRY_COMPARE(f.model.isFiltering(), false);
    QCOMPARE(f.model.rowCount(), 10000);
    QVERIFY(f.model.index(0).data(LogListModel::RawTextRole).toByteArray().startsWith("plain output"));
}

void TestLogListModel::filterWhileAppending()
{
    LogStore store;
    Fixture f;
    f.model.addSource(&store, QStringLiteral("directus"));
    f.model.setLevelMask(levelBit(LogLevel::Error));
    int appended = 0;
    QElapsedTimer timer;
    timer.start();
    // Lines keep coming while the filter is rebuilt and after.
    while (appended < 20000) {
        for (int k = 0; k < 500; ++k, ++appended) {
            const QByteArray line = lineFor(appended);
            store.append(LogLineView{StreamKind::Stdout, appended, line});
        }
        QTest::qWait(1);
        if (appended == 10000)
            f.model.setLevelMask(levelBit(LogLevel::Error) | levelBit(LogLevel::Fatal));
    }
    int expected = 0;
    for (int i = 0; i < appended; ++i) {
        const LogLevel level = store.meta(i).level;
        expected += (level == LogLevel::Error || level == LogLevel::Fatal) ? 1 : 0;
    }
    QTRY_COMPARE(f.model.rowCount(), expected);
    QVERIFY(!f.model.isFiltering());
    qint64 previous = -1;
    for (int r = 0; r < f.model.rowCount(); ++r) {
        const qint64 storeRow = f.model.sourceRowOfRow(r);
        QVERIFY(storeRow > previous); // no duplicates, no gaps out of order
        previous = storeRow;
    }
}

void TestLogListModel::mergedViewIsInTimeOrder()
{
    LogStore directus;
    LogStore database;
    Fixture f;
    f.model.addSource(&directus, QStringLiteral("directus"));
    f.model.addSource(&database, QStringLiteral("database"));
    QVERIFY(f.model.isMerged());
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);

    // Two containers writing at their own pace; each one's timestamps only go forward.
    quint64 state = 7;
    qint64 tDirectus = 1000;
    qint64 tDatabase = 1000;
    for (int i = 0; i < 5000; ++i) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        if (state >> 63) {
            tDirectus += qint64((state >> 20) % 50);
            directus.append(LogLineView{StreamKind::Stdout, tDirectus, lineFor(i)});
        } else {
            tDatabase += qint64((state >> 20) % 50);
            database.append(LogLineView{StreamKind::Stderr, tDatabase, "db " + QByteArray::number(i)});
        }
    }
    QTRY_COMPARE(f.model.rowCount(), int(directus.rowCount() + database.rowCount()));
    QVERIFY(inserted.count() <= 2);
    qint64 last = 0;
    for (int r = 0; r < f.model.rowCount(); ++r) {
        const QModelIndex index = f.model.index(r);
        const qint64 t = index.data(LogListModel::TimestampNsRole).toLongLong();
        QVERIFY(t >= last);
        last = t;
        const int source = f.model.sourceOfRow(r);
        QCOMPARE(index.data(LogListModel::ServiceRole).toString(), f.model.serviceName(source));
        QCOMPARE(f.model.rowForSource(source, f.model.sourceRowOfRow(r)), r);
    }
    // The merged display names the service.
    QVERIFY(f.model.index(0).data().toString().contains(f.model.serviceName(f.model.sourceOfRow(0))));
}

void TestLogListModel::lateLinesAreInsertedInPlace()
{
    LogStore directus;
    LogStore redis;
    Fixture f;
    f.model.addSource(&directus, QStringLiteral("directus"));
    f.model.addSource(&redis, QStringLiteral("redis"));
    for (int i = 0; i < 100; ++i)
        directus.append(LogLineView{StreamKind::Stdout, 1000 + i * 10, lineFor(i)});
    f.model.flush();
    QTRY_COMPARE(f.model.rowCount(), 100);

    // redis' lines arrive late but are older than most of what is shown.
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy appended(&f.model, &LogListModel::rowsAppended);
    for (int i = 0; i < 30; ++i)
        redis.append(LogLineView{StreamKind::Stdout, 1005 + i * 30, "redis " + QByteArray::number(i)});
    f.model.flush();
    QCOMPARE(f.model.rowCount(), 130);
    QVERIFY(inserted.count() >= 2); // several gaps...
    QVERIFY(inserted.count() <= 30); // ...one insertion per gap at most
    QCOMPARE(appended.count(), 0);   // none at the end: a following view does not jump
    qint64 last = 0;
    for (int r = 0; r < f.model.rowCount(); ++r) {
        const qint64 t = f.model.index(r).data(LogListModel::TimestampNsRole).toLongLong();
        QVERIFY(t >= last);
        last = t;
    }
    // Same timestamps: the order is (time, source, row), stable across ticks.
    directus.append(LogLineView{StreamKind::Stdout, 5000, "d-same"});
    redis.append(LogLineView{StreamKind::Stdout, 5000, "r-same"});
    f.model.flush();
    QCOMPARE(f.model.index(130).data(LogListModel::RawTextRole).toByteArray(), QByteArray("d-same"));
    QCOMPARE(f.model.index(131).data(LogListModel::RawTextRole).toByteArray(), QByteArray("r-same"));
}

void TestLogListModel::mergedAndFiltered()
{
    LogStore a;
    LogStore b;
    Fixture f;
    f.model.addSource(&a, QStringLiteral("a"));
    f.model.addSource(&b, QStringLiteral("b"));
    for (int i = 0; i < 3000; ++i) {
        a.append(LogLineView{StreamKind::Stdout, 2 * i, lineFor(i)});
        b.append(LogLineView{StreamKind::Stdout, 2 * i + 1, lineFor(i + 3)});
    }
    QTRY_COMPARE(f.model.rowCount(), 6000);
    f.model.setLevelMask(levelBit(LogLevel::Warn));
    QTRY_VERIFY(!f.model.isFiltering());
    int expected = 0;
    for (int i = 0; i < 3000; ++i)
        expected += (a.meta(i).level == LogLevel::Warn) + (b.meta(i).level == LogLevel::Warn);
    QCOMPARE(f.model.rowCount(), expected);
    qint64 last = -1;
    for (int r = 0; r < f.model.rowCount(); ++r) {
        QCOMPARE(f.model.index(r).data(LogListModel::LevelRole).toInt(), int(LogLevel::Warn));
        const qint64 t = f.model.index(r).data(LogListModel::TimestampNsRole).toLongLong();
        QVERIFY(t > last);
        last = t;
    }
}

void TestLogListModel::destroyedStoreIsDropped()
{
    auto a = std::make_unique<LogStore>();
    LogStore b;
    Fixture f;
    f.model.addSource(a.get(), QStringLiteral("a"));
    f.model.addSource(&b, QStringLiteral("b"));
    a->append(LogLineView{StreamKind::Stdout, 1, "a"});
    b.append(LogLineView{StreamKind::Stdout, 2, "b"});
    QTRY_COMPARE(f.model.rowCount(), 2);
    a.reset();
    QTRY_COMPARE(f.model.rowCount(), 1);
    QCOMPARE(f.model.sourceCount(), 1);
    QCOMPARE(f.model.index(0).data(LogListModel::RawTextRole).toByteArray(), QByteArray("b"));
}

QTEST_GUILESS_MAIN(TestLogListModel)
#include "tst_loglistmodel.moc"
