// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InstanceListModel.h"
#include "docker/EngineError.h"
#include "operations/DiscoveredStack.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace dd::docker {
class EngineClient;
class EngineConnector;
class EventStream;
}
namespace dd::operations {
class StackDiscovery;
}

namespace dd::ui {

// Keeps the GUI connected to an engine and the list of stacks live, without ever blocking:
//   connect (EngineConnector) → on failure retry with backoff 1, 2, 4, … 30 s (or now, on Retry)
//   connected → follow /events for compose containers → re-run StackDiscovery, coalesced
//   with a 200 ms single-shot timer so a `compose up` of five containers is one discovery
//   the event stream or a discovery says the engine went away → back to connecting.
class EngineWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int coalesceMs = 200;
    static constexpr int maxBackoffSeconds = 30;

    explicit EngineWatcher(QObject *parent = nullptr);
    ~EngineWatcher() override;

    void start();
    // Tries now instead of waiting for the next automatic try (the banner's Retry).
    void retryNow();
    // Re-reads the stacks soon (after an operation of ours finished, say).
    void refreshSoon();

    EngineState state() const { return m_state; }
    docker::EngineClient *client() const;
    // Why no engine answers: the connector's error, then every endpoint tried and why it failed.
    QString problem() const { return m_problem; }
    int failures() const { return m_failures; }
    // A connection attempt is under way (Retry is ignored meanwhile).
    bool isTrying() const { return !m_connector.isNull(); }
    // Wait before the automatic try after `failures` failed ones: 1, 2, 4, 8, 16, 30, 30, …
    static int backoffSeconds(int failures);

Q_SIGNALS:
    void stateChanged(dd::ui::EngineState state);
    void stacksChanged(const QList<dd::operations::DiscoveredStack> &stacks);
    // A connection attempt began (the first, a retry, or after the engine went away).
    void attemptStarted();
    // An automatic try is due in `seconds`.
    void retryScheduled(int seconds);

private:
    void connectNow();
    void onConnectorFinished(bool connected);
    void followEvents();
    void discover();
    void onDiscovered(const QList<operations::DiscoveredStack> &stacks, const docker::EngineError &error);
    void lostEngine(const docker::EngineError &error);
    void setState(EngineState state);

    EngineState m_state = EngineState::Connecting;
    QPointer<docker::EngineConnector> m_connector;
    QPointer<docker::EngineClient> m_client;
    QPointer<docker::EventStream> m_events;
    QPointer<operations::StackDiscovery> m_discovery;
    QTimer m_retry;
    QTimer m_coalesce;
    QString m_problem;
    int m_failures = 0;
    bool m_discovering = false;
    bool m_discoverAgain = false;  // an event arrived while a discovery was running
};

} // namespace dd::ui
