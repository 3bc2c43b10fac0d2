// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupInfo.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QJsonValue;

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

// The same from the bytes of a manifest.json (the folder only names it in sentences and is
// BackupInfo::folder): what files() and BackupInfo::read() do after reading the file.
std::optional<QList<File>> parseFiles(const QByteArray &json, const QString &folder, QString *error = nullptr);
std::optional<BackupInfo> parseInfo(const QByteArray &json, const QString &folder, QString *error = nullptr);

// A "size" value: a whole number of bytes from 0 to 2^53 (what a JSON double holds exactly).
std::optional<qint64> sizeFromJson(const QJsonValue &value);

} // namespace BackupManifest
} // namespace dd::backup
