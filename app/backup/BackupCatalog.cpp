// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupCatalog.h"

#include <QDir>

#include <algorithm>

namespace dd::backup {

QList<BackupInfo> BackupCatalog::list(const QString &backupsRoot, const QString &instanceId)
{
    QList<BackupInfo> out;
    const QDir root(backupsRoot);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto info = BackupInfo::read(root.absoluteFilePath(name));
        if (info && info->instanceId == instanceId)
            out.append(*info);
    }
    std::stable_sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.folder > b.folder;
    });
    return out;
}

} // namespace dd::backup
