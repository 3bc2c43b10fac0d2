// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/RegistryError.h"
#include "registry/RegistrySource.h"
#include "registry/TagCache.h"
#include "registry/TagCatalog.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;

namespace dd::registry {

class RegistryTagsClient;
struct TagListResult;

struct CatalogResult
{
    TagCatalog catalog;
    RegistryError error;     // the network's error, kept even when the cache stood in
    bool fromCache = false;  // the list was read from the cache file, not the registry
    bool stale = false;      // ... and that file is older than the TTL
    QDateTime fetchedAt;     // when the list was fetched from the registry (UTC)
    QString notice;          // for a person: set whenever the list is not fresh from the registry

    // True when there is a list to show, possibly an old one.
    bool hasList() const { return error.ok() || fromCache; }
};

// The catalog of one product line from one registry, through the cache:
//   cache fresh            -> the cached list (fromCache, not stale), no request made
//   cache missing/expired  -> the registry; on success the list is saved
//   registry fails + cache -> the cached list, fromCache + stale, and a sentence saying so
//   registry fails, none   -> the error
// File work runs on the global thread pool; finished() is emitted once, in this object's thread.
class TagCatalogLoader : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString cacheDir;              // empty: no cache
        qint64 ttlSeconds = 6 * 3600;  // Directus releases are days apart; hours keep Hub's limits away
        bool forceRefresh = false;     // ask the registry even if the cache is fresh ("Check now")
        TagCatalog::Options options;
        int pageSize = 100;
        int timeoutMs = 20000;
    };

    TagCatalogLoader(RegistrySource source, instance::ProductLine line, Settings settings,
                     QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~TagCatalogLoader() override;

    QString cacheFile() const;
    void start();
    void cancel();

Q_SIGNALS:
    void finished(const dd::registry::CatalogResult &result);

private:
    void onCacheRead(std::optional<TagCache::Entry> entry);
    void onFetched(const TagListResult &result);
    void finish(CatalogResult result);
    TagCatalog catalogOf(const QStringList &tags) const;

    RegistrySource m_source;
    instance::ProductLine m_line;
    Settings m_settings;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<RegistryTagsClient> m_client;
    std::optional<TagCache::Entry> m_cached;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace dd::registry

#include <QMetaType>
Q_DECLARE_METATYPE(dd::registry::CatalogResult)
