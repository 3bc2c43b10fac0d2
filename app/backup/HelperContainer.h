// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/ContainerSpec.h"
#include "operations/OperationResult.h"

#include <QObject>
#include <QString>

#include <functional>

namespace dd::docker {
class EngineClient;
}

namespace dd::backup {

// Runs a one-shot command as root in a throwaway container that has the same data mounts as
// the instance's (stopped) Directus container: how a restore empties the uploads and
// extensions before the archived ones go in, and gives them back to uid 1000 afterwards. The
// Directus image is used because it is already there; the command is node's (see
// NodeHelperScripts), since not every Directus image has a shell. The container is removed
// whatever happens.
class HelperContainer
{
public:
    static void run(docker::EngineClient &engine, const QString &name, const QString &image,
                    const QList<docker::ContainerSpec::Mount> &mounts, const QString &instanceId, const QStringList &command,
                    QObject *context, std::function<void(operations::OperationResult)> done);
};

} // namespace dd::backup
