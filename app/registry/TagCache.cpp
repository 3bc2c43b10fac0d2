// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/TagCache.h"

#include "registry/OffThread.h"
#include "registry/RegistryLogging.h"
#include "registry/RegistryParsers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dd::registry {

namespace {

constexpr int kFormat = 1;
// A cache file is a few kilobytes; anything far bigger is not ours.
constexpr qint64 kMaxFileSize = 8 * 1024 * 1024;

} // namespace

QString TagCache::filePath(const QString &cacheDir, const RegistrySource &source)
{
    return QDir(cacheDir).filePath(source.cacheKey() + QLatin1String(".json"));
}

std::optional<TagCache::Entry> TagCache::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    if (file.size() > kMaxFileSize) {
        qCWarning(ddRegistry) << "ignoring oversized tag cache" << path;
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toInt() != kFormat || !o.value(QLatin1String("tags")).isArray()) {
        qCWarning(ddRegistry) << "ignoring unreadable tag cache" << path;
        return std::nullopt;
    }
    Entry entry;
    entry.source = o.value(QLatin1String("source")).toString();
    entry.fetchedAt = QDateTime::fromString(o.value(QLatin1String("fetchedAt")).toString(), Qt::ISODateWithMs);
    if (!entry.fetchedAt.isValid()) {
        qCWarning(ddRegistry) << "tag cache without a valid time" << path;
        return std::nullopt;
    }
    // The file is outside bytes too (any program can write there): same tag rule as the network.
    for (const QJsonValue &v : o.value(QLatin1String("tags")).toArray()) {
        if (v.isString() && RegistryParsers::isValidTagName(v.toString()))
            entry.tags.append(v.toString());
    }
    return entry;
}

bool TagCache::write(const QString &path, const Entry &entry, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    QJsonObject o;
    o.insert(QLatin1String("format"), kFormat);
    o.insert(QLatin1String("source"), entry.source);
    o.insert(QLatin1String("fetchedAt"), entry.fetchedAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QLatin1String("tags"), QJsonArray::fromStringList(entry.tags));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool TagCache::isFresh(const Entry &entry, qint64 ttlSeconds, const QDateTime &now)
{
    if (!entry.fetchedAt.isValid() || entry.fetchedAt > now)
        return false;
    return entry.fetchedAt.secsTo(now) < ttlSeconds;
}

void TagCache::readAsync(const QString &path, QObject *context, std::function<void(std::optional<Entry>)> done)
{
    runOffThread(context, [path] { return read(path); }, std::move(done));
}

void TagCache::writeAsync(const QString &path, const Entry &entry, QObject *context,
                          std::function<void(bool, QString)> done)
{
    runOffThread(
        context,
        [path, entry] {
            QString error;
            const bool ok = write(path, entry, &error);
            return std::make_pair(ok, error);
        },
        [done = std::move(done)](std::pair<bool, QString> r) {
            if (done)
                done(r.first, r.second);
        });
}

} // namespace dd::registry
