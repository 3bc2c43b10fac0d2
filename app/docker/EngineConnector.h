// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/EngineError.h"
#include "docker/EngineResolver.h"

#include <QObject>
#include <QPointer>

namespace dd::docker {

class EngineClient;

// Finds an engine that answers: resolves the candidates like the docker CLI, then connects to
// each one worth trying, in order, until one answers /_ping. The resolution (with what every
// candidate turned out to be) is kept, so a person can be told why each other one failed.
// Emits finished() once; on success client() is connected and owned by the caller's `parent`.
class EngineConnector : public QObject
{
    Q_OBJECT
public:
    explicit EngineConnector(EngineResolver::Environment environment, QObject *parent = nullptr);

    void start();
    // The connected client (nullptr on failure). Its parent is this connector's parent.
    EngineClient *client() const { return m_client; }
    const EngineResolver::Result &resolution() const { return m_resolution; }
    // The error of the last candidate tried (EngineUnreachable with the explanation if none answered).
    const EngineError &error() const { return m_error; }

Q_SIGNALS:
    void finished(bool connected);

private:
    void tryNext();

    EngineResolver::Environment m_environment;
    EngineResolver::Result m_resolution;
    QPointer<EngineClient> m_client;
    EngineError m_error;
};

} // namespace dd::docker
