// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/TarWriter.h"

#include <QDateTime>
#include <QIODevice>

#include <cstring>

namespace dd::backup {

namespace {

void putOctal(QByteArray &header, int offset, int length, qint64 value)
{
    // length-1 octal digits, zero padded, then NUL: the classic ustar layout.
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(length - 1, '0');
    std::memcpy(header.data() + offset, digits.constData(), size_t(qMin<qsizetype>(digits.size(), length - 1)));
}

} // namespace

QByteArray TarWriter::header(const QString &name, qint64 size, int mode)
{
    QByteArray header(512, '\0');
    const QByteArray encoded = name.toUtf8().left(99);
    std::memcpy(header.data(), encoded.constData(), size_t(encoded.size()));
    putOctal(header, 100, 8, mode);
    putOctal(header, 108, 8, 0);  // uid
    putOctal(header, 116, 8, 0);  // gid
    putOctal(header, 124, 12, size);
    putOctal(header, 136, 12, QDateTime::currentSecsSinceEpoch());
    header[156] = '0';
    std::memcpy(header.data() + 257, "ustar", 6);  // magic with its NUL
    std::memcpy(header.data() + 263, "00", 2);
    std::memset(header.data() + 148, ' ', 8);  // the checksum counts its own field as spaces
    qint64 sum = 0;
    for (char c : std::as_const(header))
        sum += static_cast<unsigned char>(c);
    putOctal(header, 148, 7, sum);  // six digits, NUL, then the space already there
    header[154] = '\0';
    return header;
}

bool TarWriter::writeSingleFile(QIODevice &out, const QString &name, QIODevice &in, qint64 size, int mode)
{
    const QByteArray head = header(name, size, mode);
    if (out.write(head) != head.size())
        return false;
    qint64 left = size;
    while (left > 0) {
        const QByteArray chunk = in.read(qMin<qint64>(left, 1 << 20));
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            return false;
        left -= chunk.size();
    }
    const QByteArray padding((512 - size % 512) % 512 + 1024, '\0');  // fill the block, then two zero blocks
    return out.write(padding) == padding.size();
}

} // namespace dd::backup
