// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretJob.h"

#include <QByteArray>
#include <QString>

namespace dd::secrets {

// Where the app keeps KEY, SECRET and the passwords of its instances: the OS keychain, or
// (by the user's explicit choice) a file only they can read, or nowhere (ask every time).
// Every call returns a new job at once and never blocks; see SecretJob for its lifetime.
// Keys come from SecretKey. Removing a key that does not exist succeeds, so deleting an
// instance can remove all its keys without knowing which were set.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // finished(): value set on success; NotFound if there is no entry.
    virtual SecretJob *read(const QString &key) = 0;
    // Creates or replaces the entry.
    virtual SecretJob *write(const QString &key, const QByteArray &value) = 0;
    virtual SecretJob *remove(const QString &key) = 0;

protected:
    SecretStore() = default;
    Q_DISABLE_COPY_MOVE(SecretStore)
};

} // namespace dd::secrets
