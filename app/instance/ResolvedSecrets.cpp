// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/ResolvedSecrets.h"

#include "secrets/SecretKey.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dd::instance {

ResolvedSecrets ResolvedSecrets::placeholders()
{
    using dd::secrets::SecretKey;
    auto marker = [](SecretKey::Name name) {
        return QStringLiteral("${secret:") + SecretKey::nameOf(name) + QLatin1Char('}');
    };
    ResolvedSecrets s;
    s.key = marker(SecretKey::Name::Key);
    s.secret = marker(SecretKey::Name::Secret);
    s.adminPassword = marker(SecretKey::Name::AdminPassword);
    s.dbPassword = marker(SecretKey::Name::DbPassword);
    s.dbRootPassword = marker(SecretKey::Name::DbRootPassword);
    s.isPlaceholder = true;
    return s;
}

QString ResolvedSecrets::envValue(const QString &name) const
{
    if (isPlaceholder) {
        return QStringLiteral("${secret:") + dd::secrets::SecretKey::nameOf(dd::secrets::SecretKey::Name::ExtraEnv)
            + QLatin1Char(':') + name + QLatin1Char('}');
    }
    return env.value(name);
}

QByteArray ResolvedSecrets::envToBytes(const QMap<QString, QString> &env)
{
    if (env.isEmpty())
        return {};
    QJsonObject object;
    for (auto it = env.begin(); it != env.end(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QMap<QString, QString> ResolvedSecrets::envFromBytes(const QByteArray &bytes)
{
    QMap<QString, QString> env;
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        env.insert(it.key(), it.value().toString());
    return env;
}

} // namespace dd::instance
