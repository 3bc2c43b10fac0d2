// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupSpace.h"

#include "core/Background.h"

#include <QDir>
#include <QStorageInfo>

namespace dd::backup::BackupSpace {

void checkInBackground(QObject *context, const QString &root, std::function<void(std::optional<qint64>)> done)
{
    runInBackground<qint64>(
        context,
        [root] {
            QDir().mkpath(root);
            return QStorageInfo(root).bytesAvailable();
        },
        [done = std::move(done)](qint64 available) {
            if (available >= 0 && available < minimumFreeBytes)
                done(available / (1024 * 1024));
            else
                done(std::nullopt);
        });
}

} // namespace dd::backup::BackupSpace
