// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretKey.h"

namespace dd::secrets {

QString SecretKey::nameOf(Name name)
{
    switch (name) {
    case Name::Key:
        return QStringLiteral("key");
    case Name::Secret:
        return QStringLiteral("secret");
    case Name::AdminPassword:
        return QStringLiteral("admin-password");
    case Name::DbPassword:
        return QStringLiteral("db-password");
    case Name::DbRootPassword:
        return QStringLiteral("db-root-password");
    case Name::ExtraEnv:
        return QStringLiteral("extra-env");
    }
    return {};
}

QString SecretKey::forInstance(const QString &instanceId, Name name)
{
    return forInstance(instanceId, nameOf(name));
}

QString SecretKey::forInstance(const QString &instanceId, const QString &name)
{
    // A '/' inside either part would make two different (id, name) pairs share a key.
    Q_ASSERT(!instanceId.isEmpty() && !instanceId.contains(QLatin1Char('/')));
    Q_ASSERT(!name.isEmpty() && !name.contains(QLatin1Char('/')));
    return QStringLiteral("DirectusDesktop/%1/%2").arg(instanceId, name);
}

QStringList SecretKey::allForInstance(const QString &instanceId)
{
    QStringList keys;
    for (Name name : {Name::Key, Name::Secret, Name::AdminPassword, Name::DbPassword, Name::DbRootPassword, Name::ExtraEnv})
        keys.append(forInstance(instanceId, name));
    return keys;
}

} // namespace dd::secrets
