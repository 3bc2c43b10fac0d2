// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/LogLineMeta.h"
#include "logs/LogStoreData.h"

#include <QByteArray>

#include <algorithm>
#include <memory>
#include <vector>

namespace dd::logs {

// A store's first rowCount() rows, readable from any thread while the store keeps growing
// (rows never change once appended). Keeps the store's data, spill file included, alive.
class LogStoreSnapshot
{
public:
    LogStoreSnapshot() = default;
    LogStoreSnapshot(std::shared_ptr<const LogStoreData> data, qint64 rows);

    bool isNull() const { return !m_data; }
    qint64 rowCount() const { return m_rows; }
    QByteArray text(qint64 row) const;
    LogLineMeta meta(qint64 row) const;
    // The index entries of rows [from, to) appended to `out`, under one lock.
    void metas(qint64 from, qint64 to, std::vector<LogLineMeta> &out) const;

    // Visits rows [from, to) one chunk at a time, in order; the chunk's bytes are valid during
    // the call. Return false from `visit` to stop. A chunk that cannot be read back is skipped.
    template<typename F>
    void forEachChunk(qint64 from, qint64 to, F &&visit) const
    {
        to = std::min(to, m_rows);
        for (qint64 row = std::max<qint64>(from, 0); row < to;) {
            const LogChunkView view = chunkAt(row, to);
            if (!visit(view))
                return;
            const qint64 next = nextChunkRow(row);
            row = next > row ? next : to;
        }
    }

private:
    LogChunkView chunkAt(qint64 row, qint64 to) const;
    qint64 nextChunkRow(qint64 row) const;

    std::shared_ptr<const LogStoreData> m_data;
    qint64 m_rows = 0;
};

} // namespace dd::logs
