// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace dd::backup::BackupSpace {

// A backup of an empty instance is a few MB; an operation that starts with a backup (upgrade,
// restore) refuses to begin with less room than this in the backups folder.
constexpr qint64 minimumFreeBytes = 512LL * 1024 * 1024;

// Makes `root` if it is missing and measures its free space on a worker thread. `done` runs on
// `context`'s thread with the MB free when they are below the minimum, nullopt when there is
// room (or the free space cannot be read: the backup itself then says what went wrong).
void checkInBackground(QObject *context, const QString &root, std::function<void(std::optional<qint64> freeMegabytes)> done);

} // namespace dd::backup::BackupSpace
