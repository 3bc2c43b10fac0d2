// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/RegistrySettings.h"

#include "core/AppPaths.h"
#include "core/AppSettings.h"

namespace dd::registry::RegistrySettings {

namespace {
QString configuredUrl()
{
    const QString fromEnv = qEnvironmentVariable("DD_REGISTRY_URL");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return AppSettings::registryUrl();
}
} // namespace

RegistrySource sourceFor(instance::ProductLine line)
{
    const QString repository = instance::imageRepository(line);
    const QString url = configuredUrl();
    if (url.isEmpty())
        return RegistrySource::dockerHub(repository);
    return RegistrySource::mirror(QUrl(url), repository);
}

TagCatalogLoader::Settings loaderSettings(bool forceRefresh)
{
    TagCatalogLoader::Settings settings;
    settings.cacheDir = AppPaths::dataDir() + QStringLiteral("/cache/tags");
    settings.forceRefresh = forceRefresh;
    return settings;
}

} // namespace dd::registry::RegistrySettings
