// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/ResolvedSecrets.h"

#include "secrets/SecretKey.h"

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
    return s;
}

} // namespace dd::instance
