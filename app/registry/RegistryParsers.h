// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace dd::registry {

// The pure part of talking to registries: bytes and header values in, values out. No network,
// no state, so each function is unit tested with recorded answers and fuzzed. Every parser
// treats its input as hostile (it comes from whatever the registry setting points at).
// `why`, when asked for, is a translated clause that ends up in the error sentence.
class RegistryParsers
{
public:
    // GET /v2/<repo>/tags/list: {"name": "...", "tags": ["...", ...]}. "tags" may be null for a
    // repository whose tags were all deleted. Entries that are not valid tag names are dropped
    // (counted in `dropped`), so one odd entry does not hide the rest.
    struct TagListPage
    {
        QString name;
        QStringList tags;
        int dropped = 0;
    };
    static std::optional<TagListPage> parseTagList(QByteArrayView body, QString *why = nullptr);

    // Docker Hub's /v2/repositories/<ns>/<repo>/tags page: {"count", "next", "results": [{"name"}]}.
    struct HubPage
    {
        QStringList tags;
        QUrl next;  // empty on the last page
        int dropped = 0;
    };
    static std::optional<HubPage> parseHubPage(QByteArrayView body, const QUrl &requestUrl, QString *why = nullptr);

    // RFC 8288 Link header: the target of rel="next", resolved against the request URL (the
    // distribution registry sends a path-only reference). Empty when there is none or it is
    // not http(s).
    static QUrl parseNextLink(QByteArrayView linkHeader, const QUrl &requestUrl);

    // WWW-Authenticate: Bearer realm="https://auth.docker.io/token",service="...",scope="..."
    struct BearerChallenge
    {
        QUrl realm;
        QString service;
        QString scope;
    };
    static std::optional<BearerChallenge> parseBearerChallenge(QByteArrayView header);

    // The token service's answer: {"token": "..."} (Docker Hub, GHCR) or {"access_token": "..."}
    // (OAuth2 style). Empty when neither is a usable header value.
    static QByteArray parseToken(QByteArrayView body);

    // The OCI distribution spec's tag grammar: [A-Za-z0-9_][A-Za-z0-9._-]{0,127}.
    static bool isValidTagName(QStringView tag);
};

} // namespace dd::registry
