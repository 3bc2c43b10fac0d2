// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace dd::backup {

// One entry of a ustar/GNU tar archive, as far as a backup check needs it.
struct TarEntry
{
    QString name;          // path inside the archive (ustar prefix joined, GNU long names resolved)
    char type = '0';       // '0' file, '5' folder, '2' symlink, ...
    qint64 size = 0;       // bytes of data that follow the header
    qint64 dataOffset = 0; // where those bytes start in the archive
    QString linkName;      // a link's target ('1' hard, '2' symbolic); GNU and pax long forms resolved
};

// Lists a tar archive (the Engine API's archive format) without extracting it. Written to be
// fed anything: every field is range-checked, sizes are bounded by the device size, and a
// broken archive gives nullopt and a sentence, never a crash or a huge allocation.
class TarReader
{
public:
    // `device` must be open and random access (a file or a buffer).
    static std::optional<QList<TarEntry>> list(QIODevice &device, QString *error = nullptr);
    // Copies the data of `entry` from `archive` to `out`. False on a short read or write.
    static bool copyData(QIODevice &archive, const TarEntry &entry, QIODevice &out);
};

} // namespace dd::backup
