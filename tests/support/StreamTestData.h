// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QtGlobal>

// Helpers shared by the stream tests: recorded bytes from tests/data, and engine frames.
namespace dd::test {

// A file of tests/data, whole; a missing file ends the test run (the data is part of the test).
inline QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(DD_TEST_DATA_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", name);
    return file.readAll();
}

// One frame of the engine's multiplexed stream: [stream, 0, 0, 0, size (big-endian)] + payload.
inline QByteArray frame(quint8 stream, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = char(stream);
    const auto size = quint32(payload.size());
    header[4] = char(size >> 24);
    header[5] = char(size >> 16);
    header[6] = char(size >> 8);
    header[7] = char(size);
    return header + payload;
}

} // namespace dd::test
