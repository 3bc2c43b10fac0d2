// SPDX-License-Identifier: GPL-3.0-or-later
// The per-instance lock: re-entrant inside one process, refused (with who holds it) while
// another live process holds it, taken over once that process is gone, and never stale by age.
// The other process is a real one (a child the test starts); the two-CLI-processes case on a
// real engine is tests/e2e/cli/concurrent-cli.sh.
#include "LockHolderProcess.h"
#include "operations/InstanceLock.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using dd::operations::InstanceLock;

namespace {

const QString kId = QStringLiteral("0b5c2a4e-1111-4222-8333-444455556666");

QString lockFileIn(const QTemporaryDir &dir)
{
    return dir.path() + QLatin1Char('/') + kId + QStringLiteral(".lock");
}

using OtherProcess = dd::test::LockHolderProcess;

} // namespace

class TestInstanceLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reentrantInOneProcessAndFreedByTheLastRelease()
    {
        QTemporaryDir dir;
        const QString path = lockFileIn(dir);
        {
            InstanceLock upgrade(dir.path(), kId);
            QVERIFY(upgrade.tryTake(QStringLiteral("upgrade")));
            QVERIFY(QFile::exists(path));
            QVERIFY(QFile::exists(path + QStringLiteral(".json")));
            {
                InstanceLock ownBackup(dir.path(), kId);  // the upgrade's own backup, same process
                QVERIFY(ownBackup.tryTake(QStringLiteral("backup")));
            }
            QVERIFY2(QFile::exists(path), "the inner release must not free the outer holder's lock");
            // Nobody else gets it meanwhile: a plain QLockFile stands for another process here.
            QLockFile other(path);
            QVERIFY(!other.tryLock(0));
        }
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".json")));
        QVERIFY(!InstanceLock::holderOf(dir.path(), kId));
    }

    void refusedWhileAnotherLiveProcessHoldsIt()
    {
        QTemporaryDir dir;
        const QString path = lockFileIn(dir);
        OtherProcess other;
        if (!other.start(path, QStringLiteral("upgrade")))
            QFAIL("could not start the child process that holds the lock");

        InstanceLock lock(dir.path(), kId);
        QVERIFY(!lock.tryTake(QStringLiteral("stop")));
        QVERIFY(lock.refusedAsBusy());
        const std::optional<InstanceLock::Holder> holder = InstanceLock::holderOf(dir.path(), kId);
        QVERIFY(holder);
        QCOMPARE(holder->pid, other.child.processId());
        QCOMPARE(holder->operation, QStringLiteral("upgrade"));
        const QString sentence = lock.refusal(QStringLiteral("blog"));
        QCOMPARE(sentence, holder->sentence(QStringLiteral("blog")));
        QVERIFY2(sentence.startsWith(QStringLiteral("`upgrade` from the command line, pid %1, since ").arg(other.child.processId())),
                 qPrintable(sentence));
        QVERIFY2(sentence.contains(QLatin1String("holds blog.")) && sentence.contains(QLatin1String("nothing was changed")),
                 qPrintable(sentence));
        QVERIFY(InstanceLock::holderOf(dir.path(), kId));
        QVERIFY2(QFile::exists(path), "a refused taker must leave the holder's lock alone");

        // Once that process is gone the lock is stale and taken over.
        other.child.kill();
        other.child.waitForFinished();
        QVERIFY(!InstanceLock::holderOf(dir.path(), kId));
        QVERIFY(lock.tryTake(QStringLiteral("recover")));
        QVERIFY(lock.isHeld());
    }

    // A process killed between taking the lock and writing its journal leaves the lock with no
    // journal that a recovery would take it over with: clearStale removes it (and its note),
    // and leaves a live process's lock as it is.
    void clearStaleRemovesOnlyTheLocksOfGoneProcesses()
    {
        QTemporaryDir dir;
        const QString gone = dir.filePath(QStringLiteral("gone-instance.lock"));
        const QString live = lockFileIn(dir);
        OtherProcess killed;
        if (!killed.start(gone, QStringLiteral("create")))
            QFAIL("could not start the child process that holds the first lock");
        killed.child.kill();
        killed.child.waitForFinished();
        QVERIFY(QFile::exists(gone) && QFile::exists(gone + QStringLiteral(".json")));
        OtherProcess holder;
        if (!holder.start(live, QStringLiteral("upgrade")))
            QFAIL("could not start the child process that holds the second lock");
        QFile orphanNote(dir.filePath(QStringLiteral("no-lock.lock.json")));
        QVERIFY(orphanNote.open(QIODevice::WriteOnly));
        orphanNote.write("{}");
        orphanNote.close();

        InstanceLock::clearStale(dir.path());
        QVERIFY2(!QFile::exists(gone), "the lock of a killed process is left");
        QVERIFY(!QFile::exists(gone + QStringLiteral(".json")));
        QVERIFY(!orphanNote.exists());
        QVERIFY2(QFile::exists(live) && QFile::exists(live + QStringLiteral(".json")), "a live holder's lock was removed");
        QVERIFY(InstanceLock::holderOf(dir.path(), kId));
    }

    void neverStaleByAge()
    {
        // QLockFile's default makes a lock stale after 30 s; an upgrade runs for minutes.
        QTemporaryDir dir;
        const QString path = lockFileIn(dir);
        OtherProcess other;
        if (!other.start(path, QStringLiteral("upgrade")))
            QFAIL("could not start the child process that holds the lock");
        QFile lockFile(path);
        QVERIFY(lockFile.open(QIODevice::ReadWrite));
        QVERIFY(lockFile.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        lockFile.close();
        InstanceLock lock(dir.path(), kId);
        QVERIFY2(!lock.tryTake(QStringLiteral("stop")), "an hour-old lock of a live process was taken");
    }
};

QTEST_MAIN(TestInstanceLock)
#include "tst_instancelock.moc"
