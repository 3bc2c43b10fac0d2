// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dd::registry {

// What went wrong listing tags, as a value: a kind a caller can branch on and a sentence a
// person understands (what happened and what to do).
struct RegistryError
{
    enum class Kind {
        None,
        Offline,       // no connection: DNS, refused, reset, TLS, timeout
        NotFound,      // 404: the repository does not exist (or is private and we are anonymous)
        AuthRefused,   // 401/403 after the anonymous token flow, or the token service said no
        RateLimited,   // 429: Docker Hub's anonymous pull/API limit
        BadResponse,   // the body was not the JSON the API promises
        Server,        // 5xx or another unexpected status
        Cancelled,     // the caller aborted
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString sentence;

    bool ok() const { return kind == Kind::None; }

    static RegistryError make(Kind kind, QString sentence, int httpStatus = 0);
    // `where` names the registry and repository for the sentence ("ghcr.io/directus/directus").
    static RegistryError offline(const QString &where, const QString &detail);
    static RegistryError notFound(const QString &where);
    static RegistryError authRefused(const QString &where, int httpStatus);
    static RegistryError rateLimited(const QString &where);
    static RegistryError badResponse(const QString &where, const QString &what);
    static RegistryError server(const QString &where, int httpStatus);

    static QString kindName(Kind kind);
};

} // namespace dd::registry
