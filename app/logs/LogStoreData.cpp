// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/LogStoreData.h"

#include "logs/LogsLogging.h"
#include "logs/LogsTr.h"

#include <QDir>
#include <QTemporaryFile>

#include <algorithm>
#include <cstring>

namespace dd::logs {

namespace {

constexpr qsizetype MinimumChunkSize = 4 * 1024;

} // namespace

LogStoreData::LogStoreData(const LogStoreOptions &options) : m_options(options)
{
    m_options.chunkSize = std::clamp<qsizetype>(m_options.chunkSize, MinimumChunkSize, qsizetype(1) << 30);
    m_options.memoryBudget = std::max(m_options.memoryBudget, 2 * m_options.chunkSize);
    m_options.reloadCacheChunks = std::max(m_options.reloadCacheChunks, 1);
}

LogStoreData::~LogStoreData() = default;

void LogStoreData::append(QByteArrayView text, const LogLineMeta &meta)
{
    QMutexLocker lock(&m_mutex);
    appendLocked(text, meta);
}

void LogStoreData::appendLocked(QByteArrayView text, const LogLineMeta &meta)
{
    const qsizetype size = text.size();
    if (m_chunks.empty() || m_chunks.back().used + size > m_chunks.back().resident->capacity)
        openChunk(size);
    Chunk &chunk = m_chunks.back();
    if (size > 0)
        std::memcpy(chunk.resident->bytes.get() + chunk.used, text.data(), size_t(size));

    if ((m_rows >> BlockShift) >= qint64(m_blocks.size()))
        m_blocks.emplace_back(new LogLineMeta[size_t(BlockRows)]);
    LogLineMeta &slot = metaAt(m_rows);
    slot = meta;
    slot.offset = quint32(chunk.used);
    chunk.used += size;
    ++chunk.rows;
    ++m_rows;
}

void LogStoreData::openChunk(qsizetype atLeast)
{
    // The chunk being closed is full: it may now be spilled (the open one never is).
    // Room is made before the new chunk is allocated, so the budget holds at every moment.
    const qsizetype size = std::max(m_options.chunkSize, atLeast);
    enforceBudgetLocked(-1, size, int(m_chunks.size()));
    Chunk chunk;
    chunk.firstRow = m_rows;
    chunk.resident = std::make_shared<LogChunkBuffer>(size);
    m_chunks.push_back(std::move(chunk));
    addResident(size);
}

void LogStoreData::addResident(qsizetype bytes) const
{
    m_resident += bytes;
    m_peakResident = std::max(m_peakResident, m_resident);
}

LogLineMeta &LogStoreData::metaAt(qint64 row) const
{
    return m_blocks[size_t(row >> BlockShift)][size_t(row & (BlockRows - 1))];
}

int LogStoreData::chunkIndexOfLocked(qint64 row) const
{
    // The last chunk first: readers mostly look at the newest rows.
    if (!m_chunks.empty() && row >= m_chunks.back().firstRow)
        return int(m_chunks.size()) - 1;
    const auto it = std::upper_bound(m_chunks.begin(), m_chunks.end(), row,
                                     [](qint64 r, const Chunk &c) { return r < c.firstRow; });
    return int(it - m_chunks.begin()) - 1;
}

quint32 LogStoreData::endOfLocked(qint64 row, const Chunk &chunk) const
{
    return row + 1 < chunk.firstRow + chunk.rows ? metaAt(row + 1).offset : quint32(chunk.used);
}

std::shared_ptr<LogChunkBuffer> LogStoreData::residentBufferLocked(int index) const
{
    Chunk &chunk = m_chunks[size_t(index)];
    if (chunk.resident) {
        if (chunk.fileOffset >= 0) { // a reloaded chunk: now the most recently used
            const auto it = std::find(m_reloaded.begin(), m_reloaded.end(), index);
            if (it != m_reloaded.end())
                std::rotate(it, it + 1, m_reloaded.end());
        }
        return chunk.resident;
    }
    const qsizetype size = std::max<qsizetype>(chunk.used, 1);
    // Make room first: drop the oldest reloaded chunks beyond the cache size, then the budget.
    while (!m_reloaded.empty() && int(m_reloaded.size()) >= m_options.reloadCacheChunks) {
        Chunk &old = m_chunks[size_t(m_reloaded.front())];
        m_resident -= old.resident->capacity;
        old.resident.reset();
        m_reloaded.erase(m_reloaded.begin());
    }
    enforceBudgetLocked(index, size, int(m_chunks.size()) - 1);
    auto buffer = std::make_shared<LogChunkBuffer>(size);
    if (!m_spill || !m_spill->seek(chunk.fileOffset)
        || m_spill->read(buffer->bytes.get(), chunk.used) != chunk.used) {
        m_error = Tr::tr("Older log lines could not be read back from the temporary file: %1")
                      .arg(m_spill ? m_spill->errorString() : QString());
        qCWarning(ddLogs) << m_error;
        return {};
    }
    ++m_reloads;
    chunk.resident = buffer;
    addResident(buffer->capacity);
    m_reloaded.push_back(index);
    return buffer;
}

void LogStoreData::enforceBudgetLocked(int keep, qsizetype incoming, int spillBefore) const
{
    // Reloaded chunks go first (they are on disk already), then the oldest chunks are spilled;
    // chunks from `spillBefore` on (the open one) stay.
    const qsizetype budget = m_options.memoryBudget - incoming;
    for (auto it = m_reloaded.begin(); m_resident > budget && it != m_reloaded.end();) {
        if (*it == keep) {
            ++it;
            continue;
        }
        Chunk &chunk = m_chunks[size_t(*it)];
        m_resident -= chunk.resident->capacity;
        chunk.resident.reset();
        it = m_reloaded.erase(it);
    }
    while (m_resident > budget && m_firstUnspilled < spillBefore && !m_spillBroken) {
        if (m_firstUnspilled == keep)
            break;
        if (!spillLocked(m_firstUnspilled))
            break;
        ++m_firstUnspilled;
    }
}

bool LogStoreData::spillLocked(int index) const
{
    Chunk &chunk = m_chunks[size_t(index)];
    if (!m_spill) {
        const QString dir = m_options.spillDirectory.isEmpty() ? QDir::tempPath() : m_options.spillDirectory;
        m_spill = std::make_unique<QTemporaryFile>(dir + QStringLiteral("/dd-logs-XXXXXX.spill"));
        if (!m_spill->open()) {
            m_error = Tr::tr("Older log lines cannot be moved to disk (%1): memory use is no longer bounded.")
                          .arg(m_spill->errorString());
            qCWarning(ddLogs) << m_error;
            m_spillBroken = true;
            return false;
        }
    }
    const qint64 at = m_spilledBytes;
    if (!m_spill->seek(at) || m_spill->write(chunk.resident->bytes.get(), chunk.used) != chunk.used) {
        m_error = Tr::tr("Older log lines cannot be moved to disk (%1): memory use is no longer bounded.")
                      .arg(m_spill->errorString());
        qCWarning(ddLogs) << m_error;
        m_spillBroken = true;
        return false;
    }
    chunk.fileOffset = at;
    m_spilledBytes += chunk.used;
    ++m_spilledChunks;
    m_resident -= chunk.resident->capacity;
    chunk.resident.reset(); // a reader still holding the buffer keeps it alive until it is done
    return true;
}

qint64 LogStoreData::rowCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_rows;
}

LogLineMeta LogStoreData::meta(qint64 row) const
{
    QMutexLocker lock(&m_mutex);
    return row >= 0 && row < m_rows ? metaAt(row) : LogLineMeta{};
}

void LogStoreData::metas(qint64 from, qint64 to, std::vector<LogLineMeta> &out) const
{
    QMutexLocker lock(&m_mutex);
    from = std::max<qint64>(from, 0);
    to = std::min(to, m_rows);
    for (qint64 row = from; row < to; ++row)
        out.push_back(metaAt(row));
}

QByteArray LogStoreData::text(qint64 row) const
{
    QMutexLocker lock(&m_mutex);
    if (row < 0 || row >= m_rows)
        return {};
    const int index = chunkIndexOfLocked(row);
    const auto buffer = residentBufferLocked(index);
    if (!buffer)
        return {};
    const quint32 from = metaAt(row).offset;
    const quint32 to = endOfLocked(row, m_chunks[size_t(index)]);
    return QByteArray(buffer->bytes.get() + from, qsizetype(to - from));
}

int LogStoreData::chunkIndexOf(qint64 row) const
{
    QMutexLocker lock(&m_mutex);
    return chunkIndexOfLocked(row);
}

int LogStoreData::chunkCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_chunks.size());
}

qint64 LogStoreData::chunkFirstRow(int chunk) const
{
    QMutexLocker lock(&m_mutex);
    return chunk >= 0 && chunk < int(m_chunks.size()) ? m_chunks[size_t(chunk)].firstRow : m_rows;
}

LogChunkView LogStoreData::readChunk(int index, qint64 from, qint64 to) const
{
    QMutexLocker lock(&m_mutex);
    LogChunkView view;
    if (index < 0 || index >= int(m_chunks.size()))
        return view;
    const Chunk &chunk = m_chunks[size_t(index)];
    from = std::max(from, chunk.firstRow);
    to = std::min(to, chunk.firstRow + chunk.rows);
    view.firstRow = from;
    if (from >= to)
        return view;
    view.buffer = residentBufferLocked(index);
    if (!view.buffer)
        return view;
    view.metas.reserve(size_t(to - from));
    for (qint64 row = from; row < to; ++row)
        view.metas.push_back(metaAt(row));
    view.end = endOfLocked(to - 1, chunk);
    return view;
}

qsizetype LogStoreData::residentBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_resident;
}

qsizetype LogStoreData::peakResidentBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_peakResident;
}

qsizetype LogStoreData::indexBytes() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_blocks.size()) * BlockRows * qsizetype(sizeof(LogLineMeta))
           + qsizetype(m_chunks.capacity() * sizeof(Chunk));
}

qint64 LogStoreData::spilledBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_spilledBytes;
}

int LogStoreData::spilledChunkCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_spilledChunks;
}

qint64 LogStoreData::reloadCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_reloads;
}

qsizetype LogStoreData::memoryBudget() const
{
    return m_options.memoryBudget;
}

QString LogStoreData::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

} // namespace dd::logs
