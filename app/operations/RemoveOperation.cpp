// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/RemoveOperation.h"

#include "instance/ResolvedSecrets.h"
#include "instance/StackPlan.h"
#include "operations/StackCleanup.h"

#include <QCoreApplication>

namespace dd::operations {

namespace {

JournalEntry entryFor(const instance::InstanceSpec &spec, bool deleteData, std::optional<JournalEntry> interrupted)
{
    if (interrupted)
        return *interrupted;
    JournalEntry entry = Operation::newEntry(QStringLiteral("remove"), spec);
    if (deleteData)
        entry.flags.append(QStringLiteral("delete-data"));
    return entry;
}

} // namespace

RemoveOperation::RemoveOperation(docker::EngineClient &engine, secrets::SecretStore &secrets,
                                 const QString &instancesDirectory, const instance::InstanceSpec &spec, bool deleteData,
                                 const QString &journalDirectory, std::optional<JournalEntry> interrupted, QObject *parent)
    : Operation(entryFor(spec, deleteData, std::move(interrupted)), journalDirectory, parent)
    , m_engine(engine)
    , m_secrets(secrets)
    , m_instancesDirectory(instancesDirectory)
    , m_spec(spec)
    , m_deleteData(deleteData || journalEntry().flags.contains(QStringLiteral("delete-data")))
{
    addStep(QStringLiteral("remove"), QCoreApplication::translate("Operations", "Removing %1").arg(spec.name), [this] {
        auto *cleanup = new StackCleanup(m_engine, m_spec, this);
        if (m_deleteData)
            cleanup->setRemoveVolumesOf(volumesOf(m_spec));
        cleanup->setForgetInstance(m_secrets, m_instancesDirectory);
        connect(cleanup, &StackCleanup::finished, this, [this, cleanup](const QStringList &notes, bool complete) {
            cleanup->deleteLater();
            m_notes = notes;
            if (complete) {
                Q_EMIT progress(notes.join(QLatin1Char('\n')));
                succeed();
                return;
            }
            OperationResult failure = OperationResult::failure(
                QCoreApplication::translate("Operations", "The instance was only partly removed; run remove again."));
            failure.notes = notes;
            fail(failure);
        });
        cleanup->start();
    });
}

QStringList RemoveOperation::volumesOf(const instance::InstanceSpec &spec)
{
    QStringList names;
    for (const auto &volume : instance::StackPlan::make(spec, instance::ResolvedSecrets::placeholders(), {}).volumes)
        names.append(volume.name);
    return names;
}

} // namespace dd::operations
