// SPDX-License-Identifier: GPL-3.0-or-later
// Tar archives as the Engine API's archive endpoint sends them, through TarReader (a backup's
// uploads.tar and extensions.tar are checked with it). Checks that any bytes give a list or a
// refusal, never a crash, and that every listed entry lies inside the input.
#include "backup/TarReader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace dd::backup;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer archive(&bytes);
    archive.open(QIODevice::ReadOnly);
    QString error;
    const auto entries = TarReader::list(archive, &error);
    if (!entries) {
        if (error.isEmpty())
            std::abort();  // a refusal always says why
        return 0;
    }
    for (const TarEntry &entry : *entries) {
        if (entry.size < 0 || entry.dataOffset < 512 || entry.dataOffset + entry.size > bytes.size())
            std::abort();
        QByteArray copied;
        QBuffer out(&copied);
        out.open(QIODevice::WriteOnly);
        if (!TarReader::copyData(archive, entry, out) || copied.size() != entry.size)
            std::abort();
    }
    return 0;
}
