// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/TarReader.h"

#include "backup/BackupText.h"

#include <QCoreApplication>
#include <QIODevice>

#include <limits>

namespace dd::backup {

namespace {

constexpr qint64 kBlock = 512;
constexpr qint64 kMaxLongName = 64 * 1024;  // a GNU long name longer than this is not a path

qint64 roundUp(qint64 size)
{
    return (size + kBlock - 1) / kBlock * kBlock;
}


// A NUL- or length-terminated field.
QByteArray field(const char *header, int offset, int length)
{
    const QByteArray raw(header + offset, length);
    const int end = raw.indexOf('\0');
    return end < 0 ? raw : raw.left(end);
}

// Octal numbers, space- or NUL-terminated; GNU base-256 (high bit set) for sizes over 8 GB.
std::optional<qint64> number(const char *header, int offset, int length)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(header + offset);
    if (bytes[0] & 0x80) {
        qint64 value = 0;
        for (int i = 1; i < length; ++i) {
            if (value > (std::numeric_limits<qint64>::max() >> 8))
                return std::nullopt;
            value = (value << 8) | bytes[i];
        }
        return value;
    }
    qint64 value = 0;
    bool digits = false;
    for (int i = 0; i < length; ++i) {
        const unsigned char c = bytes[i];
        if (c == ' ' && !digits)
            continue;
        if (c == '\0' || c == ' ')
            break;
        if (c < '0' || c > '7' || value > (std::numeric_limits<qint64>::max() >> 3))
            return std::nullopt;
        value = value * 8 + (c - '0');
        digits = true;
    }
    return value;
}

bool checksumMatches(const char *header)
{
    const auto stored = number(header, 148, 8);
    if (!stored)
        return false;
    qint64 sum = 0;
    for (int i = 0; i < kBlock; ++i)
        sum += (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(header[i]);
    return sum == *stored;
}

// A pax extended header: records "<length> <key>=<value>\n"; the value of `key` ("path",
// "linkpath"), or empty.
QByteArray paxValue(const QByteArray &records, const QByteArray &key)
{
    const QByteArray wanted = key + '=';
    qsizetype pos = 0;
    while (pos < records.size()) {
        const qsizetype space = records.indexOf(' ', pos);
        if (space < 0)
            break;
        bool ok = false;
        const qsizetype length = records.mid(pos, space - pos).toLongLong(&ok);
        if (!ok || length <= space - pos || pos + length > records.size())
            break;
        const QByteArray record = records.mid(space + 1, length - (space - pos) - 1);  // "key=value\n"
        if (record.startsWith(wanted))
            return record.mid(wanted.size()).chopped(record.endsWith('\n') ? 1 : 0);
        pos += length;
    }
    return {};
}

bool allZero(const char *header)
{
    for (int i = 0; i < kBlock; ++i) {
        if (header[i] != 0)
            return false;
    }
    return true;
}

} // namespace

std::optional<QList<TarEntry>> TarReader::list(QIODevice &device, QString *error)
{
    auto failed = [error](const QString &why) -> std::optional<QList<TarEntry>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qint64 total = device.size();
    QList<TarEntry> entries;
    QByteArray pendingLongName;
    QByteArray pendingLongLink;
    qint64 offset = 0;
    char header[kBlock];
    while (true) {
        if (!device.seek(offset) || device.read(header, kBlock) != kBlock) {
            // An archive that ends without its two zero blocks is still readable if it stops
            // exactly at a header boundary; anything else is cut short.
            if (offset == total && !entries.isEmpty())
                return entries;
            return failed(BackupText::tr("The archive ends in the middle (at byte %1).").arg(offset));
        }
        if (allZero(header))
            return entries;  // end-of-archive marker
        if (!checksumMatches(header))
            return failed(BackupText::tr("The archive is damaged: a header checksum is wrong at byte %1.").arg(offset));
        const auto size = number(header, 124, 12);
        if (!size || *size < 0 || *size > total - offset - kBlock)
            return failed(BackupText::tr("The archive is damaged: an entry at byte %1 is longer than the archive.").arg(offset));
        const char type = header[156] == '\0' ? '0' : header[156];
        const qint64 dataOffset = offset + kBlock;
        offset = dataOffset + roundUp(*size);

        // The next entry's long name (or link target) is this entry's data: GNU 'L' ('K') holds
        // it whole, a pax 'x' header holds it as its "path" ("linkpath") record.
        if (type == 'L' || type == 'K' || type == 'x') {
            if (*size > kMaxLongName)
                return failed(BackupText::tr("The archive is damaged: an extended header is %1 bytes long.").arg(*size));
            if (!device.seek(dataOffset))
                return failed(BackupText::tr("The archive cannot be read."));
            const QByteArray data = device.read(*size);
            if (data.size() != *size)
                return failed(BackupText::tr("The archive ends in the middle (at byte %1).").arg(dataOffset));
            if (type == 'L') {
                pendingLongName = field(data.constData(), 0, int(data.size()));
            } else if (type == 'K') {
                pendingLongLink = field(data.constData(), 0, int(data.size()));
            } else {
                pendingLongName = paxValue(data, "path");
                pendingLongLink = paxValue(data, "linkpath");
            }
            continue;
        }
        if (type == 'g')  // pax global headers: nothing a backup check needs
            continue;

        TarEntry entry;
        if (!pendingLongName.isEmpty()) {
            entry.name = QString::fromUtf8(pendingLongName);
            pendingLongName.clear();
        } else {
            const QByteArray prefix = field(header, 345, 155);
            const QByteArray name = field(header, 0, 100);
            const bool ustar = QByteArray(header + 257, 5) == "ustar";
            entry.name = QString::fromUtf8(ustar && !prefix.isEmpty() ? prefix + '/' + name : name);
        }
        entry.linkName = QString::fromUtf8(pendingLongLink.isEmpty() ? field(header, 157, 100) : pendingLongLink);
        pendingLongLink.clear();
        entry.type = type;
        entry.size = *size;
        entry.dataOffset = dataOffset;
        entries.append(entry);
    }
}

bool TarReader::copyData(QIODevice &archive, const TarEntry &entry, QIODevice &out)
{
    if (!archive.seek(entry.dataOffset))
        return false;
    qint64 left = entry.size;
    while (left > 0) {
        const QByteArray chunk = archive.read(qMin<qint64>(left, 1 << 20));
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            return false;
        left -= chunk.size();
    }
    return true;
}

} // namespace dd::backup
