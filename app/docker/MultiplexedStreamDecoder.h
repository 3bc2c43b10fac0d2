// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/LogLine.h"

#include <QByteArrayView>
#include <QString>

#include <array>
#include <functional>

namespace dd::docker {

// Splits the body of logs/attach/exec with Tty=false into its streams. Each frame is
// [stream, 0, 0, 0, size as big-endian uint32] followed by size bytes. Payload is handed on
// as it arrives, so a frame may reach the sink in several pieces (a 1 MiB frame is not held
// back), and pieces never span two frames. Zero-size frames deliver nothing.
class MultiplexedStreamDecoder
{
public:
    enum class Error {
        None,
        NotMultiplexed, // a header with an unknown stream id or nonzero padding
        Truncated,      // finish() inside a header or a payload
    };

    static constexpr qsizetype HeaderSize = 8;

    using Sink = std::function<void(StreamKind stream, QByteArrayView payload)>;

    explicit MultiplexedStreamDecoder(Sink sink = {});

    void setSink(Sink sink);

    // After an error the rest of the input is ignored: past garbage nothing can be trusted.
    void feed(QByteArrayView data);
    // The input has ended; reports Truncated if it ended inside a frame.
    void finish();
    // Back to the start of a stream, keeping the sink.
    void reset();

    Error error() const { return m_error; }
    bool hasError() const { return m_error != Error::None; }
    QString errorString() const;
    // Input decoded so far (a header split across feeds counts once it is whole), so an
    // error can say where it happened.
    qint64 bytesConsumed() const { return m_consumed; }

    // A header is valid when its stream id is known and its padding is zero.
    static bool isValidHeader(const char *header);

private:
    void fail(Error error);

    Sink m_sink;
    std::array<char, HeaderSize> m_header{};
    qsizetype m_headerFill = 0; // bytes of a header split across feeds
    quint32 m_remaining = 0;    // payload bytes of the current frame still to come
    StreamKind m_stream = StreamKind::Stdout;
    Error m_error = Error::None;
    qint64 m_consumed = 0;
    qint64 m_errorOffset = 0;
};

} // namespace dd::docker
