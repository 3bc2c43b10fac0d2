// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupSteps.h"

#include "core/AppPaths.h"
#include "docker/EngineClient.h"
#include "instance/ResolvedSecrets.h"
#include "instance/StackPlan.h"
#include "operations/ReadinessWaiter.h"

#include <QCoreApplication>

namespace dd::backup::BackupSteps {

namespace {

instance::StackPlan planOf(const instance::InstanceSpec &spec)
{
    // Placeholders: nothing here needs a secret, and none should be held longer than needed.
    return instance::StackPlan::make(spec, instance::ResolvedSecrets::placeholders(), AppPaths::instanceFolder(spec.id));
}

} // namespace

QString sqliteFilePath(const instance::InstanceSpec &spec)
{
    const instance::StackPlan plan = planOf(spec);
    if (const auto *directus = plan.container(QStringLiteral("directus"))) {
        for (const QString &entry : directus->spec.env) {
            if (entry.startsWith(QLatin1String("DB_FILENAME=")))
                return entry.mid(int(qstrlen("DB_FILENAME=")));
        }
    }
    return QStringLiteral("/directus/database/database.sqlite");
}

QList<docker::ContainerSpec::Mount> directusMounts(const instance::InstanceSpec &spec)
{
    const instance::StackPlan plan = planOf(spec);
    const auto *directus = plan.container(QStringLiteral("directus"));
    return directus ? directus->spec.mounts : QList<docker::ContainerSpec::Mount>{};
}

void ensureDatabaseRunning(docker::EngineClient &engine, const instance::InstanceSpec &spec,
                           const StackContainers::Found &database, QObject *context,
                           std::function<void(operations::OperationResult)> done)
{
    if (!database.exists()) {
        done(operations::OperationResult::failure(QCoreApplication::translate(
            "Backup", "The database container of %1 does not exist. Start the instance once, then try again.").arg(spec.name)));
        return;
    }
    docker::EngineClient *e = &engine;
    auto wait = [e, database, context, done] {
        auto *waiter = new operations::ReadinessWaiter(*e, database.name, {instance::StackPlan::WaitFor::Kind::Healthy, {}},
                                                       QUrl(), context);
        waiter->setPatience(180);
        QObject::connect(waiter, &operations::ReadinessWaiter::finished, context,
                         [waiter, done](const operations::OperationResult &result) {
                             waiter->deleteLater();
                             done(result);
                         });
        waiter->start();
    };
    if (database.running) {
        wait();
        return;
    }
    QObject::connect(engine.startContainer(database.name), &docker::EngineCall::finished, context,
                     [wait, done](const docker::EngineResponse &started) {
                         if (!started.ok())
                             done(operations::OperationResult::fromEngine(started.error));
                         else
                             wait();
                     });
}

} // namespace dd::backup::BackupSteps
