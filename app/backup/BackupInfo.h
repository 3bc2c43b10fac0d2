// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/DatabaseKind.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace dd::backup {

// One backup on disk: a folder holding the database dump (or SQLite file), the uploads and
// extensions as tar archives, and manifest.json describing them. The folder name says
// instance, Directus version, database kind and time, so a person browsing the backups folder
// can tell them apart without the app.
struct BackupInfo
{
    QString folder;        // absolute path of the backup folder
    QString instanceId;
    QString instanceName;
    QString imageTag;      // the Directus version the data belongs to
    instance::DatabaseKind databaseKind = instance::DatabaseKind::Sqlite;
    QDateTime createdAt;   // UTC
    qint64 sizeBytes = 0;  // all files of the backup
    QString reason;        // "manual", "before upgrade to 10.13.4", ...

    // Reads <folder>/manifest.json; nullopt (with a sentence in *error) when it is missing or unreadable.
    static std::optional<BackupInfo> read(const QString &folder, QString *error = nullptr);
};

} // namespace dd::backup
