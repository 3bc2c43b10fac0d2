// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AtomicFile.h"

#include <QSaveFile>

namespace dd {

AtomicFile::Result AtomicFile::write(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {Stage::Open, file.errorString()};
    const auto abandon = [&file](Stage stage) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Result{stage, reason};
    };
    if (!file.setPermissions(permissions))
        return abandon(Stage::Permissions);
    if (file.write(bytes) != bytes.size())
        return abandon(Stage::Write);
    if (!file.commit())
        return {Stage::Commit, file.errorString()};
    return {};
}

} // namespace dd
