// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of the log pipeline's first stage: a multiplexed logs?timestamps=1 body decoded
// into lines on one thread, in 64 KiB reads as a socket delivers them. Prints figures and the
// ratio to a plain memchr scan of the same bytes measured in the same run; never fails on
// time, only when the decoded line count is wrong.
#include "docker/LogLineDecoder.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace dd::docker;

namespace {

constexpr qsizetype TargetBytes = 200 * 1000 * 1000;
constexpr qsizetype ReadSize = 64 * 1024;
constexpr int Rounds = 3;

struct Rng
{
    quint64 state = 0x9e3779b97f4a7c15ull;
    quint64 next()
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    int below(int n) { return int(next() % quint64(n)); }
};

struct Generated
{
    QByteArray stream;
    qint64 lines = 0;
    qint64 textBytes = 0; // line text without timestamps and terminators
    int shortest = 1 << 30;
    int longest = 0;
};

void appendFrame(QByteArray &out, StreamKind stream, const char *data, qsizetype size)
{
    const auto n = quint32(size);
    const char header[8] = {char(stream), 0, 0, 0, char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
    out.append(header, 8);
    out.append(data, size);
}

// Directus (pino, LOG_STYLE=raw) lines of 80 to 300 bytes behind a timestamps=1 prefix.
Generated generate()
{
    static const char *const paths[] = {"/items/articles", "/server/ping", "/auth/refresh", "/users/me",
                                        "/files/2f6b1c1e-6c8e-4b8a-9a57-1f3e1d2c3b4a", "/graphql",
                                        "/items/comments?filter[status][_eq]=published&sort=-date_created"};
    Rng rng;
    Generated g;
    g.stream.reserve(TargetBytes + 64 * 1024);
    // Lines go to stdout or stderr; each stream's bytes are cut into frames on their own.
    QByteArray pending[3];
    qint64 second = 1714566896;
    char line[512];
    while (g.stream.size() < TargetBytes) {
        const bool err = rng.below(100) < 15;
        const int nanos = rng.below(1000000000);
        second += rng.below(2);
        const time_t t = time_t(second);
        struct tm tm;
        gmtime_r(&t, &tm);
        int n = std::snprintf(line, sizeof line, "%04d-%02d-%02dT%02d:%02d:%02d.%09dZ ", tm.tm_year + 1900,
                              tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, nanos);
        const int prefix = n;
        if (err) {
            n += std::snprintf(line + n, sizeof line - size_t(n),
                               "{\"level\":50,\"time\":%lld,\"pid\":1,\"hostname\":\"5c7f3a2b9d01\",\"msg\":\"%.*s\"}",
                               second * 1000LL, 20 + rng.below(150),
                               "Database connection failed: connect ECONNREFUSED while running migrations; retrying "
                               "in 5 seconds because the database container is still starting up and not ready yet "
                               "to accept connections");
        } else {
            n += std::snprintf(line + n, sizeof line - size_t(n),
                               "{\"level\":30,\"time\":%lld,\"pid\":1,\"hostname\":\"5c7f3a2b9d01\",\"req\":{\"method\":"
                               "\"GET\",\"url\":\"%s?page=%d\"},\"res\":{\"statusCode\":200},\"responseTime\":%d,"
                               "\"msg\":\"request completed%.*s\"}",
                               second * 1000LL, paths[rng.below(7)], rng.below(1000), rng.below(300),
                               rng.below(60), "................................................................"
                                               "..............................................");
        }
        g.textBytes += n - prefix;
        g.shortest = std::min(g.shortest, n - prefix);
        g.longest = std::max(g.longest, n - prefix);
        line[n++] = '\n';
        ++g.lines;
        QByteArray &buffer = pending[err ? 2 : 1];
        buffer.append(line, n);
        // Mostly a frame per line, as the json-file driver gives them; sometimes frames that cut
        // lines anywhere, as attach and exec streams do.
        if (rng.below(100) < 70) {
            appendFrame(g.stream, err ? StreamKind::Stderr : StreamKind::Stdout, buffer.constData(), buffer.size());
            buffer.resize(0);
        } else {
            while (buffer.size() > 0 && rng.below(2) == 0) {
                const qsizetype cut = std::min<qsizetype>(buffer.size(), 1 + rng.below(16 * 1024));
                appendFrame(g.stream, err ? StreamKind::Stderr : StreamKind::Stdout, buffer.constData(), cut);
                buffer.remove(0, cut);
            }
        }
    }
    for (int s = 1; s <= 2; ++s) {
        if (!pending[s].isEmpty())
            appendFrame(g.stream, StreamKind(s), pending[s].constData(), pending[s].size());
    }
    return g;
}

struct Counts
{
    qint64 lines = 0;
    qint64 textBytes = 0;
    qint64 withTimestamp = 0;
};

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main()
{
    std::printf("generating a multiplexed log stream of about %lld MB...\n", (long long)(TargetBytes / 1000000));
    const Generated g = generate();
    const QByteArrayView input(g.stream);
    const double mb = double(input.size()) / 1e6;

    double best = 1e9;
    Counts counts;
    for (int round = 0; round < Rounds; ++round) {
        Counts c;
        LogLineDecoder decoder(LogLineDecoder::Framing::Multiplexed, true, [&c](const LogLineView &line) {
            ++c.lines;
            c.textBytes += line.text.size();
            c.withTimestamp += line.timestampNs != 0;
        });
        QElapsedTimer timer;
        timer.start();
        for (qsizetype at = 0; at < input.size(); at += ReadSize)
            decoder.feed(input.sliced(at, std::min(ReadSize, input.size() - at)));
        decoder.finish();
        best = std::min(best, seconds(timer));
        if (decoder.hasError()) {
            std::printf("FAILED: %s\n", qPrintable(decoder.errorString()));
            return 1;
        }
        counts = c;
    }

    // The convenience API, which copies every line into a QByteArray of its own.
    double bestBatch = 1e9;
    qint64 batchLines = 0;
    for (int round = 0; round < Rounds; ++round) {
        LogLineDecoder decoder(LogLineDecoder::Framing::Multiplexed, true);
        QList<LogLine> lines;
        qint64 n = 0;
        QElapsedTimer timer;
        timer.start();
        for (qsizetype at = 0; at < input.size(); at += ReadSize) {
            decoder.decode(input.sliced(at, std::min(ReadSize, input.size() - at)), lines);
            n += lines.size();
            lines.clear();
        }
        decoder.finish(lines);
        n += lines.size();
        bestBatch = std::min(bestBatch, seconds(timer));
        batchLines = n;
    }

    double baseline = 1e9;
    qint64 newlines = 0;
    for (int round = 0; round < Rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        qint64 n = 0;
        const char *p = input.data();
        const char *const end = p + input.size();
        while (const void *hit = std::memchr(p, '\n', size_t(end - p))) {
            ++n;
            p = static_cast<const char *>(hit) + 1;
        }
        baseline = std::min(baseline, seconds(timer));
        newlines = n;
    }

    const double ours = mb / best;
    const double base = mb / baseline;
    std::printf("log decode: %.0f MB/s, %.0f lines/s over %.0f MB (goal >= 300 MB/s)\n", ours,
                double(counts.lines) / best, mb);
    std::printf("log decode into QList<LogLine>: %.0f MB/s, %.0f lines/s\n", mb / bestBatch,
                double(batchLines) / bestBatch);
    std::printf("baseline memchr newline count: %.0f MB/s (%lld newlines); ours/baseline = %.2f\n", base,
                (long long)newlines, ours / base);
    std::printf("(best of %d rounds each; %lld KiB reads; %lld lines of %d..%d bytes, mean %.0f, timestamps parsed)\n",
                Rounds, (long long)(ReadSize / 1024), (long long)counts.lines, g.shortest, g.longest,
                double(g.textBytes) / double(g.lines));

    if (counts.lines != g.lines || batchLines != g.lines || counts.textBytes != g.textBytes || counts.withTimestamp != g.lines) {
        std::printf("FAILED: decoded %lld lines (%lld text bytes, %lld with a timestamp), generated %lld lines "
                    "(%lld text bytes)\n",
                    (long long)counts.lines, (long long)counts.textBytes, (long long)counts.withTimestamp,
                    (long long)g.lines, (long long)g.textBytes);
        return 1;
    }
    return 0;
}
