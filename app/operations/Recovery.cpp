// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/Recovery.h"

#include "instance/InstanceStore.h"
#include "operations/InstanceLock.h"
#include "operations/RemoveOperation.h"
#include "operations/RestoreOperation.h"
#include "operations/StopOperation.h"
#include "operations/UpgradeOperation.h"

#include <QCoreApplication>
#include <QTimer>

namespace dd::operations {

Recovery::Recovery(const CreateOperation::Context &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

QList<JournalEntry> Recovery::interrupted(const QString &journalDirectory)
{
    QList<JournalEntry> result;
    for (const JournalEntry &entry : Journal(journalDirectory).all()) {
        if (!Journal::isProcessAlive(entry.pid) || entry.pid == QCoreApplication::applicationPid())
            result.append(entry);
    }
    return result;
}

void Recovery::start()
{
    // A handful of small files: read here, before anything else runs (the CLI's way).
    InstanceLock::clearStale(m_context.journalDirectory);
    startWith(interrupted(m_context.journalDirectory));
}

void Recovery::startWith(QList<JournalEntry> pending)
{
    m_pending = std::move(pending);
    QTimer::singleShot(0, this, &Recovery::next);
}

void Recovery::next()
{
    if (m_pending.isEmpty()) {
        Q_EMIT finished(m_recovered, m_failed);
        return;
    }
    const JournalEntry entry = m_pending.takeFirst();
    QString error;
    const auto spec = instance::InstanceStore::parse(entry.specYaml, &error);
    if (!spec) {
        // Nothing can be done with it; keep the file for a person to look at, but move on.
        ++m_failed;
        Q_EMIT operationFinished(entry.project, entry.operation,
                                 OperationResult::failure(QCoreApplication::translate("Operations",
                                     "The interrupted %1 of %2 cannot be recovered: %3").arg(entry.operation, entry.project, error)));
        next();
        return;
    }

    Operation *operation = nullptr;
    if (entry.operation == QLatin1String("create"))
        operation = new CreateOperation(m_context, *spec, CreateOperation::Mode::Resume, entry, this);
    else if (entry.operation == QLatin1String("takeover"))
        operation = new CreateOperation(m_context, *spec, CreateOperation::Mode::TakeOver, entry, this);
    else if (entry.operation == QLatin1String("start"))
        operation = new CreateOperation(m_context, *spec, CreateOperation::Mode::BringUp, entry, this);
    else if (entry.operation == QLatin1String("stop"))
        operation = new StopOperation(*m_context.engine, *spec, m_context.journalDirectory, entry, this);
    else if (entry.operation == QLatin1String("remove"))
        operation = new RemoveOperation(*m_context.engine, *m_context.secrets, m_context.instancesDirectory, *spec, false,
                                        m_context.journalDirectory, entry, this);
    else if (entry.operation == QLatin1String("upgrade"))
        operation = new UpgradeOperation(m_context, *spec, entry, this);
    else if (entry.operation == QLatin1String("restore"))
        operation = new RestoreOperation(m_context, *spec, entry, this);
    if (!operation) {
        ++m_failed;
        Q_EMIT operationFinished(entry.project, entry.operation,
                                 OperationResult::failure(QCoreApplication::translate("Operations",
                                     "Unknown operation \"%1\" in the journal of %2.").arg(entry.operation, entry.project)));
        next();
        return;
    }
    Q_EMIT operationStarted(entry.project, entry.operation, entry.interruptedStep());
    connect(operation, &Operation::progress, this, &Recovery::progress);
    connect(operation, &Operation::finished, this, [this, operation, entry](const OperationResult &result) {
        operation->deleteLater();
        result.ok ? ++m_recovered : ++m_failed;
        Q_EMIT operationFinished(entry.project, entry.operation, result);
        next();
    });
    operation->start();
}

} // namespace dd::operations
