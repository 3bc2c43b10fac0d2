// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd::operations {

// What an operation in flight has done so far, written to disk before and after every step
// (DESIGN idea 5), so that a crash, a closed laptop or a killed CLI can be recovered on the
// next start: the operation is resumed (its steps are idempotent) or rolled back, using the
// list of what it created. One file per instance: it doubles as the instance's lock.
struct JournalEntry
{
    struct Step
    {
        QString id;
        QString state;  // "begun" or "done"
    };

    QString operation;   // "create", "start", "stop", "remove"
    QString instanceId;
    QString project;
    QByteArray specYaml;  // the InstanceSpec as InstanceStore writes it (no secrets), to resume a create
    qint64 pid = 0;       // the process running it; a live pid means "busy", a dead one "interrupted"
    QDateTime startedAt;
    QStringList flags;    // the operation's options, e.g. "delete-data" for remove
    QList<Step> steps;
    // What this operation made (not what it found): only these may be undone by a rollback.
    QStringList createdContainers;
    QStringList createdNetworks;
    QStringList createdVolumes;

    void markBegun(const QString &stepId);
    void markDone(const QString &stepId);
    bool isDone(const QString &stepId) const;
    QString interruptedStep() const;  // the step begun but not done, "" if none

    QByteArray toJson() const;
    static std::optional<JournalEntry> fromJson(const QByteArray &bytes, QString *error = nullptr);
};

// The journal files of one data folder. Synchronous: callers run it off the UI thread.
class Journal
{
public:
    explicit Journal(QString directory);

    QString directory() const { return m_directory; }
    QString pathFor(const QString &instanceId) const;

    // Atomic (QSaveFile), 0600.
    bool write(const JournalEntry &entry, QString *error = nullptr) const;
    std::optional<JournalEntry> read(const QString &instanceId) const;
    bool remove(const QString &instanceId) const;
    // Every entry on disk, live or interrupted.
    QList<JournalEntry> all() const;

    // True when the entry's process still runs (then it is not ours to recover).
    static bool isProcessAlive(qint64 pid);

private:
    QString m_directory;
};

} // namespace dd::operations
