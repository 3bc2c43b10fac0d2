// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/EngineError.h"
#include "operations/DiscoveredStack.h"

#include <QList>
#include <QObject>
#include <QString>

namespace dd::docker {
class EngineClient;
}

namespace dd::operations {

// Finds the Directus stacks on the engine: compose projects that are ours
// (org.directusdesktop.instance) or that contain a Directus container ("adopted", e.g. made by
// `docker compose up` from the Directus guide). One GET /containers/json?all=1 filtered by the
// compose project label; states and health come from that list (see StackContainer::fromListEntry).
class StackDiscovery : public QObject
{
    Q_OBJECT
public:
    explicit StackDiscovery(docker::EngineClient &engine, QObject *parent = nullptr);

    // "" = every stack. finished() is always emitted asynchronously, once per start().
    void start(const QString &project = {});

Q_SIGNALS:
    void finished(const QList<dd::operations::DiscoveredStack> &stacks, const dd::docker::EngineError &error);

private:
    docker::EngineClient &m_engine;
};

} // namespace dd::operations
