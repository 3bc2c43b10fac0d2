// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace dd::instance {

// The secret values of one instance, read from the SecretStore by the caller just before a plan
// is made. InstanceSpec only names them; this struct is the one place they meet the plan.
struct ResolvedSecrets
{
    QString key;
    QString secret;
    QString adminPassword;
    QString dbPassword;
    QString dbRootPassword;
    // The values of the extra variables marked secret (EnvVar::secret), by name.
    QMap<QString, QString> env;
    // Set by placeholders(): every value is a marker, envValue() too.
    bool isPlaceholder = false;

    // An extra secret variable's value; in a plan made from placeholders(), its marker
    // ("${secret:extra-env:NAME}").
    QString envValue(const QString &name) const;
    // The "extra-env" entry of the secret store: one JSON object. Empty map, empty bytes.
    static QByteArray envToBytes(const QMap<QString, QString> &env);
    static QMap<QString, QString> envFromBytes(const QByteArray &bytes);

    // Each value replaced by a marker naming it ("${secret:db-password}"). Plans built from these
    // can be hashed, logged or compared without revealing or depending on a secret.
    static ResolvedSecrets placeholders();
};

} // namespace dd::instance
