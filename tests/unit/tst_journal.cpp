// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/Journal.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using dd::operations::Journal;
using dd::operations::JournalEntry;

class tst_Journal : public QObject
{
    Q_OBJECT

private:
    static JournalEntry sample()
    {
        JournalEntry entry;
        entry.operation = QStringLiteral("create");
        entry.instanceId = QStringLiteral("0b6d6a8e-1f7e-4a43-9a57-0f3f8c1c2d11");
        entry.project = QStringLiteral("blog");
        entry.specYaml = QByteArrayLiteral("schema: 1\nname: \"blog\"\n");
        entry.pid = 4242;
        entry.startedAt = QDateTime(QDate(2026, 11, 29), QTime(10, 0, 0, 123), Qt::UTC);
        entry.flags = {QStringLiteral("delete-data")};
        entry.createdContainers = {QStringLiteral("blog-directus-1")};
        entry.createdNetworks = {QStringLiteral("blog_default")};
        entry.createdVolumes = {QStringLiteral("blog_uploads"), QStringLiteral("blog_database")};
        return entry;
    }

private Q_SLOTS:
    void stepsMoveFromBegunToDone()
    {
        JournalEntry entry = sample();
        QCOMPARE(entry.interruptedStep(), QString());
        entry.markBegun(QStringLiteral("images"));
        QCOMPARE(entry.interruptedStep(), QStringLiteral("images"));
        QVERIFY(!entry.isDone(QStringLiteral("images")));
        entry.markDone(QStringLiteral("images"));
        QVERIFY(entry.isDone(QStringLiteral("images")));
        QCOMPARE(entry.interruptedStep(), QString());
        entry.markBegun(QStringLiteral("network"));
        QCOMPARE(entry.steps.size(), 2);  // one record per step, updated in place
        QCOMPARE(entry.interruptedStep(), QStringLiteral("network"));
    }

    void jsonRoundTripKeepsEverything()
    {
        JournalEntry entry = sample();
        entry.markBegun(QStringLiteral("secrets"));
        entry.markDone(QStringLiteral("secrets"));
        entry.markBegun(QStringLiteral("save"));
        const auto back = JournalEntry::fromJson(entry.toJson());
        QVERIFY(back);
        QCOMPARE(back->operation, entry.operation);
        QCOMPARE(back->instanceId, entry.instanceId);
        QCOMPARE(back->project, entry.project);
        QCOMPARE(back->specYaml, entry.specYaml);
        QCOMPARE(back->pid, entry.pid);
        QCOMPARE(back->startedAt, entry.startedAt);
        QCOMPARE(back->flags, entry.flags);
        QCOMPARE(back->createdContainers, entry.createdContainers);
        QCOMPARE(back->createdNetworks, entry.createdNetworks);
        QCOMPARE(back->createdVolumes, entry.createdVolumes);
        QCOMPARE(back->interruptedStep(), QStringLiteral("save"));
        QVERIFY(back->isDone(QStringLiteral("secrets")));
    }

    void brokenOrForeignBytesAreRefusedWithAReason()
    {
        QString error;
        QVERIFY(!JournalEntry::fromJson("{not json", &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!JournalEntry::fromJson(R"({"schema": 2, "operation": "create", "instanceId": "x"})", &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!JournalEntry::fromJson(R"({"schema": 1, "operation": "create"})", &error));
        QVERIFY(!error.isEmpty());
    }

    void filesAreWrittenPrivatelyListedAndRemoved()
    {
        QTemporaryDir dir;
        const Journal journal(dir.path() + QStringLiteral("/journal"));
        QVERIFY(journal.all().isEmpty());
        JournalEntry a = sample();
        JournalEntry b = sample();
        b.instanceId = QStringLiteral("second");
        QVERIFY(journal.write(a));
        QVERIFY(journal.write(b));
        const QFile::Permissions permissions = QFile::permissions(journal.pathFor(a.instanceId));
        QVERIFY(permissions.testFlag(QFile::ReadOwner));
        QVERIFY(!permissions.testFlag(QFile::ReadGroup));
        QVERIFY(!permissions.testFlag(QFile::ReadOther));
        QCOMPARE(journal.all().size(), 2);
        a.markBegun(QStringLiteral("images"));
        QVERIFY(journal.write(a));  // replaced, not appended
        QCOMPARE(journal.read(a.instanceId)->interruptedStep(), QStringLiteral("images"));
        // A file someone broke is skipped, not fatal.
        QFile broken(dir.path() + QStringLiteral("/journal/broken.journal.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("garbage");
        broken.close();
        QCOMPARE(journal.all().size(), 2);
        QVERIFY(journal.remove(a.instanceId));
        QVERIFY(journal.remove(a.instanceId));  // already gone is fine
        QCOMPARE(journal.all().size(), 1);
        QVERIFY(!journal.read(a.instanceId));
    }

    void liveAndDeadProcessesAreToldApart()
    {
        QVERIFY(Journal::isProcessAlive(QCoreApplication::applicationPid()));
        QVERIFY(!Journal::isProcessAlive(0));
        QProcess child;
        child.start(QStringLiteral("true"), {});
        QVERIFY(child.waitForStarted());
        const qint64 pid = child.processId();
        QVERIFY(child.waitForFinished());
        QVERIFY(!Journal::isProcessAlive(pid));  // reaped: the pid is free again
    }
};

QTEST_GUILESS_MAIN(tst_Journal)
#include "tst_journal.moc"
