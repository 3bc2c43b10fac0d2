// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupInfo.h"

#include <QList>
#include <QString>

#include <optional>

namespace dd::backup {

// manifest.json: what a backup folder holds. It names files and their sizes, never a secret.
//   {"format":1, "instance":{"id","name"}, "imageTag", "databaseKind", "createdAt", "reason",
//    "files":[{"name":"database.sql","size":123}, ...]}
namespace BackupManifest {

inline constexpr int formatVersion = 1;
inline constexpr char fileName[] = "manifest.json";

struct File
{
    QString name;  // relative to the backup folder, no '/'
    qint64 size = 0;
    friend bool operator==(const File &, const File &) = default;
};

// "<instance-name>_<directus-tag>_<dbkind>_<yyyyMMdd-HHmmss>" (UTC), e.g. blog_11.1.2_sqlite_20261129-190500.
QString folderName(const BackupInfo &info);

// Writes <info.folder>/manifest.json atomically. False (with a sentence) when it cannot.
bool write(const BackupInfo &info, const QList<File> &files, QString *error = nullptr);

// The files a manifest lists; nullopt with a sentence when it is missing or malformed.
std::optional<QList<File>> files(const QString &folder, QString *error = nullptr);

} // namespace BackupManifest
} // namespace dd::backup
