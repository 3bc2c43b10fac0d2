// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/LogStoreSnapshot.h"

#include "logs/LogStoreData.h"

namespace dd::logs {

LogStoreSnapshot::LogStoreSnapshot(std::shared_ptr<const LogStoreData> data, qint64 rows)
    : m_data(std::move(data)), m_rows(rows)
{
}

QByteArray LogStoreSnapshot::text(qint64 row) const
{
    return m_data && row >= 0 && row < m_rows ? m_data->text(row) : QByteArray();
}

LogLineMeta LogStoreSnapshot::meta(qint64 row) const
{
    return m_data && row >= 0 && row < m_rows ? m_data->meta(row) : LogLineMeta{};
}

void LogStoreSnapshot::metas(qint64 from, qint64 to, std::vector<LogLineMeta> &out) const
{
    if (m_data)
        m_data->metas(from, std::min(to, m_rows), out);
}

LogChunkView LogStoreSnapshot::chunkAt(qint64 row, qint64 to) const
{
    return m_data->readChunk(m_data->chunkIndexOf(row), row, to);
}

qint64 LogStoreSnapshot::nextChunkRow(qint64 row) const
{
    return m_data->chunkFirstRow(m_data->chunkIndexOf(row) + 1);
}

} // namespace dd::logs
