// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/ContainerBringUp.h"

#include "docker/EngineClient.h"
#include "docker/ExecJob.h"
#include "instance/StackLabels.h"
#include "operations/ReadinessWaiter.h"

#include <QJsonObject>

namespace dd::operations {

ContainerBringUp::ContainerBringUp(docker::EngineClient &engine, instance::InstanceSpec spec,
                                   instance::StackPlan::Container container, QUrl directusUrl, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_spec(std::move(spec))
    , m_container(std::move(container))
    , m_url(std::move(directusUrl))
{
}

void ContainerBringUp::finish(OperationResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
}

void ContainerBringUp::start()
{
    connect(m_engine.inspectContainer(m_container.name), &docker::EngineCall::finished, this,
            [this](const docker::EngineResponse &inspected) {
                if (!inspected.ok()) {
                    if (inspected.error.kind == docker::EngineError::Kind::NotFound) {
                        m_wasMissing = true;
                        createAndStart();
                    }
                    else
                        finish(OperationResult::fromEngine(inspected.error));
                    return;
                }
                const QJsonObject labels = inspected.json().object().value(QLatin1String("Config")).toObject()
                                               .value(QLatin1String("Labels")).toObject();
                if (labels.value(instance::kInstanceLabel).toString() != m_spec.id) {
                    finish(OperationResult::failure(
                        tr("A container named %1 already exists and does not belong to this instance. Choose another "
                           "instance name, or rename or remove that container (docker rm %1) if you no longer need it.")
                            .arg(m_container.name),
                        docker::EngineError::Kind::Conflict));
                    return;
                }
                if (labels.value(instance::kConfigHashLabel).toString() == m_container.spec.labels.value(instance::kConfigHashLabel)) {
                    startAndWait();
                    return;
                }
                // Ours, but made from other settings: replace it. Its data lives in volumes or folders.
                Q_EMIT progress(tr("Recreating %1 with the new settings").arg(m_container.name));
                connect(m_engine.stopContainer(m_container.name, 30), &docker::EngineCall::finished, this,
                        [this](const docker::EngineResponse &) {
                            connect(m_engine.removeContainer(m_container.name, true), &docker::EngineCall::finished,
                                    this, [this](const docker::EngineResponse &removed) {
                                        if (!removed.ok())
                                            finish(OperationResult::fromEngine(removed.error));
                                        else
                                            createAndStart();
                                    });
                        });
            });
}

void ContainerBringUp::createAndStart()
{
    connect(m_engine.createContainer(m_container.name, m_container.spec), &docker::EngineCall::finished, this,
            [this](const docker::EngineResponse &created) {
                if (!created.ok()) {
                    finish(OperationResult::fromEngine(created.error));
                    return;
                }
                Q_EMIT this->created(m_container.name);
                startAndWait();
            });
}

void ContainerBringUp::startAndWait()
{
    connect(m_engine.startContainer(m_container.name), &docker::EngineCall::finished, this,
            [this](const docker::EngineResponse &started) {
                if (!started.ok()) {
                    OperationResult failure = OperationResult::fromEngine(started.error);
                    if (started.error.kind == docker::EngineError::Kind::PortInUse)
                        failure.sentence = tr("Port %1 on %2 is taken by another program. Pick another port for this "
                                              "instance (Settings, or `port:` in its spec) and start it again.")
                                               .arg(m_spec.hostPort)
                                               .arg(m_spec.bindAddress);
                    finish(failure);
                    return;
                }
                auto *waiter = new ReadinessWaiter(m_engine, m_container.name, m_container.waitFor, m_url, this);
                connect(waiter, &ReadinessWaiter::status, this, &ContainerBringUp::progress);
                connect(waiter, &ReadinessWaiter::finished, this, [this, waiter](const OperationResult &result) {
                    waiter->deleteLater();
                    if (!result.ok)
                        finish(result);
                    else
                        runWhenReady();
                });
                waiter->start();
            });
}

void ContainerBringUp::runWhenReady()
{
    if (m_container.execWhenReady.isEmpty()) {
        finish(OperationResult::success());
        return;
    }
    docker::ExecJob *job = m_engine.exec(m_container.name, m_container.execWhenReady);
    connect(job, &docker::ExecJob::finished, this, [this, job](const docker::ExecResult &result) {
        job->deleteLater();
        if (result.exitCode != 0) {
            OperationResult failure = OperationResult::failure(
                tr("Preparing the database in %1 failed (exit code %2).").arg(m_container.name).arg(result.exitCode));
            failure.logTail = QString::fromUtf8(result.stderrData + result.stdoutData).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            finish(failure);
            return;
        }
        finish(OperationResult::success());
    });
}

} // namespace dd::operations
