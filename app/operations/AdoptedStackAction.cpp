// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/AdoptedStackAction.h"

#include "docker/EngineClient.h"
#include "operations/ReadinessWaiter.h"
#include "operations/StackDiscovery.h"

#include <QTimer>
#include <QUrl>

namespace dd::operations {

AdoptedStackAction::AdoptedStackAction(docker::EngineClient &engine, DiscoveredStack stack, Action action, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_stack(std::move(stack))
    , m_action(action)
{
}

void AdoptedStackAction::start()
{
    m_todo = m_stack.containers;  // already in start order
    if (m_action == Action::Stop)
        std::reverse(m_todo.begin(), m_todo.end());
    QTimer::singleShot(0, this, &AdoptedStackAction::next);
}

void AdoptedStackAction::next()
{
    if (m_todo.isEmpty()) {
        Q_EMIT finished(OperationResult::success());
        return;
    }
    const StackContainer container = m_todo.takeFirst();
    if (m_action == Action::Stop) {
        Q_EMIT progress(tr("Stopping %1").arg(container.name));
        connect(m_engine.stopContainer(container.id, 30), &docker::EngineCall::finished, this,
                [this](const docker::EngineResponse &response) {
                    if (!response.ok() && response.error.kind != docker::EngineError::Kind::NotFound) {
                        Q_EMIT finished(OperationResult::fromEngine(response.error));
                        return;
                    }
                    next();
                });
        return;
    }
    Q_EMIT progress(tr("Starting %1").arg(container.name));
    connect(m_engine.startContainer(container.id), &docker::EngineCall::finished, this,
            [this, container](const docker::EngineResponse &response) {
                if (!response.ok()) {
                    Q_EMIT finished(OperationResult::fromEngine(response.error));
                    return;
                }
                waitReady(container);
            });
}

void AdoptedStackAction::waitReady(const StackContainer &container)
{
    // The published port of a stopped container is not listed: look the stack up again now
    // that it runs, to learn where Directus answers.
    auto *discovery = new StackDiscovery(m_engine, this);
    connect(discovery, &StackDiscovery::finished, this,
            [this, discovery, container](const QList<DiscoveredStack> &stacks, const docker::EngineError &) {
                discovery->deleteLater();
                instance::StackPlan::WaitFor waitFor;
                QUrl url;
                if (container.isDirectus()) {
                    for (const DiscoveredStack &s : stacks) {
                        if (s.project == m_stack.project)
                            url = QUrl(s.url());
                    }
                    if (url.isValid() && !url.isEmpty())
                        waitFor = {instance::StackPlan::WaitFor::Kind::HttpPing, QStringLiteral("/server/ping")};
                    m_directusUrl = url;
                } else {
                    waitFor = {instance::StackPlan::WaitFor::Kind::Healthy, {}};
                }
                auto *waiter = new ReadinessWaiter(m_engine, container.id, waitFor, url, this);
                waiter->setPatience(900);
                connect(waiter, &ReadinessWaiter::status, this, &AdoptedStackAction::progress);
                connect(waiter, &ReadinessWaiter::finished, this, [this, waiter](const OperationResult &result) {
                    waiter->deleteLater();
                    if (!result.ok)
                        Q_EMIT finished(result);
                    else
                        next();
                });
                waiter->start();
            });
    discovery->start(m_stack.project);
}

} // namespace dd::operations
