// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/StackContainers.h"
#include "docker/ContainerSpec.h"
#include "instance/InstanceSpec.h"
#include "operations/OperationResult.h"

#include <QObject>
#include <QString>

#include <functional>

namespace dd::docker {
class EngineClient;
}

namespace dd::backup::BackupSteps {

// Where the SQLite file is inside the Directus container: DB_FILENAME of the plan (the
// image's default unless the user set their own).
QString sqliteFilePath(const instance::InstanceSpec &spec);

// The mounts of the instance's Directus container (uploads, extensions, and the SQLite folder).
QList<docker::ContainerSpec::Mount> directusMounts(const instance::InstanceSpec &spec);

// Starts the database container if it is stopped and waits until its health check passes.
void ensureDatabaseRunning(docker::EngineClient &engine, const instance::InstanceSpec &spec,
                           const StackContainers::Found &database, QObject *context,
                           std::function<void(operations::OperationResult)> done);

} // namespace dd::backup::BackupSteps
