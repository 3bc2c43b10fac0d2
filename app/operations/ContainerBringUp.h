// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceSpec.h"
#include "instance/StackPlan.h"
#include "operations/OperationResult.h"

#include <QObject>
#include <QUrl>

namespace dd::docker {
class EngineClient;
}

namespace dd::operations {

// Brings one planned container up and waits until it is ready: reused when it is ours with the
// same configuration, recreated when it is ours with another (its data lives in volumes or
// folders), created when missing, refused when someone else's container has its name. Then
// started, waited for (ReadinessWaiter: never killed while it migrates) and, for SQL Server,
// prepared by an exec. The create and upgrade operations share it.
class ContainerBringUp : public QObject
{
    Q_OBJECT
public:
    ContainerBringUp(docker::EngineClient &engine, instance::InstanceSpec spec, instance::StackPlan::Container container,
                     QUrl directusUrl, QObject *parent = nullptr);
    void start();
    // The container did not exist when start() looked for it (made, not started).
    bool wasMissing() const { return m_wasMissing; }

Q_SIGNALS:
    void progress(const QString &text);
    void created(const QString &containerName);  // this run made the container (a rollback may remove it)
    void finished(const dd::operations::OperationResult &result);

private:
    void createAndStart();
    void startAndWait();
    void runWhenReady();
    void finish(OperationResult result);

    docker::EngineClient &m_engine;
    instance::InstanceSpec m_spec;
    instance::StackPlan::Container m_container;
    QUrl m_url;
    bool m_finished = false;
    bool m_wasMissing = false;
};

} // namespace dd::operations
