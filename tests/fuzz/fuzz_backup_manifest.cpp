// SPDX-License-Identifier: GPL-3.0-or-later
// manifest.json of a backup folder: a restore reads it from whatever folder the user picks,
// so it is outside input. Checks what the verifier and the backups list rely on: listed names
// stay inside the folder, sizes are byte counts, and the total is the sum of the sizes.
#include "backup/BackupManifest.h"

#include <cstdint>
#include <limits>

using namespace dd::backup;

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString folder = QStringLiteral("/backups/blog_11.1.2_sqlite_20261129-190500");
    QString filesError;
    const auto files = BackupManifest::parseFiles(json, folder, &filesError);
    QString infoError;
    const auto info = BackupManifest::parseInfo(json, folder, &infoError);
    check(files || !filesError.isEmpty());
    check(info || !infoError.isEmpty());

    qint64 total = 0;
    if (files) {
        for (const BackupManifest::File &f : *files) {
            check(!f.name.isEmpty() && !f.name.contains(QLatin1Char('/')) && !f.name.contains(QLatin1Char('\\'))
                  && !f.name.startsWith(QLatin1Char('.')));
            check(f.size >= 0);
            total = f.size > std::numeric_limits<qint64>::max() - total ? std::numeric_limits<qint64>::max() : total + f.size;
        }
    }
    if (info) {
        check(info->sizeBytes >= 0);
        check(!info->imageTag.isEmpty() && info->createdAt.isValid());
        if (files)
            check(info->sizeBytes == total);
        // A valid manifest reads the same from bytes as a folder name gives it.
        check(BackupManifest::folderName(*info).size() > 0);
    }
    return 0;
}
