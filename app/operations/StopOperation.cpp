// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/StopOperation.h"

#include "core/AppPaths.h"
#include "docker/EngineClient.h"
#include "instance/ResolvedSecrets.h"
#include "instance/StackPlan.h"

#include <QCoreApplication>

namespace dd::operations {

StopOperation::StopOperation(docker::EngineClient &engine, const instance::InstanceSpec &spec,
                             const QString &journalDirectory, std::optional<JournalEntry> interrupted, QObject *parent)
    : Operation(interrupted ? *interrupted : newEntry(QStringLiteral("stop"), spec), journalDirectory, parent)
    , m_engine(engine)
{
    const auto plan = instance::StackPlan::make(spec, instance::ResolvedSecrets::placeholders(),
                                                AppPaths::instanceFolder(spec.id));
    for (auto it = plan.containers.crbegin(); it != plan.containers.crend(); ++it) {
        const QString name = it->name;
        addStep(QStringLiteral("stop-") + it->service,
                QCoreApplication::translate("Operations", "Stopping %1").arg(name), [this, name] { stop(name); });
    }
}

void StopOperation::stop(const QString &container)
{
    connect(m_engine.stopContainer(container, stopTimeoutSeconds), &docker::EngineCall::finished, this,
            [this](const docker::EngineResponse &response) {
                // 304 (already stopped) is a success status; a missing container has nothing to stop.
                if (response.ok() || response.error.kind == docker::EngineError::Kind::NotFound)
                    succeed();
                else
                    fail(OperationResult::fromEngine(response.error));
            });
}

} // namespace dd::operations
