// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/StopOperation.h"

#include "docker/EngineClient.h"

#include <QCoreApplication>

#include <algorithm>

namespace dd::operations {

QString StopOperation::serviceWords(const QString &service)
{
    if (service == QLatin1String("directus"))
        return tr("Directus");
    if (service == QLatin1String("database"))
        return tr("database");
    if (service == QLatin1String("cache"))
        return tr("cache");
    return service;
}

StopOperation::StopOperation(docker::EngineClient &engine, const instance::InstanceSpec &spec,
                             const QString &journalDirectory, std::optional<JournalEntry> interrupted, QObject *parent)
    : Operation(interrupted ? *interrupted : newEntry(QStringLiteral("stop"), spec), journalDirectory, parent)
    , m_engine(engine)
    , m_spec(spec)
{
    // Each step looks the containers up itself, so a recovery that resumes at either one works.
    addStep(QStringLiteral("stop-containers"), tr("Stopping %1").arg(spec.name), [this] { stopAll(); });
    addStep(QStringLiteral("stop-check"), tr("Checking that %1 has stopped").arg(spec.name), [this] { check(); });
}

void StopOperation::stopAll()
{
    InstanceContainers::find(m_engine, m_spec, this, [this](const InstanceContainers &found) {
        if (!found.error.ok()) {
            fail(OperationResult::fromEngine(found.error));
            return;
        }
        if (found.members.isEmpty()) {
            fail(OperationResult::failure(found.nothingFoundSentence(m_spec.name), docker::EngineError::Kind::NotFound));
            return;
        }
        for (const QString &service : found.missing(InstanceContainers::servicesOf(m_spec)))
            addNote(tr("The %1 container of %2 was not found (removed outside this app?); starting %2 makes it again.")
                        .arg(serviceWords(service), m_spec.name));
        QList<StackContainer> todo = found.running();
        std::reverse(todo.begin(), todo.end());
        stopNext(std::move(todo));
    });
}

void StopOperation::stopNext(QList<StackContainer> todo)
{
    if (todo.isEmpty()) {
        succeed();
        return;
    }
    const StackContainer container = todo.takeFirst();
    Q_EMIT progress(tr("Stopping %1").arg(container.name));
    connect(m_engine.stopContainer(container.id, stopTimeoutSeconds), &docker::EngineCall::finished, this,
            [this, todo](const docker::EngineResponse &response) {
                // 304 (already stopped) is a success status; one removed meanwhile has nothing to
                // stop: the check that follows asks the engine either way.
                if (response.ok() || response.error.kind == docker::EngineError::Kind::NotFound)
                    stopNext(todo);
                else
                    fail(OperationResult::fromEngine(response.error));
            });
}

void StopOperation::check()
{
    InstanceContainers::find(m_engine, m_spec, this, [this](const InstanceContainers &found) {
        if (!found.error.ok()) {
            fail(OperationResult::fromEngine(found.error));
            return;
        }
        QStringList still;
        for (const StackContainer &c : found.running())
            still.append(c.name);
        if (!still.isEmpty()) {
            fail(OperationResult::failure(
                tr("%1 did not stop: the engine says %2 still runs. Stop it again; if it keeps running, restart the "
                   "container engine.")
                    .arg(m_spec.name, still.join(QStringLiteral(", ")))));
            return;
        }
        succeed();
    });
}

} // namespace dd::operations
