// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operations/DiscoveredStack.h"

#include <QMap>
#include <QObject>
#include <QString>

#include <functional>

namespace dd::docker {
class EngineClient;
}

namespace dd::operations {

// The environment each container of a stack was started with (Config.Env), by Compose service.
// A stack's compose file may take its secrets from the shell that ran `docker compose up`
// (${DB_PASSWORD}); that shell is gone when the stack is taken over, but the containers kept
// the values, so the take-over reads them here (ComposeImporter::variablesFromContainers).
class RunningEnvironment
{
public:
    using ByService = QMap<QString, QMap<QString, QString>>;

    // Inspects the containers one after the other; one that cannot be inspected is left out.
    // `done` runs on `context`'s thread, never before this returns.
    static void read(docker::EngineClient &engine, const DiscoveredStack &stack, QObject *context,
                     std::function<void(ByService)> done);
};

} // namespace dd::operations
