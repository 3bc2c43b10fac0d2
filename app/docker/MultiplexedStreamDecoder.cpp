// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/MultiplexedStreamDecoder.h"

#include "docker/DockerTr.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace dd::docker {

namespace {

quint32 payloadSize(const char *header)
{
    const auto *u = reinterpret_cast<const unsigned char *>(header);
    return (quint32(u[4]) << 24) | (quint32(u[5]) << 16) | (quint32(u[6]) << 8) | quint32(u[7]);
}

} // namespace

MultiplexedStreamDecoder::MultiplexedStreamDecoder(Sink sink)
    : m_sink(std::move(sink))
{
}

void MultiplexedStreamDecoder::setSink(Sink sink)
{
    m_sink = std::move(sink);
}

bool MultiplexedStreamDecoder::isValidHeader(const char *header)
{
    return quint8(header[0]) <= quint8(StreamKind::SystemErr) && header[1] == 0 && header[2] == 0 && header[3] == 0;
}

void MultiplexedStreamDecoder::feed(QByteArrayView data)
{
    if (hasError())
        return;
    const char *p = data.data();
    const char *const end = p + data.size();
    while (p < end) {
        if (m_remaining > 0) {
            const auto n = std::min<qsizetype>(m_remaining, end - p);
            m_remaining -= quint32(n);
            m_consumed += n;
            if (m_sink)
                m_sink(m_stream, QByteArrayView(p, n));
            p += n;
            continue;
        }
        const char *header = nullptr;
        if (m_headerFill == 0 && end - p >= HeaderSize) {
            // The common case: a whole header inside this piece, read in place.
            header = p;
            p += HeaderSize;
        } else {
            const auto n = std::min<qsizetype>(HeaderSize - m_headerFill, end - p);
            std::memcpy(m_header.data() + m_headerFill, p, size_t(n));
            m_headerFill += n;
            p += n;
            if (m_headerFill < HeaderSize)
                break; // counted once the header is whole
            header = m_header.data();
            m_headerFill = 0;
        }
        if (!isValidHeader(header)) {
            m_errorOffset = m_consumed;
            fail(Error::NotMultiplexed);
            return;
        }
        m_consumed += HeaderSize;
        m_stream = StreamKind(header[0]);
        m_remaining = payloadSize(header);
    }
}

void MultiplexedStreamDecoder::finish()
{
    if (hasError())
        return;
    if (m_headerFill > 0 || m_remaining > 0) {
        m_errorOffset = m_consumed + m_headerFill;
        fail(Error::Truncated);
    }
}

void MultiplexedStreamDecoder::reset()
{
    m_headerFill = 0;
    m_remaining = 0;
    m_stream = StreamKind::Stdout;
    m_error = Error::None;
    m_consumed = 0;
    m_errorOffset = 0;
}

void MultiplexedStreamDecoder::fail(Error error)
{
    m_error = error;
    m_headerFill = 0;
    m_remaining = 0;
}

QString MultiplexedStreamDecoder::errorString() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::NotMultiplexed:
        return Tr::tr("The engine's output is not a multiplexed stream (bad frame header at byte %1). "
                      "The container may have been created with a terminal (Tty).")
            .arg(m_errorOffset);
    case Error::Truncated:
        return Tr::tr("The engine's output ended in the middle of a frame (at byte %1).").arg(m_errorOffset);
    }
    return {};
}

} // namespace dd::docker
