// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/EngineError.h"
#include "instance/InstanceSpec.h"
#include "operations/OperationResult.h"

#include <QObject>
#include <QString>

#include <functional>

namespace dd::docker {
class EngineClient;
}

namespace dd::backup {

// The Directus and database containers of one instance, found on the engine by their labels
// (operations::InstanceContainers), not by name: an upgrade keeps the old Directus container under another
// name, and a backup must still find the one the plan names.
struct StackContainers
{
    struct Found
    {
        QString id;
        QString name;
        bool running = false;
        bool exists() const { return !id.isEmpty(); }
    };
    Found directus;
    Found database;
    docker::EngineError error;

    static void find(docker::EngineClient &engine, const instance::InstanceSpec &spec, QObject *context,
                     std::function<void(StackContainers)> done);
    // find() for a job that needs the Directus container: `done` gets a failure with the
    // engine's sentence, or with `noDirectus` when the instance has none; else success.
    static void findWithDirectus(docker::EngineClient &engine, const instance::InstanceSpec &spec, QObject *context,
                                 const QString &noDirectus,
                                 std::function<void(StackContainers, operations::OperationResult)> done);
};

} // namespace dd::backup
