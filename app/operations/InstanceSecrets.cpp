// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/InstanceSecrets.h"

#include "secrets/SecretGenerator.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace dd::operations {

namespace {

using Name = secrets::SecretKey::Name;
constexpr Name kOrder[] = {Name::Key,        Name::Secret,         Name::AdminPassword,
                           Name::DbPassword, Name::DbRootPassword, Name::ExtraEnv};
constexpr int kCount = int(std::size(kOrder));

} // namespace

InstanceSecrets::InstanceSecrets(secrets::SecretStore &store, QString instanceId, bool externalDatabase, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_instanceId(std::move(instanceId))
    , m_external(externalDatabase)
{
}

QString *InstanceSecrets::slotFor(int index)
{
    switch (kOrder[index]) {
    case Name::Key: return &m_values.key;
    case Name::Secret: return &m_values.secret;
    case Name::AdminPassword: return &m_values.adminPassword;
    case Name::DbPassword: return &m_values.dbPassword;
    case Name::DbRootPassword: return &m_values.dbRootPassword;
    case Name::ExtraEnv: return &m_extraEnvText;
    }
    return nullptr;
}

void InstanceSecrets::resolveFor(secrets::SecretStore &store, const instance::InstanceSpec &spec, bool generateMissing,
                                 QObject *context,
                                 std::function<void(instance::ResolvedSecrets, secrets::SecretResult)> done)
{
    auto *resolver =
        new InstanceSecrets(store, spec.id, spec.databaseKind == instance::DatabaseKind::External, context);
    QStringList secretVars;
    for (const instance::EnvVar &v : spec.extraEnv) {
        if (v.secret)
            secretVars.append(v.key);
    }
    connect(resolver, &InstanceSecrets::finished, context,
            [resolver, done, secretVars](const instance::ResolvedSecrets &values, const secrets::SecretResult &error) {
                resolver->deleteLater();
                if (error.ok()) {
                    for (const QString &name : secretVars) {
                        if (!values.env.contains(name)) {
                            done(values, secrets::SecretResult::failure(
                                             secrets::SecretResult::Error::NotFound,
                                             QCoreApplication::translate("Operations",
                                                 "The value of %1 is missing from the secret store. Import the "
                                                 "compose file again, or remove %1 in the instance's Settings.")
                                                 .arg(name)));
                            return;
                        }
                    }
                }
                done(values, error);
            });
    resolver->resolve(generateMissing);
}

void InstanceSecrets::resolve(bool generateMissing)
{
    m_mode = Mode::Resolve;
    m_generateMissing = generateMissing;
    m_index = 0;
    QTimer::singleShot(0, this, &InstanceSecrets::next);
}

void InstanceSecrets::store(const instance::ResolvedSecrets &values)
{
    m_mode = Mode::Store;
    m_values = values;
    m_extraEnvText = QString::fromUtf8(instance::ResolvedSecrets::envToBytes(values.env));
    m_index = 0;
    QTimer::singleShot(0, this, &InstanceSecrets::next);
}

void InstanceSecrets::removeAll()
{
    m_mode = Mode::Remove;
    m_index = 0;
    QTimer::singleShot(0, this, &InstanceSecrets::next);
}

void InstanceSecrets::advance(const secrets::SecretResult &result)
{
    if (!result.ok()) {
        Q_EMIT finished(m_values, result);
        return;
    }
    ++m_index;
    next();
}

void InstanceSecrets::next()
{
    if (m_index >= kCount) {
        if (m_mode == Mode::Resolve)
            m_values.env = instance::ResolvedSecrets::envFromBytes(m_extraEnvText.toUtf8());
        Q_EMIT finished(m_values, secrets::SecretResult::success());
        return;
    }
    const Name name = kOrder[m_index];
    const QString key = secrets::SecretKey::forInstance(m_instanceId, name);
    QString *slot = slotFor(m_index);

    if (m_mode == Mode::Remove) {
        connect(m_store.remove(key), &secrets::SecretJob::finished, this, &InstanceSecrets::advance);
        return;
    }
    if (m_mode == Mode::Store) {
        if (slot->isEmpty()) {
            ++m_index;
            next();
            return;
        }
        connect(m_store.write(key, slot->toUtf8()), &secrets::SecretJob::finished, this, &InstanceSecrets::advance);
        return;
    }

    connect(m_store.read(key), &secrets::SecretJob::finished, this, [this, name, key, slot](const secrets::SecretResult &r) {
        if (r.ok()) {
            *slot = QString::fromUtf8(r.value);
            ++m_index;
            next();
            return;
        }
        // Only a taken-over stack has secret extra variables; none is ever generated.
        if (name == Name::ExtraEnv && r.error == secrets::SecretResult::Error::NotFound) {
            ++m_index;
            next();
            return;
        }
        if (r.error != secrets::SecretResult::Error::NotFound || !m_generateMissing) {
            Q_EMIT finished(m_values, r.error == secrets::SecretResult::Error::NotFound
                                          ? secrets::SecretResult::failure(
                                              r.error,
                                              QCoreApplication::translate("Operations",
                                                  "The instance's secret \"%1\" is missing from the secret store. "
                                                  "Import the instance again or set the secret in Settings.")
                                                  .arg(secrets::SecretKey::nameOf(name)))
                                          : r);
            return;
        }
        if (m_external && name == Name::DbPassword) {
            Q_EMIT finished(m_values, secrets::SecretResult::failure(
                                          secrets::SecretResult::Error::NotFound,
                                          QCoreApplication::translate("Operations",
                                              "The password of the external database server is not set. "
                                              "Enter it for this instance; the app cannot invent it.")));
            return;
        }
        const bool token = name == Name::Key || name == Name::Secret;
        *slot = token ? secrets::SecretGenerator::generateToken() : secrets::SecretGenerator::generatePassword();
        connect(m_store.write(key, slot->toUtf8()), &secrets::SecretJob::finished, this, &InstanceSecrets::advance);
    });
}

} // namespace dd::operations
