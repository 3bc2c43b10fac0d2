// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operations/CreateOperation.h"
#include "operations/OperationResult.h"

#include <QObject>

namespace dd::operations {

// Finishes what a crash interrupted (DESIGN idea 5). Every journal left on disk by a process
// that is gone is resumed: its steps are idempotent, so running them again completes the work;
// a create that cannot be completed rolls itself back. Journals of a live process are left
// alone (that process is still working). Runs one operation after the other.
class Recovery : public QObject
{
    Q_OBJECT
public:
    Recovery(const CreateOperation::Context &context, QObject *parent = nullptr);

    // Entries a dead process left behind, without touching them: for a "needs recovery" notice.
    static QList<JournalEntry> interrupted(const QString &journalDirectory);

    void start();
    // The same with the entries already read (the GUI reads them off the UI thread first).
    void startWith(QList<JournalEntry> pending);

Q_SIGNALS:
    void operationStarted(const QString &project, const QString &operation, const QString &interruptedStep);
    void progress(const QString &text);
    void operationFinished(const QString &project, const QString &operation, const dd::operations::OperationResult &result);
    void finished(int recovered, int failed);

private:
    void next();

    CreateOperation::Context m_context;
    QList<JournalEntry> m_pending;
    int m_recovered = 0;
    int m_failed = 0;
};

} // namespace dd::operations
