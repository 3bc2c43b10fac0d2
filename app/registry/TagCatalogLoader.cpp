// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/TagCatalogLoader.h"

#include "registry/RegistryLogging.h"
#include "registry/RegistryTagsClient.h"
#include "registry/RegistryTr.h"

#include <QLocale>
#include <QTimer>

namespace dd::registry {

TagCatalogLoader::TagCatalogLoader(RegistrySource source, instance::ProductLine line, Settings settings,
                                   QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_line(line)
    , m_settings(std::move(settings))
    , m_nam(nam)
{
}

TagCatalogLoader::~TagCatalogLoader() = default;

QString TagCatalogLoader::cacheFile() const
{
    return m_settings.cacheDir.isEmpty() ? QString() : TagCache::filePath(m_settings.cacheDir, m_source);
}

TagCatalog TagCatalogLoader::catalogOf(const QStringList &tags) const
{
    return TagCatalog(m_line, tags, m_settings.options);
}

void TagCatalogLoader::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_settings.cacheDir.isEmpty()) {
        // Keep the "finished comes later" promise even without a file to read.
        QTimer::singleShot(0, this, [this] { onCacheRead(std::nullopt); });
        return;
    }
    TagCache::readAsync(cacheFile(), this, [this](std::optional<TagCache::Entry> entry) { onCacheRead(std::move(entry)); });
}

void TagCatalogLoader::cancel()
{
    if (m_client)
        m_client->cancel();
    else
        finish(CatalogResult{{}, RegistryError::make(RegistryError::Kind::Cancelled, Tr::tr("Listing the tags was cancelled.")),
                             false, false, {}, {}});
}

void TagCatalogLoader::onCacheRead(std::optional<TagCache::Entry> entry)
{
    if (m_finished)
        return;
    m_cached = std::move(entry);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_cached && !m_settings.forceRefresh && TagCache::isFresh(*m_cached, m_settings.ttlSeconds, now)) {
        qCDebug(ddRegistry) << "tags of" << m_source.displayName() << "from a fresh cache";
        CatalogResult r;
        r.catalog = catalogOf(m_cached->tags);
        r.fromCache = true;
        r.fetchedAt = m_cached->fetchedAt;
        finish(std::move(r));
        return;
    }
    m_client = new RegistryTagsClient(m_source, m_nam, this);
    m_client->setPageSize(m_settings.pageSize);
    m_client->setTimeout(m_settings.timeoutMs);
    connect(m_client, &RegistryTagsClient::finished, this, &TagCatalogLoader::onFetched);
    m_client->start();
}

void TagCatalogLoader::onFetched(const TagListResult &fetched)
{
    if (m_client)
        m_client->deleteLater();
    if (fetched.ok()) {
        CatalogResult r;
        r.catalog = catalogOf(fetched.tags);
        r.fetchedAt = QDateTime::currentDateTimeUtc();
        if (m_settings.cacheDir.isEmpty()) {
            finish(std::move(r));
            return;
        }
        const TagCache::Entry entry{m_source.displayName(), fetched.tags, r.fetchedAt};
        // Finish after the file is written, so "fetched" means "also saved" for the next start.
        TagCache::writeAsync(cacheFile(), entry, this, [this, r](bool ok, const QString &error) mutable {
            if (!ok)
                qCWarning(ddRegistry) << "could not save the tag cache" << cacheFile() << error;
            finish(std::move(r));
        });
        return;
    }

    CatalogResult r;
    r.error = fetched.error;
    if (m_cached && fetched.error.kind != RegistryError::Kind::Cancelled) {
        r.catalog = catalogOf(m_cached->tags);
        r.fromCache = true;
        r.stale = !TagCache::isFresh(*m_cached, m_settings.ttlSeconds, QDateTime::currentDateTimeUtc());
        r.fetchedAt = m_cached->fetchedAt;
        r.notice = Tr::tr("The registry could not be asked for new tags, so this is the list saved on %1. %2")
                       .arg(QLocale().toString(m_cached->fetchedAt.toLocalTime(), QLocale::ShortFormat),
                            fetched.error.sentence);
    }
    finish(std::move(r));
}

void TagCatalogLoader::finish(CatalogResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
}

} // namespace dd::registry
