// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/StackContainers.h"

#include "core/AppPaths.h"
#include "docker/EngineClient.h"
#include "instance/ResolvedSecrets.h"
#include "instance/StackPlan.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dd::backup {

void StackContainers::find(docker::EngineClient &engine, const instance::InstanceSpec &spec, QObject *context,
                           std::function<void(StackContainers)> done)
{
    const instance::StackPlan plan =
        instance::StackPlan::make(spec, instance::ResolvedSecrets::placeholders(), AppPaths::instanceFolder(spec.id));
    const QMap<QString, QStringList> filters{
        {QStringLiteral("label"), {QStringLiteral("org.directusdesktop.instance=") + spec.id}}};
    QObject::connect(engine.listContainers(filters, true), &docker::EngineCall::finished, context,
                     [plan, done](const docker::EngineResponse &response) {
                         StackContainers found;
                         if (!response.ok()) {
                             found.error = response.error;
                             done(found);
                             return;
                         }
                         for (const QJsonValue &v : response.json().array()) {
                             const QJsonObject c = v.toObject();
                             const QString service = c.value(QLatin1String("Labels")).toObject()
                                                         .value(QLatin1String("com.docker.compose.service")).toString();
                             Found *slot = service == QLatin1String("directus")   ? &found.directus
                                           : service == QLatin1String("database") ? &found.database
                                                                                   : nullptr;
                             const auto *planned = plan.container(service);
                             if (!slot || !planned)
                                 continue;
                             const QString name = c.value(QLatin1String("Names")).toArray().at(0).toString().mid(1);
                             // The container the plan names wins over a kept or renamed one.
                             if (slot->exists() && slot->name == planned->name)
                                 continue;
                             slot->id = c.value(QLatin1String("Id")).toString();
                             slot->name = name;
                             slot->running = c.value(QLatin1String("State")).toString() == QLatin1String("running");
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
