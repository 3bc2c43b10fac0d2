// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/RegistrySource.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;

namespace dd::registry {

// One small JSON file per registry + repository in a folder the caller chooses:
//   {"format": 1, "source": "127.0.0.1:5000/directus/directus", "fetchedAt": "...", "tags": [...]}
// The synchronous functions are for the worker thread and for tests; the UI and the loader use
// the *Async ones, which do the file work on the global thread pool.
class TagCache
{
public:
    struct Entry
    {
        QString source;  // RegistrySource::displayName(), for a person reading the file
        QStringList tags;
        QDateTime fetchedAt;  // UTC
    };

    static QString filePath(const QString &cacheDir, const RegistrySource &source);

    static std::optional<Entry> read(const QString &path);
    // Atomic (QSaveFile): a reader never sees half a file, a crash never leaves one.
    static bool write(const QString &path, const Entry &entry, QString *error = nullptr);

    // A fetch time in the future (clock moved back) counts as expired, so a wrong clock
    // cannot keep an old list fresh forever.
    static bool isFresh(const Entry &entry, qint64 ttlSeconds, const QDateTime &now);

    static void readAsync(const QString &path, QObject *context, std::function<void(std::optional<Entry>)> done);
    static void writeAsync(const QString &path, const Entry &entry, QObject *context,
                           std::function<void(bool ok, QString error)> done);
};

} // namespace dd::registry
