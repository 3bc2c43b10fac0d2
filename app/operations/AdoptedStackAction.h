// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operations/DiscoveredStack.h"
#include "operations/OperationResult.h"

#include <QObject>
#include <QUrl>

namespace dd::docker {
class EngineClient;
}

namespace dd::operations {

// Starts or stops a stack the app did not make (adopted: e.g. `docker compose up` from the
// Directus guide). The app has no spec for it, so it works from what the engine shows:
// the containers in start order (dependencies first, Directus last; the reverse to stop),
// waiting for health where a container has a healthcheck and for /server/ping on Directus.
// Not journaled: starting or stopping existing containers is safe to simply run again.
class AdoptedStackAction : public QObject
{
    Q_OBJECT
public:
    enum class Action { Start, Stop };
    AdoptedStackAction(docker::EngineClient &engine, DiscoveredStack stack, Action action, QObject *parent = nullptr);

    void start();
    // Start: where Directus answered (its published port 8055), once it did; empty before.
    QUrl directusUrl() const { return m_directusUrl; }

Q_SIGNALS:
    void progress(const QString &text);
    void finished(const dd::operations::OperationResult &result);

private:
    void next();
    void waitReady(const StackContainer &container);

    docker::EngineClient &m_engine;
    DiscoveredStack m_stack;
    Action m_action;
    QList<StackContainer> m_todo;
    QUrl m_directusUrl;
};

} // namespace dd::operations
