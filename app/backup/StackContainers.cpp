// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/StackContainers.h"

#include "core/AppPaths.h"
#include "docker/EngineClient.h"
#include "instance/ResolvedSecrets.h"
#include "instance/StackPlan.h"
#include "operations/InstanceContainers.h"

namespace dd::backup {

void StackContainers::find(docker::EngineClient &engine, const instance::InstanceSpec &spec, QObject *context,
                           std::function<void(StackContainers)> done)
{
    const instance::StackPlan plan =
        instance::StackPlan::make(spec, instance::ResolvedSecrets::placeholders(), AppPaths::instanceFolder(spec.id));
    operations::InstanceContainers::find(engine, spec, context, [plan, done](const operations::InstanceContainers &members) {
        StackContainers found;
        found.error = members.error;
        for (const operations::StackContainer &c : members.members) {
            Found *slot = c.service == QLatin1String("directus")   ? &found.directus
                          : c.service == QLatin1String("database") ? &found.database
                                                                   : nullptr;
            const auto *planned = plan.container(c.service);
            if (!slot || !planned)
                continue;
            // The container the plan names wins over a kept or renamed one.
            if (slot->exists() && slot->name == planned->name)
                continue;
            *slot = {c.id, c.name, c.isRunning()};
        }
        done(found);
    });
}

void StackContainers::findWithDirectus(docker::EngineClient &engine, const instance::InstanceSpec &spec,
                                       QObject *context, const QString &noDirectus,
                                       std::function<void(StackContainers, operations::OperationResult)> done)
{
    find(engine, spec, context, [noDirectus, done](const StackContainers &found) {
        if (!found.error.ok())
            done(found, operations::OperationResult::fromEngine(found.error));
        else if (!found.directus.exists())
            done(found, operations::OperationResult::failure(noDirectus));
        else
            done(found, operations::OperationResult::success());
    });
}

} // namespace dd::backup
