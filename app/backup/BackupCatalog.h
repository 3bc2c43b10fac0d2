// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupInfo.h"

#include <QList>
#include <QString>

namespace dd::backup {

// The backups of one instance in a backups folder, newest first. Only folders whose manifest
// reads and names the instance's id are listed; anything else in the folder is left alone.
// Reads the disk: call it off the UI thread.
namespace BackupCatalog {

QList<BackupInfo> list(const QString &backupsRoot, const QString &instanceId);

} // namespace BackupCatalog
} // namespace dd::backup
