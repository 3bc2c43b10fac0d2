// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupInfo.h"

#include <QObject>
#include <QString>

#include <functional>

#include <optional>

namespace dd::backup {

// Checks a backup folder before anyone relies on it: the manifest reads, every file it lists
// is there with the recorded size, the database dump is complete (pg_dump and mysqldump end
// with a "complete" line; a SQLite file starts with its magic header), and the uploads and
// extensions archives list. Reads files: call it off the UI thread.
namespace BackupVerifier {

inline constexpr char uploadsArchive[] = "uploads.tar";
inline constexpr char extensionsArchive[] = "extensions.tar";

// The backup, or nullopt with a sentence for a person in *error.
std::optional<BackupInfo> verify(const QString &folder, QString *error);
// verify() on a worker thread; `done` runs on `context`'s thread (not at all once it is gone)
// with the backup, or nullopt and the sentence.
void verifyInBackground(QObject *context, const QString &folder,
                        std::function<void(std::optional<BackupInfo>, QString)> done);

} // namespace BackupVerifier
} // namespace dd::backup
