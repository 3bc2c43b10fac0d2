// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace dd::secrets {

// Names of entries in a SecretStore. Keys are "DirectusDesktop/<instance-id>/<name>" and
// globally unique on purpose: on Windows QtKeychain 0.13 ignores the service name and stores
// credentials by key alone, so a short key like "admin-password" would collide across apps.
struct SecretKey
{
    enum class Name { Key, Secret, AdminPassword, DbPassword, DbRootPassword, ExtraEnv };

    // "key", "secret", "admin-password", "db-password", "db-root-password", "extra-env" (the
    // secret extra variables of a taken-over stack, one JSON object)
    static QString nameOf(Name name);

    static QString forInstance(const QString &instanceId, Name name);
    static QString forInstance(const QString &instanceId, const QString &name);

    // Every key an instance may have, so deleting an instance can remove all of them.
    static QStringList allForInstance(const QString &instanceId);
};

} // namespace dd::secrets
