// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceSpec.h"
#include "secrets/SecretResult.h"

#include <QObject>

#include <functional>

namespace dd::secrets {
class SecretStore;
}

namespace dd::operations {

// The extra environment a person typed (Settings, a script's spec) may hold passwords and
// tokens: SMTP_PASSWORD, STORAGE_S3_SECRET, AUTH_GITHUB_CLIENT_SECRET. Before the spec is saved,
// every value whose name marks it secret (EnvRules::isSecretName) goes to the instance's
// "extra-env" entry of the secret store, as an import puts them there, and the spec keeps only
// its name (EnvVar::secret): no such value reaches the instance file, the journal or a compose
// file. Secret names the spec no longer has are dropped from the entry.
namespace ExtraEnvSecrets {

// `done` runs on `context`'s thread with the spec to save, or with the store's error (then the
// spec must not be saved: the values would be lost).
void moveToStore(secrets::SecretStore &store, instance::InstanceSpec spec, QObject *context,
                 std::function<void(instance::InstanceSpec, secrets::SecretResult)> done);

} // namespace ExtraEnvSecrets
} // namespace dd::operations
