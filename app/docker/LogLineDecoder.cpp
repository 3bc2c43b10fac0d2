// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/LogLineDecoder.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace dd::docker {

namespace {

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil), exact for every year without a table or a libc call.
qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + qint64(doe) - 719468;
}

unsigned daysInMonth(int y, unsigned m)
{
    static constexpr unsigned char days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
        return 29;
    return days[m - 1];
}

struct Digits
{
    const unsigned char *s;
    bool ok = true;

    // Two or four decimal digits at i; clears ok on anything else.
    unsigned two(qsizetype i)
    {
        const unsigned a = unsigned(s[i]) - '0';
        const unsigned b = unsigned(s[i + 1]) - '0';
        ok = ok && a <= 9 && b <= 9;
        return a * 10 + b;
    }
    unsigned four(qsizetype i) { return two(i) * 100 + two(i + 2); }
};

constexpr qint64 MaxSeconds = 9223372035; // so seconds * 1e9 + fraction stays in qint64

} // namespace

LogLineDecoder::LogLineDecoder(Framing framing, bool timestamps, Sink sink)
    : m_framing(framing)
    , m_timestamps(timestamps)
    , m_sink(std::move(sink))
{
    m_mux.setSink([this](StreamKind stream, QByteArrayView payload) { onPayload(stream, payload); });
}

void LogLineDecoder::setSink(Sink sink)
{
    m_sink = std::move(sink);
}

void LogLineDecoder::setMaxLineLength(qsizetype bytes)
{
    m_maxLineLength = std::max(bytes, MinimumMaxLineLength);
}

void LogLineDecoder::feed(QByteArrayView data)
{
    if (m_framing == Framing::Raw)
        onPayload(StreamKind::Stdout, data);
    else
        m_mux.feed(data);
}

void LogLineDecoder::finish()
{
    if (m_framing == Framing::Multiplexed)
        m_mux.finish();
    for (qsizetype i = 0; i < qsizetype(m_partial.size()); ++i) {
        Partial &partial = m_partial[size_t(i)];
        if (!partial.bytes.isEmpty()) {
            deliverLine(StreamKind(i), partial, partial.bytes);
            partial.bytes.clear();
        }
    }
}

void LogLineDecoder::decode(QByteArrayView data, QList<LogLine> &out)
{
    m_batch = &out;
    feed(data);
    m_batch = nullptr;
}

void LogLineDecoder::finish(QList<LogLine> &out)
{
    m_batch = &out;
    finish();
    m_batch = nullptr;
}

void LogLineDecoder::reset()
{
    m_mux.reset();
    for (Partial &partial : m_partial)
        partial = Partial{};
}

void LogLineDecoder::onPayload(StreamKind stream, QByteArrayView data)
{
    Partial &partial = m_partial[size_t(stream)];
    const char *p = data.data();
    const char *const end = p + data.size();
    if (!partial.bytes.isEmpty()) {
        const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!nl) {
            partial.bytes.append(p, end - p);
            spillOverlong(stream, partial);
            return;
        }
        partial.bytes.append(p, nl - p);
        deliverLine(stream, partial, partial.bytes);
        partial.bytes.resize(0); // keeps the capacity for the next split line
        p = nl + 1;
    }
    // Whole lines are delivered straight from the input, without a copy.
    while (p < end) {
        const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!nl) {
            partial.bytes.append(p, end - p);
            spillOverlong(stream, partial);
            return;
        }
        deliverLine(stream, partial, QByteArrayView(p, nl - p));
        p = nl + 1;
    }
}

void LogLineDecoder::spillOverlong(StreamKind stream, Partial &partial)
{
    // Keep at least two bytes back: with a trailing "\r" still waiting for its "\n", the pieces
    // must end where they would had the whole line arrived at once.
    const qsizetype size = partial.bytes.size();
    if (size < m_maxLineLength + 2)
        return;
    const qsizetype spill = (size - 2) / m_maxLineLength * m_maxLineLength;
    deliverPieces(stream, partial, QByteArrayView(partial.bytes).first(spill));
    partial.bytes.remove(0, spill);
}

void LogLineDecoder::deliverLine(StreamKind stream, Partial &partial, QByteArrayView raw)
{
    if (raw.endsWith('\r'))
        raw.chop(1);
    // Never empty after earlier pieces: spillOverlong() keeps content back for the last one.
    deliverPieces(stream, partial, raw);
    partial.continuing = false;
}

void LogLineDecoder::deliverPieces(StreamKind stream, Partial &partial, QByteArrayView content)
{
    do {
        QByteArrayView piece = content.first(std::min(content.size(), m_maxLineLength));
        content = content.sliced(piece.size());
        if (!partial.continuing) {
            partial.timestampNs = 0;
            if (m_timestamps)
                piece = piece.sliced(parseTimestamp(piece, &partial.timestampNs));
            partial.continuing = true;
        }
        deliver(LogLineView{stream, partial.timestampNs, piece});
    } while (!content.isEmpty());
}

void LogLineDecoder::deliver(const LogLineView &line)
{
    if (m_batch)
        m_batch->append(line.toLogLine());
    else if (m_sink)
        m_sink(line);
}

qsizetype LogLineDecoder::parseTimestamp(QByteArrayView line, qint64 *timestampNs)
{
    // Shortest form: "2024-05-01T12:34:56Z".
    const qsizetype n = line.size();
    if (n < 20)
        return 0;
    const auto *s = reinterpret_cast<const unsigned char *>(line.data());
    if (s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':')
        return 0;
    Digits d{s};
    const int year = int(d.four(0));
    const unsigned month = d.two(5);
    const unsigned day = d.two(8);
    const unsigned hour = d.two(11);
    const unsigned minute = d.two(14);
    const unsigned second = d.two(17);
    if (!d.ok || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59
        || second > 60) // 60: a leap second, as RFC 3339 allows
        return 0;

    qsizetype i = 19;
    qint64 fraction = 0;
    if (s[i] == '.') {
        ++i;
        const qsizetype start = i;
        while (i < n && unsigned(s[i]) - '0' <= 9) {
            if (i - start < 9)
                fraction = fraction * 10 + (s[i] - '0');
            ++i;
        }
        const qsizetype digits = i - start;
        if (digits == 0)
            return 0;
        for (qsizetype k = digits; k < 9; ++k)
            fraction *= 10;
    }
    if (i >= n)
        return 0;

    qint64 offsetSeconds = 0;
    if (s[i] == 'Z' || s[i] == 'z') {
        ++i;
    } else if (s[i] == '+' || s[i] == '-') {
        if (n - i < 6 || s[i + 3] != ':')
            return 0;
        const unsigned offHours = d.two(i + 1);
        const unsigned offMinutes = d.two(i + 4);
        if (!d.ok || offHours > 23 || offMinutes > 59)
            return 0;
        offsetSeconds = qint64(offHours) * 3600 + offMinutes * 60;
        if (s[i] == '-')
            offsetSeconds = -offsetSeconds;
        i += 6;
    } else {
        return 0;
    }
    if (i < n) {
        if (s[i] != ' ')
            return 0;
        ++i;
    }

    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + qint64(hour) * 3600 + minute * 60 + second
        - offsetSeconds;
    if (seconds > MaxSeconds || seconds < -MaxSeconds)
        return 0; // outside what a qint64 of nanoseconds holds (years before 1678 or after 2261)
    *timestampNs = seconds * 1000000000 + fraction;
    return i;
}

} // namespace dd::docker
