// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QIODevice;

namespace dd::backup {

// Writes a one-file ustar archive: what PUT /containers/{id}/archive needs to place a single
// file (a database dump, a SQLite file) into a container.
class TarWriter
{
public:
    // `name` is the file's name inside the archive (ASCII, under 100 bytes); `mode` its
    // permissions. Reads all of `in` (of `size` bytes) into `out`. False on a short read or write.
    static bool writeSingleFile(QIODevice &out, const QString &name, QIODevice &in, qint64 size, int mode = 0644);
    static QByteArray header(const QString &name, qint64 size, int mode);
};

} // namespace dd::backup
