// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace dd::registry {

// Where a tag list comes from: an API, a base URL and a repository. A value type, so a
// setting (mirror, GHCR, the loopback registry in tests) is just another instance of it.
struct RegistrySource
{
    enum class Api {
        RegistryV2,     // GET <base>/v2/<repo>/tags/list (any OCI distribution registry)
        DockerHubTags,  // GET <base>/v2/repositories/<ns>/<repo>/tags (hub.docker.com only)
    };

    Api api = Api::RegistryV2;
    QUrl baseUrl;
    QString repository;  // as a person writes it: "directus/directus", "busybox"
    // Docker Hub keeps single-name repositories under "library/"; its mirrors do too, so the
    // rule belongs to the naming scheme, not to the host.
    bool dockerHubNames = false;

    static RegistrySource dockerHub(const QString &repository);     // registry-1.docker.io, v2 API
    static RegistrySource dockerHubApi(const QString &repository);  // hub.docker.com tags API
    static RegistrySource ghcr(const QString &repository);
    // A Docker Hub mirror or pull-through cache: v2 API with Docker Hub's names.
    static RegistrySource mirror(const QUrl &baseUrl, const QString &repository);
    // Any other v2 registry; single names are taken as written (unless the host is Docker Hub's).
    static RegistrySource plain(const QUrl &baseUrl, const QString &repository);

    // The repository path the API expects ("library/busybox" on Docker Hub).
    QString effectiveRepository() const;
    // "127.0.0.1:5000/directus/directus", for sentences and logs.
    QString displayName() const;
    // Stable across runs; distinct for two registries holding the same repository.
    QString cacheKey() const;
    // The first URL of the listing, `pageSize` tags per page.
    QUrl firstPageUrl(int pageSize) const;

    static bool isDockerHubHost(const QString &host);
};

} // namespace dd::registry
