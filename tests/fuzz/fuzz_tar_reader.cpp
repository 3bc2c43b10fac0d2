// SPDX-License-Identifier: GPL-3.0-or-later
// Tar archives as the Engine API's archive endpoint sends them, through TarReader (a backup's
// uploads.tar and extensions.tar are checked with it). Checks that any bytes give a list or a
// refusal, never a crash, that every listed entry lies inside the input, and that the restore's
// entry check (ArchiveEntryCheck) never passes a name that climbs out.
//
// Random bytes almost never carry a right header checksum, so on its own the fuzzer stays in
// front of the first check. Before parsing, the harness walks the headers the way the reader
// does and writes each one's checksum, so names, sizes, types, pax and GNU records are what
// gets explored. An input of odd length (never a real archive: those are whole 512-byte
// blocks) is parsed as it came, so the checksum refusal stays covered.
#include "backup/ArchiveEntryCheck.h"
#include "backup/TarReader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace dd::backup;

namespace {

constexpr qsizetype kBlock = 512;

// The size field (octal, or GNU base-256 when the high bit is set); -1 when it does not read.
qint64 sizeField(const unsigned char *header)
{
    qint64 value = 0;
    if (header[124] & 0x80) {
        for (int i = 125; i < 136; ++i) {
            if (value > (INT64_MAX >> 8))
                return -1;
            value = (value << 8) | header[i];
        }
        return value;
    }
    for (int i = 124; i < 136; ++i) {
        const unsigned char c = header[i];
        if (c == ' ' && value == 0)
            continue;
        if (c == '\0' || c == ' ')
            break;
        if (c < '0' || c > '7' || value > (INT64_MAX >> 3))
            return -1;
        value = value * 8 + (c - '0');
    }
    return value;
}

void fixChecksums(QByteArray &bytes)
{
    qsizetype offset = 0;
    while (offset + kBlock <= bytes.size()) {
        auto *header = reinterpret_cast<unsigned char *>(bytes.data() + offset);
        bool zero = true;
        for (qsizetype i = 0; i < kBlock && zero; ++i)
            zero = header[i] == 0;
        if (zero)
            return;
        unsigned sum = 0;
        for (qsizetype i = 0; i < kBlock; ++i)
            sum += (i >= 148 && i < 156) ? ' ' : header[i];
        char field[9];
        std::snprintf(field, sizeof field, "%06o", sum & 0777777);
        std::memcpy(header + 148, field, 6);
        header[154] = '\0';
        header[155] = ' ';
        const qint64 size = sizeField(header);
        if (size < 0 || size > bytes.size())
            return;
        offset += kBlock + (size + kBlock - 1) / kBlock * kBlock;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (size % 2 == 0)
        fixChecksums(bytes);
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
        // The restore's check of each entry: any name or link target gives a verdict. A name
        // that climbs out with ".." or starts at "/" must never be called safe.
        const QString problem = ArchiveEntryCheck::problem(entry);
        const bool climbs = entry.name.startsWith(QLatin1Char('/'))
            || entry.name.split(QLatin1Char('/')).contains(QLatin1String(".."));
        if (climbs && problem.isEmpty())
            std::abort();
    }
    return 0;
}
