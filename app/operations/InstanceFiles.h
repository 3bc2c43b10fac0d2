// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceSpec.h"
#include "instance/StackPlan.h"

#include <QObject>

#include <functional>

namespace dd::operations {

// The two files an operation writes for an instance, off the calling thread, the answer back
// on `context`'s thread: done("") on success, done(sentence) on failure.
namespace InstanceFiles {

// The instance's YAML in the instance store.
void saveSpec(QObject *context, const QString &instancesDirectory, const instance::InstanceSpec &spec,
              std::function<void(QString error)> done);
// The compose export next to the instance (AppPaths::instanceFolder), without secrets.
void writeComposeFile(QObject *context, const instance::InstanceSpec &spec, const instance::StackPlan &plan,
                      std::function<void(QString error)> done);

} // namespace InstanceFiles
} // namespace dd::operations
