// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/HelperContainer.h"

#include "docker/EngineClient.h"
#include "instance/StackLabels.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

namespace dd::backup {

void HelperContainer::run(docker::EngineClient &engine, const QString &name, const QString &image,
                          const QList<docker::ContainerSpec::Mount> &mounts, const QString &instanceId,
                          const QStringList &command, QObject *context, std::function<void(operations::OperationResult)> done)
{
    using operations::OperationResult;
    docker::ContainerSpec helper;
    helper.image = image;
    helper.user = QStringLiteral("0:0");
    helper.entrypoint = command;
    helper.mounts = mounts;
    helper.labels = {{instance::kInstanceLabel, instanceId}, {instance::kHelperLabel, QStringLiteral("restore")}};
    docker::EngineClient *e = &engine;
    // The removal must happen even if `context` is gone by then; `done` only if it is not.
    auto finish = [e, name, done, guard = QPointer<QObject>(context)](OperationResult result) {
        QObject::connect(e->removeContainer(name, true), &docker::EngineCall::finished, e,
                         [done, result, guard](const docker::EngineResponse &) {
                             if (guard)
                                 done(result);
                         });
    };
    // A helper left by an interrupted run would block the name: remove it first.
    QObject::connect(e->removeContainer(name, true), &docker::EngineCall::finished, context,
                     [e, name, helper, context, finish](const docker::EngineResponse &) {
        QObject::connect(e->createContainer(name, helper), &docker::EngineCall::finished, context,
                         [e, name, context, finish](const docker::EngineResponse &created) {
            if (!created.ok()) {
                finish(OperationResult::fromEngine(created.error));
                return;
            }
            QObject::connect(e->startContainer(name), &docker::EngineCall::finished, context,
                             [e, name, context, finish](const docker::EngineResponse &started) {
                if (!started.ok()) {
                    finish(OperationResult::fromEngine(started.error));
                    return;
                }
                QObject::connect(e->waitContainer(name), &docker::EngineCall::finished, context,
                                 [finish](const docker::EngineResponse &waited) {
                    const int code = waited.json().object().value(QLatin1String("StatusCode")).toInt(-1);
                    if (!waited.ok())
                        finish(OperationResult::fromEngine(waited.error));
                    else if (code != 0)
                        finish(OperationResult::failure(QCoreApplication::translate(
                            "Backup", "The helper container that prepares the files exited with %1.").arg(code)));
                    else
                        finish(OperationResult::success());
                });
            });
        });
    });
}

} // namespace dd::backup
