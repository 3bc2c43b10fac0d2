// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/LogLine.h"
#include "docker/MultiplexedStreamDecoder.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <array>
#include <functional>

namespace dd::docker {

// Turns the body of GET /containers/{id}/logs (or attach, exec) into lines: frames
// (Multiplexed, Tty=false) or plain bytes (Raw, Tty=true: everything is stdout), then one
// partial-line buffer per stream so stdout and stderr pieces never mix, then the optional
// RFC3339Nano prefix of timestamps=1. Input may be cut anywhere; the lines come out the same.
//
// A line longer than maxLineLength() bytes (counted with its timestamp prefix) is delivered
// in pieces of that size, all with the first piece's timestamp, so a stream that never sends
// a newline cannot grow memory without bound.
class LogLineDecoder
{
public:
    enum class Framing {
        Multiplexed,
        Raw,
    };

    static constexpr qsizetype DefaultMaxLineLength = 256 * 1024;
    // Large enough that the longest timestamp prefix always lies within the first piece.
    static constexpr qsizetype MinimumMaxLineLength = 64;

    // The view is valid only during the call; copy what you keep.
    using Sink = std::function<void(const LogLineView &line)>;

    explicit LogLineDecoder(Framing framing, bool timestamps = false, Sink sink = {});

    void setSink(Sink sink);
    // Clamped to at least MinimumMaxLineLength. Set it before the first feed.
    void setMaxLineLength(qsizetype bytes);
    qsizetype maxLineLength() const { return m_maxLineLength; }
    Framing framing() const { return m_framing; }
    bool timestamps() const { return m_timestamps; }

    void feed(QByteArrayView data);
    // End of input: delivers each stream's unterminated last line.
    void finish();

    // The same, appending to out instead of calling the sink.
    void decode(QByteArrayView data, QList<LogLine> &out);
    void finish(QList<LogLine> &out);

    // Forgets partial lines and framing state, keeps the settings and the sink.
    void reset();

    // Framing errors only (Multiplexed); lines before the error have been delivered.
    bool hasError() const { return m_mux.hasError(); }
    QString errorString() const { return m_mux.errorString(); }

    // Reads a "2024-05-01T12:34:56.123456789Z " prefix (any number of fraction digits, Z or
    // a +hh:mm/-hh:mm offset, then a space or the end of the line). Returns the prefix length
    // including the space and sets *timestampNs, or returns 0 (and leaves it alone) when the
    // line does not start with such a timestamp.
    static qsizetype parseTimestamp(QByteArrayView line, qint64 *timestampNs);

private:
    struct Partial
    {
        QByteArray bytes;       // the line so far, no '\n' in it
        qint64 timestampNs = 0; // of the current line, once its first piece went out
        bool continuing = false; // a piece of the current line already went out
    };

    void onPayload(StreamKind stream, QByteArrayView data);
    void spillOverlong(StreamKind stream, Partial &partial);
    void deliverLine(StreamKind stream, Partial &partial, QByteArrayView raw);
    void deliverPieces(StreamKind stream, Partial &partial, QByteArrayView content);
    void deliver(const LogLineView &line);

    Framing m_framing;
    bool m_timestamps;
    qsizetype m_maxLineLength = DefaultMaxLineLength;
    MultiplexedStreamDecoder m_mux;
    std::array<Partial, 4> m_partial; // indexed by StreamKind
    Sink m_sink;
    QList<LogLine> *m_batch = nullptr; // set only during decode()/finish(out)
};

} // namespace dd::docker
