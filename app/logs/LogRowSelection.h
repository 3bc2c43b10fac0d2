// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/LogLevel.h"
#include "logs/LogLineMeta.h"
#include "logs/LogStoreSnapshot.h"

#include <QList>

#include <vector>

namespace dd::logs {

// Which rows of which sources a view shows, in what order: the level filter and the merge of
// several services by timestamp. Shared by the model (rebuilt off the UI thread when the
// filter changes) and the exporter, so an export has exactly the view's lines and order.
//
// A row reference packs the source index in the top 16 bits and the store row below.
// Merged order is (engine timestamp, source, row): stable, and per source it is append order
// because a container's engine timestamps never go back.
class LogRowSelection
{
public:
    static constexpr int SourceShift = 48;
    static constexpr quint64 RowMask = (quint64(1) << SourceShift) - 1;

    static quint64 ref(int source, qint64 row) { return (quint64(source) << SourceShift) | quint64(row); }
    static int sourceOf(quint64 ref) { return int(ref >> SourceShift); }
    static qint64 rowOf(quint64 ref) { return qint64(ref & RowMask); }

    // (time, ref) ordering of the merged view.
    static bool before(qint64 timeA, quint64 refA, qint64 timeB, quint64 refB)
    {
        if (timeA != timeB)
            return timeA < timeB;
        return refA < refB;
    }

    std::vector<quint64> refs;
    std::vector<qint64> times;   // parallel to refs; filled only when merged
    std::vector<qint64> scanned; // per source: rows considered (the snapshot's row count)

    // Rows [from[i], snapshot i's end) of every source, filtered; merged by time when `merge`.
    // Returns early (incomplete) when *cancel becomes true.
    static LogRowSelection build(const QList<LogStoreSnapshot> &sources, const std::vector<qint64> &from,
                                 LogLevelMask mask, bool merge, const std::atomic_bool *cancel = nullptr);
};

} // namespace dd::logs
