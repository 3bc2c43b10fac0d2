// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/ExtraEnvSecrets.h"

#include "instance/EnvRules.h"
#include "instance/ResolvedSecrets.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"

#include <QPointer>
#include <QSet>

namespace dd::operations::ExtraEnvSecrets {

using secrets::SecretKey;
using secrets::SecretResult;

void moveToStore(secrets::SecretStore &store, instance::InstanceSpec spec, QObject *context,
                 std::function<void(instance::InstanceSpec, SecretResult)> done)
{
    QMap<QString, QString> typed;
    QSet<QString> secretNames;
    for (instance::EnvVar &v : spec.extraEnv) {
        if (!v.secret && !v.value.isEmpty() && instance::EnvRules::isSecretName(v.key)) {
            typed.insert(v.key, v.value);
            v.value.clear();
            v.secret = true;
        }
        if (v.secret)
            secretNames.insert(v.key);
    }
    const QString key = SecretKey::forInstance(spec.id, SecretKey::Name::ExtraEnv);
    QPointer<QObject> guard(context);
    QObject::connect(store.read(key), &secrets::SecretJob::finished, context,
                     [&store, spec, typed, secretNames, key, guard, done](const SecretResult &read) {
        if (!read.ok() && read.error != SecretResult::Error::NotFound) {
            done(spec, read);
            return;
        }
        const QMap<QString, QString> before = read.ok() ? instance::ResolvedSecrets::envFromBytes(read.value)
                                                        : QMap<QString, QString>{};
        QMap<QString, QString> after;
        for (auto it = before.begin(); it != before.end(); ++it) {
            if (secretNames.contains(it.key()))
                after.insert(it.key(), it.value());
        }
        for (auto it = typed.begin(); it != typed.end(); ++it)
            after.insert(it.key(), it.value());
        if (after == before) {
            done(spec, SecretResult::success());
            return;
        }
        secrets::SecretJob *job = after.isEmpty() ? store.remove(key)
                                                  : store.write(key, instance::ResolvedSecrets::envToBytes(after));
        QObject::connect(job, &secrets::SecretJob::finished, guard.data(), [spec, done](const SecretResult &written) {
            done(spec, written.ok() || written.error == SecretResult::Error::NotFound ? SecretResult::success() : written);
        });
    });
}

} // namespace dd::operations::ExtraEnvSecrets
