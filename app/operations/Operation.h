// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operations/Journal.h"
#include "operations/OperationResult.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThreadPool;

namespace dd::instance {
struct InstanceSpec;
}

namespace dd::operations {

class InstanceLock;

// An operation as a list of steps run one after the other (DESIGN idea 5: explicit state
// machines). Each step is journaled as "begun" before it runs and "done" after it succeeded;
// journal writes happen on a worker thread of their own, in order, and the next step waits
// for its "begun" to be on disk. A step's function runs on the caller's thread and reports
// back with succeed() or fail(); it must never block.
//
// Before its first step it takes the instance's lock (InstanceLock) and holds it until its
// journal is gone; when another program holds it, finished() reports `busy` and nothing, not
// even the journal, is touched.
//
// Test hook: DD_CRASH_AFTER_STEP=<step id> makes the process kill itself (SIGKILL) right
// after that step's "done" reached the journal — the crash-safety tests use it.
class Operation : public QObject
{
    Q_OBJECT
public:
    ~Operation() override;

    void start();
    const JournalEntry &journalEntry() const { return m_entry; }
    // A fresh journal entry for `operation` on `spec` (the spec is kept in it, to resume from).
    static JournalEntry newEntry(const QString &operation, const instance::InstanceSpec &spec);
    QStringList stepIds() const;

Q_SIGNALS:
    void stepStarted(const QString &id, const QString &title);
    void stepFinished(const QString &id);
    void progress(const QString &text);
    void finished(const dd::operations::OperationResult &result);

protected:
    Operation(JournalEntry entry, QString journalDirectory, QObject *parent);

    void addStep(const QString &id, const QString &title, std::function<void()> run);
    void succeed();
    // The current step did all the operation had to do: the steps after it are not run (and
    // not announced), and the operation ends as a success.
    void succeedSkippingRest();
    void fail(OperationResult failure);
    // Remembered in the journal (with the next write) so a rollback after a crash knows it.
    void recordCreated(QList<QString> JournalEntry::*list, const QString &name);
    // The operation ends without deleting its journal, so the next recovery tries again: for a
    // way back that could not be gone (the secret store locked, the backup's disk away).
    void keepJournal() { m_keepJournal = true; }
    // A sentence for the person, added to the result's notes whichever way the operation ends.
    void addNote(const QString &note) { m_notes.append(note); }

    // After a failed step: undo what this operation made, then call done (with notes on what
    // was kept). The default does nothing.
    virtual void rollBack(const OperationResult &failure, std::function<void(QStringList notes)> done);
    JournalEntry &entry() { return m_entry; }
    // The journal's "name=value" flags: what a recovery must know of the options (a target
    // version, the folder of a backup made on the way).
    QString flag(const QString &name) const;
    void setFlag(const QString &name, const QString &value);
    // The step was begun, in this run or in the one a crash interrupted.
    bool stepBegun(const QString &id) const;

private:
    struct Step
    {
        QString id;
        QString title;
        std::function<void()> run;
    };
    void runStep(int index);
    void writeJournal(std::function<void()> then);
    void finishWith(OperationResult result);

    JournalEntry m_entry;
    QString m_journalDirectory;
    QStringList m_notes;
    QList<Step> m_steps;
    int m_current = -1;
    bool m_finishing = false;  // finished() is on its way; ignore further succeed()/fail()
    bool m_finished = false;
    bool m_resumed = false;
    bool m_keepJournal = false;  // built from an interrupted operation's journal entry (recovery)
    std::unique_ptr<QThreadPool> m_writer;
    std::unique_ptr<InstanceLock> m_lock;
};

} // namespace dd::operations
