// SPDX-License-Identifier: GPL-3.0-or-later
// The log store under a followed container's load: 2M Directus lines appended (copy into
// chunks, level classification, spilling beyond the budget), the resident memory that leaves,
// and a search over all of it. Each figure is printed with a baseline measured in the same
// run: appending the same bytes to a std::vector<char> + std::vector<offset>, and
// std::string_view::find over the same bytes. Never fails on time; fails only when the store
// returns wrong lines or search counts.
#include "logs/LogSearch.h"
#include "logs/LogStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <string_view>
#include <vector>

using namespace dd::logs;
using dd::docker::LogLineView;
using dd::docker::StreamKind;

namespace {

constexpr qint64 Lines = 2'000'000;
constexpr int DistinctLines = 65536;
constexpr qsizetype Budget = 64 * 1024 * 1024;

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

// Directus lines of both styles, 60..300 bytes; 1 in 100 carries the needle.
std::vector<QByteArray> generate()
{
    static const char *const paths[] = {"/items/articles", "/server/ping", "/auth/refresh", "/users/me", "/graphql"};
    Rng rng;
    std::vector<QByteArray> lines;
    char buf[512];
    for (int i = 0; i < DistinctLines; ++i) {
        int n = 0;
        const int kind = rng.below(100);
        if (kind == 0) {
            n = std::snprintf(buf, sizeof buf,
                              "{\"level\":50,\"time\":%lld,\"pid\":1,\"hostname\":\"5c7f3a2b9d01\",\"msg\":\"Database "
                              "connection failed: connect ECONNREFUSED 127.0.0.1:5432\"}",
                              1714566896000LL + i);
        } else if (kind < 60) {
            n = std::snprintf(buf, sizeof buf,
                              "{\"level\":30,\"time\":%lld,\"pid\":1,\"hostname\":\"5c7f3a2b9d01\",\"req\":{\"method\":"
                              "\"GET\",\"url\":\"%s?page=%d\"},\"res\":{\"statusCode\":200},\"responseTime\":%d,"
                              "\"msg\":\"request completed%.*s\"}",
                              1714566896000LL + i, paths[rng.below(5)], rng.below(1000), rng.below(300), rng.below(80),
                              "..............................................................................");
        } else if (kind < 90) {
            n = std::snprintf(buf, sizeof buf, "[12:%02d:%02d.%03d] \x1b[32mINFO\x1b[39m: \x1b[36m%.*s\x1b[39m",
                              rng.below(60), rng.below(60), rng.below(1000), 20 + rng.below(150),
                              "Extensions loaded; Server started at http://0.0.0.0:8055; cache is using memory; "
                              "schema snapshot applied; flows initialised; websockets disabled because not configured");
        } else {
            n = std::snprintf(buf, sizeof buf, "    at Module._compile (node:internal/modules/cjs/loader:%d:%d)",
                              rng.below(2000), rng.below(80));
        }
        lines.emplace_back(buf, n);
    }
    return lines;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

qint64 procStatusKiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

struct SearchRun
{
    double total = 0;
    double firstResult = -1;
    qint64 matches = 0;
};

SearchRun runSearch(const LogStore &store, const LogSearchQuery &query)
{
    LogSearch search;
    SearchRun run;
    QElapsedTimer timer;
    QEventLoop loop;
    QObject::connect(&search, &LogSearch::matchesFound, &loop, [&] {
        if (run.firstResult < 0)
            run.firstResult = seconds(timer);
    });
    QObject::connect(&search, &LogSearch::finished, &loop, [&](qint64 n) {
        run.total = seconds(timer);
        run.matches = n;
        loop.quit();
    });
    timer.start();
    search.start(store.snapshot(), query);
    loop.exec();
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::vector<QByteArray> pool = generate();
    qint64 textBytes = 0;
    for (qint64 i = 0; i < Lines; ++i)
        textBytes += pool[size_t(i % DistinctLines)].size();
    const double mb = double(textBytes) / 1e6;
    std::printf("%lld lines, %.0f MB of text (%d distinct Directus lines, both styles, 1%% with the needle)\n",
                (long long)Lines, mb, DistinctLines);

    // Baseline: the same bytes into one growing vector plus an offset per line.
    double baseAppend = 0;
    double baseReserved = 0;
    qint64 baseNeedles = 0;
    double baseFind = 0;
    const std::string_view needle("ECONNREFUSED");
    QTemporaryDir dir;
    const qint64 rssBefore = procStatusKiB("VmRSS:");
    LogStoreOptions options;
    options.memoryBudget = Budget;
    options.spillDirectory = dir.path();
    LogStore store(options);
    QElapsedTimer t;
    t.start();
    for (qint64 i = 0; i < Lines; ++i) {
        const QByteArray &line = pool[size_t(i % DistinctLines)];
        store.append(LogLineView{StreamKind::Stdout, 1714566896000000000LL + i * 1000, line});
    }
    const double storeAppend = seconds(t);
    const qint64 rssAfter = procStatusKiB("VmRSS:");

    // Raw appends (no classification) into a second store: the copying and spilling alone.
    double rawAppend = 0;
    {
        LogStore raw(options);
        QElapsedTimer r;
        r.start();
        for (qint64 i = 0; i < Lines; ++i)
            raw.appendRaw(pool[size_t(i % DistinctLines)], i, StreamKind::Stdout, LogLevel::Info);
        rawAppend = seconds(r);
    }

    {
        QElapsedTimer t;
        t.start();
        std::vector<char> bytes;
        std::vector<quint64> offsets;
        for (qint64 i = 0; i < Lines; ++i) {
            const QByteArray &line = pool[size_t(i % DistinctLines)];
            offsets.push_back(bytes.size());
            bytes.insert(bytes.end(), line.constData(), line.constData() + line.size());
        }
        baseAppend = seconds(t);

        // The same with the final size reserved up front: no regrowth, the cheapest possible copy.
        std::vector<char> reserved;
        std::vector<quint64> reservedOffsets;
        t.restart();
        reserved.reserve(size_t(textBytes));
        reservedOffsets.reserve(size_t(Lines));
        for (qint64 i = 0; i < Lines; ++i) {
            const QByteArray &line = pool[size_t(i % DistinctLines)];
            reservedOffsets.push_back(reserved.size());
            reserved.insert(reserved.end(), line.constData(), line.constData() + line.size());
        }
        baseReserved = seconds(t);

        t.restart();
        const std::string_view all(bytes.data(), bytes.size());
        for (size_t at = all.find(needle); at != std::string_view::npos; at = all.find(needle, at + needle.size()))
            ++baseNeedles;
        baseFind = seconds(t);
    }

    std::printf("baseline vector<char>+vector<offset> append: %.0f lines/s, %.0f MB/s\n", double(Lines) / baseAppend,
                mb / baseAppend);
    std::printf("baseline, size reserved up front:            %.0f lines/s, %.0f MB/s\n", double(Lines) / baseReserved,
                mb / baseReserved);
    std::printf("LogStore append (classify + copy + spill):   %.0f lines/s, %.0f MB/s; ours/baseline = %.2f\n",
                double(Lines) / storeAppend, mb / storeAppend, baseAppend / storeAppend);
    std::printf("LogStore appendRaw (copy + spill only):      %.0f lines/s, %.0f MB/s; ours/baseline = %.2f, "
                "ours/reserved = %.2f\n",
                double(Lines) / rawAppend, mb / rawAppend, baseAppend / rawAppend, baseReserved / rawAppend);
    std::printf("memory: budget %.0f MiB; chunks resident %.1f MiB (peak %.1f MiB); index %.1f MiB; spilled %.0f MB "
                "in %d of %d chunks\n",
                Budget / 1048576.0, store.residentBytes() / 1048576.0, store.peakResidentBytes() / 1048576.0,
                store.indexBytes() / 1048576.0, store.spilledBytes() / 1e6, store.spilledChunkCount(), store.chunkCount());
    std::printf("VmRSS %.1f MiB after the appends, measured before any baseline ran (+%.1f MiB for the store; "
                "budget + index = %.1f MiB)\n",
                rssAfter / 1024.0, (rssAfter - rssBefore) / 1024.0, (Budget + store.indexBytes()) / 1048576.0);

    // Spot checks: the store must give back what it was given.
    for (qint64 row : {qint64(0), Lines / 3, Lines / 2, Lines - 1}) {
        if (store.text(row) != pool[size_t(row % DistinctLines)]) {
            std::printf("FAILED: row %lld differs\n", (long long)row);
            return 1;
        }
    }

    LogSearchQuery sensitive;
    sensitive.text = QStringLiteral("ECONNREFUSED");
    sensitive.caseSensitive = true;
    LogSearchQuery folded = sensitive;
    folded.caseSensitive = false;
    folded.text = QStringLiteral("econnrefused");
    const SearchRun cs = runSearch(store, sensitive);
    const SearchRun ci = runSearch(store, folded);
    std::printf("baseline string_view::find over the same bytes: %.0f MB/s (%lld hits)\n", mb / baseFind,
                (long long)baseNeedles);
    std::printf("LogSearch case-sensitive:   %.0f MB/s, %.0f lines/s, first result after %.1f ms; ours/baseline = %.2f\n",
                mb / cs.total, double(Lines) / cs.total, cs.firstResult * 1000, baseFind / cs.total);
    std::printf("LogSearch case-insensitive: %.0f MB/s, %.0f lines/s, first result after %.1f ms; ours/baseline = %.2f\n",
                mb / ci.total, double(Lines) / ci.total, ci.firstResult * 1000, baseFind / ci.total);
    std::printf("(search reads %d spilled chunks back from the spill file, page cache warm; reloads so far %lld)\n",
                store.spilledChunkCount(), (long long)store.reloadCount());
    if (cs.matches != baseNeedles || ci.matches != baseNeedles) {
        std::printf("FAILED: search found %lld / %lld lines, the baseline %lld\n", (long long)cs.matches,
                    (long long)ci.matches, (long long)baseNeedles);
        return 1;
    }
    return 0;
}
