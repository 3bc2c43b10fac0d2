#pragma once

#include "docker/EngineError.h"
#include "instance/InstanceSpec.h"

#include <QObject>
#include <QString>

#include <functional>

namespace dd::docker {
class EngineClient;
}

namespace dd::backup {

// The containers of one instance, found on the engine by their labels (the instance id and the
// compose service), not by name: an upgrade keeps the old Directus container under another
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
};

} // namespace dd::backup
