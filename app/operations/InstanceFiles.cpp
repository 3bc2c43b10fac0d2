// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/InstanceFiles.h"

#include "core/AppPaths.h"
#include "core/Background.h"
#include "instance/ComposeExporter.h"
#include "instance/InstanceStore.h"

namespace dd::operations::InstanceFiles {

void saveSpec(QObject *context, const QString &instancesDirectory, const instance::InstanceSpec &spec,
              std::function<void(QString)> done)
{
    runInBackground<instance::StoreResult>(
        context, [instancesDirectory, spec] { return instance::InstanceStore(instancesDirectory).save(spec); },
        [done](const instance::StoreResult &result) { done(result ? QString() : result.error); });
}

void writeComposeFile(QObject *context, const instance::InstanceSpec &spec, const instance::StackPlan &plan,
                      std::function<void(QString)> done)
{
    const QString folder = AppPaths::instanceFolder(spec.id);
    runInBackground<instance::StoreResult>(
        context, [folder, spec, plan] { return instance::ComposeExporter::writeFiles(folder, spec, plan); },
        [done](const instance::StoreResult &result) { done(result ? QString() : result.error); });
}

} // namespace dd::operations::InstanceFiles
