// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace dd::operations {

// One instance, one program at a time: a lock file per instance next to the journals
// (<journal folder>/<instance id>.lock), taken by every operation, by recovery and by the front
// ends around a backup or restore, so that a window and a command line, or two scripts, never
// upgrade, restore or recover the same instance at once (two restores = two DROP DATABASE).
//
// QLockFile does the locking: O_EXCL creation plus a native lock on the open file, and a lock
// whose process is gone (killed, crashed, the machine stopped) is stale and taken over; a lock
// of a live process never expires, however long its upgrade runs. A small JSON file beside it
// says which operation holds it and since when, for the sentence the second caller gets.
//
// Within one process the lock is re-entrant: an upgrade's own backup, or the start that follows
// a restore, runs under the lock its caller already holds. Not thread-safe: take and release it
// on one thread (the operations' thread).
class InstanceLock
{
    Q_DECLARE_TR_FUNCTIONS(dd::operations::InstanceLock)
public:
    struct Holder
    {
        Q_DECLARE_TR_FUNCTIONS(dd::operations::InstanceLock::Holder)
    public:
        qint64 pid = 0;
        QString host;
        QString operation;  // "upgrade", "restore", "recover"…
        QString frontEnd;   // "cli" or "gui"
        QDateTime since;
        // "`upgrade` from the command line, pid 1234, since 21:04, holds blog."
        QString sentence(const QString &instanceName) const;
    };

    InstanceLock(const QString &journalDirectory, const QString &instanceId);
    ~InstanceLock();  // releases
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    // Takes it (at once, never waits). On refusal, refusal() says why.
    bool tryTake(const QString &operation);
    void release();
    bool isHeld() const { return m_held; }
    // After a refused tryTake(): the sentence for the person, the one every front end prints —
    // who holds the lock ("`upgrade` from the command line, pid 1234, since 21:04, holds blog.
    // Wait…"), or why the lock file could not be written.
    QString refusal(const QString &instanceName) const;
    // The refusal was another program holding the lock (exit code 5 on the command line), not
    // a folder that cannot be written.
    bool refusedAsBusy() const { return m_writeError.isEmpty(); }

    // Who holds the lock of that instance now (another live process), or nothing.
    static std::optional<Holder> holderOf(const QString &journalDirectory, const QString &instanceId);
    // The same from the files alone, for a worker thread (a window watching the lock without
    // touching the disk on its own thread): it does not know what this process holds, so the
    // caller drops a holder whose pid is its own.
    static std::optional<Holder> holderOnDisk(const QString &journalDirectory, const QString &instanceId);
    // Lock files left by processes that are gone before they wrote a journal (killed in the
    // moment between taking the lock and the first step), which no recovery would take over:
    // taken and released, which removes them with their notes. A live holder's stay. On the
    // operations' thread, like tryTake().
    static void clearStale(const QString &journalDirectory);
    // What this process says it is in the lock's note ("cli" or "gui"); set once by main().
    static void setFrontEnd(const QString &frontEnd);

private:
    QString m_path;
    bool m_held = false;
    std::optional<Holder> m_refusedBy;  // of the last refused tryTake()
    QString m_writeError;
};

} // namespace dd::operations
