// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineWatcher.h"

#include "core/Logging.h"
#include "docker/EngineClient.h"
#include "docker/EngineConnector.h"
#include "docker/EventStream.h"
#include "instance/StackLabels.h"
#include "operations/StackDiscovery.h"

#include <algorithm>
#include <utility>

namespace dd::ui {

using docker::EngineError;

EngineWatcher::EngineWatcher(QObject *parent)
    : QObject(parent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &EngineWatcher::connectNow);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(coalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &EngineWatcher::discover);
}

EngineWatcher::~EngineWatcher()
{
    if (m_events)
        m_events->cancel();
}

docker::EngineClient *EngineWatcher::client() const
{
    return m_client;
}

void EngineWatcher::start()
{
    connectNow();
}

void EngineWatcher::retryNow()
{
    if (m_state == EngineState::Connected || m_connector)
        return;  // connected, or a try is already under way
    connectNow();
}

void EngineWatcher::refreshSoon()
{
    if (m_state == EngineState::Connected && !m_coalesce.isActive())
        m_coalesce.start();
}

int EngineWatcher::backoffSeconds(int failures)
{
    if (failures <= 1)
        return 1;
    // 2^(n-1), capped before it could overflow.
    return failures > 6 ? maxBackoffSeconds : std::min(1 << (failures - 1), maxBackoffSeconds);
}

void EngineWatcher::connectNow()
{
    m_retry.stop();
    if (m_connector)
        return;
    // Retrying while unreachable stays "unreachable" (no flicker of the banner and the list);
    // attemptStarted() says a try is under way.
    if (m_state != EngineState::Unreachable)
        setState(EngineState::Connecting);
    Q_EMIT attemptStarted();
    // The environment is read anew each time: the user may have started Docker Desktop or
    // fixed DOCKER_HOST's socket since the last try.
    m_connector = new docker::EngineConnector(docker::EngineResolver::Environment::fromProcess(), this);
    connect(m_connector, &docker::EngineConnector::finished, this, &EngineWatcher::onConnectorFinished);
    m_connector->start();
}

void EngineWatcher::onConnectorFinished(bool connected)
{
    docker::EngineConnector *connector = m_connector;
    m_connector = nullptr;
    if (!connector)
        return;
    connector->deleteLater();
    if (connected) {
        m_failures = 0;
        m_problem.clear();
        m_client = connector->client();
        qCInfo(ddUi) << "engine connected:" << connector->resolution().chosenReason;
        setState(EngineState::Connected);
        followEvents();
        discover();
        return;
    }
    ++m_failures;
    const QString sentence = connector->error().sentence;
    const QString explanation = connector->resolution().explain();
    m_problem = sentence.isEmpty() || explanation.contains(sentence) ? explanation
                                                                     : sentence + QStringLiteral("\n\n") + explanation;
    const int wait = backoffSeconds(m_failures);
    m_retry.start(wait * 1000);
    setState(EngineState::Unreachable);
    Q_EMIT retryScheduled(wait);
}

void EngineWatcher::followEvents()
{
    // Only container events of compose projects: that is what a stack's state is made of.
    m_events = m_client->events({{QStringLiteral("type"), {QStringLiteral("container")}},
                                 {QStringLiteral("label"), {instance::kProjectLabel}}});
    m_events->setParent(this);
    connect(m_events, &docker::EventStream::received, this, [this] {
        if (!m_coalesce.isActive())
            m_coalesce.start();
    });
    connect(m_events, &docker::EventStream::finished, this, [this, stream = m_events.data()](const EngineError &error) {
        if (stream != m_events.data())
            return;  // an old stream, already replaced
        m_events->deleteLater();
        m_events = nullptr;
        if (error.kind != EngineError::Kind::Cancelled)
            lostEngine(error.ok() ? EngineError::unreachable(QString(), tr("the event stream ended")) : error);
    });
}

void EngineWatcher::discover()
{
    if (!m_client)
        return;
    if (m_discovering) {
        m_discoverAgain = true;
        return;
    }
    if (!m_discovery) {
        m_discovery = new operations::StackDiscovery(*m_client, this);
        connect(m_discovery, &operations::StackDiscovery::finished, this, &EngineWatcher::onDiscovered);
    }
    m_discovering = true;
    m_discoverAgain = false;
    m_discovery->start();
}

void EngineWatcher::onDiscovered(const QList<operations::DiscoveredStack> &stacks, const EngineError &error)
{
    m_discovering = false;
    if (error.kind == EngineError::Kind::EngineUnreachable) {
        lostEngine(error);
        return;
    }
    if (error)
        qCWarning(ddUi) << "stack discovery failed:" << error.sentence;
    else
        Q_EMIT stacksChanged(stacks);
    if (m_discoverAgain && !m_coalesce.isActive())
        m_coalesce.start();
}

void EngineWatcher::lostEngine(const EngineError &error)
{
    if (m_state != EngineState::Connected)
        return;
    qCWarning(ddUi) << "engine lost:" << error.sentence;
    m_coalesce.stop();
    // Cleared before the cancel: cancel() reports finished() synchronously (the reply's abort()),
    // and that handler must take it for an old stream instead of clearing m_events under us.
    if (docker::EventStream *events = std::exchange(m_events, nullptr)) {
        events->cancel();
        events->deleteLater();
    }
    // The discovery holds a reference to the client, so both go together.
    if (m_discovery)
        m_discovery->deleteLater();
    if (m_client)
        m_client->deleteLater();
    m_discovery = nullptr;
    m_client = nullptr;
    m_discovering = false;
    connectNow();  // an engine restart is usually over in a second; the backoff covers the rest
}

void EngineWatcher::setState(EngineState state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace dd::ui
