// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace dd::docker {

// The stream ids of the engine's 8-byte frame header; the values are on the wire.
enum class StreamKind : quint8 {
    Stdin = 0,
    Stdout = 1,
    Stderr = 2,
    SystemErr = 3, // the daemon's own error about the stream (e.g. the log driver failed)
};

// One line of a container's output. Pieces of an overlong line share the stream and timestamp.
struct LogLine
{
    StreamKind stream = StreamKind::Stdout;
    qint64 timestampNs = 0; // nanoseconds since the epoch (UTC); 0 when the line carried none
    QByteArray text;        // without the terminator ("\n" or "\r\n") and without the timestamp prefix

    friend bool operator==(const LogLine &, const LogLine &) = default;
};

// The same line borrowed from the decoder's buffers: valid only during the sink call. The
// log store copies it straight into its own chunks, so no QByteArray is made per line.
struct LogLineView
{
    StreamKind stream = StreamKind::Stdout;
    qint64 timestampNs = 0;
    QByteArrayView text;

    LogLine toLogLine() const { return LogLine{stream, timestampNs, text.toByteArray()}; }
};

} // namespace dd::docker
