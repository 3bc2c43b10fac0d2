// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/RegistrySource.h"

#include <QCryptographicHash>
#include <QUrlQuery>

namespace dd::registry {

namespace {

QUrl https(const char *host)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QLatin1String(host));
    return url;
}

// Base URLs may be given with or without a trailing slash or path prefix (a mirror behind a
// reverse proxy at https://host/registry); API paths are appended to whatever path is there.
QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

} // namespace

RegistrySource RegistrySource::dockerHub(const QString &repository)
{
    return {Api::RegistryV2, https("registry-1.docker.io"), repository, true};
}

RegistrySource RegistrySource::dockerHubApi(const QString &repository)
{
    return {Api::DockerHubTags, https("hub.docker.com"), repository, true};
}

RegistrySource RegistrySource::ghcr(const QString &repository)
{
    return {Api::RegistryV2, https("ghcr.io"), repository, false};
}

RegistrySource RegistrySource::mirror(const QUrl &baseUrl, const QString &repository)
{
    return {Api::RegistryV2, baseUrl, repository, true};
}

RegistrySource RegistrySource::plain(const QUrl &baseUrl, const QString &repository)
{
    return {Api::RegistryV2, baseUrl, repository, isDockerHubHost(baseUrl.host())};
}

bool RegistrySource::isDockerHubHost(const QString &host)
{
    const QString h = host.toLower();
    return h == QLatin1String("docker.io") || h == QLatin1String("registry-1.docker.io")
        || h == QLatin1String("index.docker.io") || h == QLatin1String("hub.docker.com");
}

QString RegistrySource::effectiveRepository() const
{
    QString repo = repository.trimmed();
    while (repo.startsWith(QLatin1Char('/')))
        repo.remove(0, 1);
    if (dockerHubNames && !repo.isEmpty() && !repo.contains(QLatin1Char('/')))
        return QLatin1String("library/") + repo;
    return repo;
}

QString RegistrySource::displayName() const
{
    const QString host = baseUrl.port() > 0 ? baseUrl.host() + QLatin1Char(':') + QString::number(baseUrl.port())
                                            : baseUrl.host();
    return host + QLatin1Char('/') + effectiveRepository();
}

QString RegistrySource::cacheKey() const
{
    // Readable prefix for a person looking in the folder, hash so that two sources never
    // share a file even when the readable part collides after sanitising.
    const QString identity = (api == Api::DockerHubTags ? QStringLiteral("hub|") : QStringLiteral("v2|"))
        + baseUrl.toString(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments) + QLatin1Char('|')
        + effectiveRepository();
    QString readable = displayName();
    for (QChar &c : readable) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    const QByteArray hash = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return readable.left(80) + QLatin1Char('-') + QString::fromLatin1(hash);
}

QUrl RegistrySource::firstPageUrl(int pageSize) const
{
    QUrlQuery query;
    if (api == Api::DockerHubTags) {
        QUrl url = withPath(baseUrl, QLatin1String("/v2/repositories/") + effectiveRepository() + QLatin1String("/tags"));
        query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
        url.setQuery(query);
        return url;
    }
    QUrl url = withPath(baseUrl, QLatin1String("/v2/") + effectiveRepository() + QLatin1String("/tags/list"));
    query.addQueryItem(QStringLiteral("n"), QString::number(pageSize));
    url.setQuery(query);
    return url;
}

} // namespace dd::registry
