// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/EngineConnector.h"

#include "docker/EngineClient.h"

#include <QTimer>

namespace dd::docker {

EngineConnector::EngineConnector(EngineResolver::Environment environment, QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
{
}

void EngineConnector::start()
{
    m_resolution = EngineResolver::resolve(m_environment);
    // Deferred, so a caller connecting to finished() after start() never misses it.
    QTimer::singleShot(0, this, &EngineConnector::tryNext);
}

void EngineConnector::tryNext()
{
    if (!m_resolution.chosen) {
        // A refused socket says more (docker group) than "nothing answered".
        if (m_error.kind != EngineError::Kind::PermissionDenied)
            m_error = EngineError::make(EngineError::Kind::EngineUnreachable, m_resolution.explain());
        Q_EMIT finished(false);
        return;
    }
    const EngineEndpoint endpoint = *m_resolution.chosen;
    auto *client = new EngineClient(endpoint, parent());
    EngineCall *call = client->connectToEngine();
    connect(call, &EngineCall::finished, this, [this, client, endpoint](const EngineResponse &response) {
        if (response.ok()) {
            m_client = client;
            m_error = EngineError::none();
            Q_EMIT finished(true);
            return;
        }
        m_error = response.error;
        client->deleteLater();
        const auto status = response.error.kind == EngineError::Kind::PermissionDenied
            ? EngineResolver::Status::PermissionDenied
            : EngineResolver::Status::NotAnEngine;
        m_resolution.setStatus(endpoint, status, response.error.sentence);
        tryNext();
    });
}

} // namespace dd::docker
