// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/RegistryError.h"

#include "registry/RegistryTr.h"

namespace dd::registry {

RegistryError RegistryError::make(Kind kind, QString sentence, int httpStatus)
{
    RegistryError e;
    e.kind = kind;
    e.sentence = std::move(sentence);
    e.httpStatus = httpStatus;
    return e;
}

RegistryError RegistryError::offline(const QString &where, const QString &detail)
{
    return make(Kind::Offline,
                Tr::tr("Could not reach the registry for %1 (%2). Check the network connection or the registry "
                       "address in the settings.")
                    .arg(where, detail));
}

RegistryError RegistryError::notFound(const QString &where)
{
    return make(Kind::NotFound,
                Tr::tr("The registry has no repository %1. Check the image name and the registry address.").arg(where),
                404);
}

RegistryError RegistryError::authRefused(const QString &where, int httpStatus)
{
    return make(Kind::AuthRefused,
                Tr::tr("The registry refused to list the tags of %1 without signing in (HTTP %2). The repository "
                       "may be private.")
                    .arg(where)
                    .arg(httpStatus),
                httpStatus);
}

RegistryError RegistryError::rateLimited(const QString &where)
{
    return make(Kind::RateLimited,
                Tr::tr("The registry is limiting requests for %1 right now. Try again in a few minutes.").arg(where),
                429);
}

RegistryError RegistryError::badResponse(const QString &where, const QString &what)
{
    return make(Kind::BadResponse,
                Tr::tr("The registry answered for %1 with something that is not a tag list (%2). The registry "
                       "address may point at another service.")
                    .arg(where, what));
}

RegistryError RegistryError::server(const QString &where, int httpStatus)
{
    return make(Kind::Server,
                Tr::tr("The registry failed to list the tags of %1 (HTTP %2). Try again later.")
                    .arg(where)
                    .arg(httpStatus),
                httpStatus);
}

QString RegistryError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("None");
    case Kind::Offline: return QStringLiteral("Offline");
    case Kind::NotFound: return QStringLiteral("NotFound");
    case Kind::AuthRefused: return QStringLiteral("AuthRefused");
    case Kind::RateLimited: return QStringLiteral("RateLimited");
    case Kind::BadResponse: return QStringLiteral("BadResponse");
    case Kind::Server: return QStringLiteral("Server");
    case Kind::Cancelled: return QStringLiteral("Cancelled");
    }
    return {};
}

} // namespace dd::registry
