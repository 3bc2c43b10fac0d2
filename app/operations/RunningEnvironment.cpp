// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/RunningEnvironment.h"

#include "docker/EngineCall.h"
#include "docker/EngineClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace dd::operations {

namespace {

struct Reading
{
    docker::EngineClient *engine = nullptr;
    QObject *context = nullptr;
    QList<StackContainer> left;
    RunningEnvironment::ByService found;
    std::function<void(RunningEnvironment::ByService)> done;
};

void next(const std::shared_ptr<Reading> &reading)
{
    if (reading->left.isEmpty()) {
        reading->done(reading->found);
        return;
    }
    const StackContainer container = reading->left.takeFirst();
    QObject::connect(reading->engine->inspectContainer(container.id), &docker::EngineCall::finished, reading->context,
                     [reading, service = container.service](const docker::EngineResponse &response) {
                         if (response.ok() && !service.isEmpty()) {
                             QMap<QString, QString> env;
                             const QJsonArray entries =
                                 response.json()[QLatin1String("Config")][QLatin1String("Env")].toArray();
                             for (const QJsonValue &entry : entries) {
                                 const QString text = entry.toString();
                                 const qsizetype eq = text.indexOf(QLatin1Char('='));
                                 if (eq > 0)
                                     env.insert(text.left(eq), text.mid(eq + 1));
                             }
                             reading->found.insert(service, env);
                         }
                         next(reading);
                     });
}

} // namespace

void RunningEnvironment::read(docker::EngineClient &engine, const DiscoveredStack &stack, QObject *context,
                              std::function<void(ByService)> done)
{
    auto reading = std::make_shared<Reading>();
    reading->engine = &engine;
    reading->context = context;
    reading->left = stack.containers;
    reading->done = std::move(done);
    QTimer::singleShot(0, context, [reading] { next(reading); });
}

} // namespace dd::operations
