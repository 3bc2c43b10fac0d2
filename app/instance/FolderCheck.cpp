// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/FolderCheck.h"

#include "instance/InstanceTr.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace dd::instance {

FolderCheckResult FolderCheck::check(const QString &path)
{
    FolderCheckResult result;
    const QString clean = QDir::cleanPath(path);
    const QFileInfo info(clean);
    if (info.exists() && !info.isDir()) {
        result.severity = Severity::Error;
        result.reason = Tr::tr("%1 is a file, not a folder.").arg(clean);
        return result;
    }

    // The folder, or the closest part of its path that exists: that one decides whether the
    // rest can be created, and which disk it lands on.
    QFileInfo existing = info;
    while (!existing.exists()) {
        const QString parent = existing.absolutePath();
        if (parent == existing.absoluteFilePath())
            break;  // the root itself is missing: nothing to climb to
        existing = QFileInfo(parent);
    }
    if (!existing.exists()) {
        result.severity = Severity::Error;
        result.reason = Tr::tr("No part of %1 exists on this computer.").arg(clean);
        return result;
    }
    if (!existing.isDir()) {
        result.severity = Severity::Error;
        result.reason = Tr::tr("%1 cannot be created: %2 is a file, not a folder.").arg(clean, existing.absoluteFilePath());
        return result;
    }
    if (!existing.isWritable()) {
        result.severity = Severity::Error;
        result.reason = existing.absoluteFilePath() == info.absoluteFilePath()
                            ? Tr::tr("You cannot write to %1. Choose a folder you own.").arg(clean)
                            : Tr::tr("%1 cannot be created: you cannot write to %2.").arg(clean, existing.absoluteFilePath());
        return result;
    }

    const QStorageInfo storage(existing.absoluteFilePath());
    result.bytesAvailable = storage.isValid() ? storage.bytesAvailable() : -1;
    if (result.bytesAvailable >= 0 && result.bytesAvailable < minimumBytes) {
        result.severity = Severity::Error;
        result.reason = Tr::tr("Only %1 free on this disk: Directus needs more room for its database and uploads.")
                            .arg(QLocale().formattedDataSize(result.bytesAvailable));
    } else if (result.bytesAvailable >= 0 && result.bytesAvailable < lowSpaceBytes) {
        result.severity = Severity::Warning;
        result.reason = Tr::tr("Only %1 free on this disk; uploads may fill it soon.")
                            .arg(QLocale().formattedDataSize(result.bytesAvailable));
    }
    return result;
}

} // namespace dd::instance
