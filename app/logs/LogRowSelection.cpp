// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/LogRowSelection.h"

#include <algorithm>
#include <atomic>
#include <numeric>

namespace dd::logs {

LogRowSelection LogRowSelection::build(const QList<LogStoreSnapshot> &sources, const std::vector<qint64> &from,
                                       LogLevelMask mask, bool merge, const std::atomic_bool *cancel)
{
    LogRowSelection out;
    out.scanned.resize(size_t(sources.size()), 0);
    for (int s = 0; s < sources.size(); ++s) {
        const LogStoreSnapshot &snapshot = sources[s];
        const qint64 start = size_t(s) < from.size() ? from[size_t(s)] : 0;
        // Only the index is read (in blocks, one lock each): spilled text stays on disk.
        constexpr qint64 Block = 64 * 1024;
        std::vector<LogLineMeta> metas;
        for (qint64 row = start; row < snapshot.rowCount(); row += Block) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return out;
            metas.clear();
            snapshot.metas(row, std::min(row + Block, snapshot.rowCount()), metas);
            for (size_t i = 0; i < metas.size(); ++i) {
                if (!(mask & levelBit(metas[i].level)))
                    continue;
                out.refs.push_back(ref(s, row + qint64(i)));
                if (merge)
                    out.times.push_back(metas[i].timestampNs);
            }
        }
        out.scanned[size_t(s)] = snapshot.rowCount();
    }
    if (merge && sources.size() > 1) {
        std::vector<quint32> order(out.refs.size());
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
            return before(out.times[a], out.refs[a], out.times[b], out.refs[b]);
        });
        std::vector<quint64> refs(order.size());
        std::vector<qint64> times(order.size());
        for (size_t i = 0; i < order.size(); ++i) {
            refs[i] = out.refs[order[i]];
            times[i] = out.times[order[i]];
        }
        out.refs.swap(refs);
        out.times.swap(times);
    }
    return out;
}

} // namespace dd::logs
