// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/LogLineMeta.h"
#include "logs/LogStoreOptions.h"

#include <QByteArray>
#include <QMutex>
#include <QString>

#include <memory>
#include <vector>

class QTemporaryFile;

namespace dd::logs {

// One chunk's bytes. Written only past `used` by the appending thread, so readers on other
// threads may read [0, used-they-saw) without a lock; shared so a spilled chunk's memory lives
// on while a reader still holds it.
struct LogChunkBuffer
{
    explicit LogChunkBuffer(qsizetype size) : bytes(new char[size_t(size)]), capacity(size) {}
    std::unique_ptr<char[]> bytes;
    qsizetype capacity;
};

// The rows of one chunk copied out for a reader (a search, an export): its bytes stay valid
// for as long as the view lives, whatever the store does meanwhile.
struct LogChunkView
{
    std::shared_ptr<const LogChunkBuffer> buffer;
    qint64 firstRow = 0;
    std::vector<LogLineMeta> metas;
    quint32 end = 0; // where the last copied row ends

    qsizetype size() const { return qsizetype(metas.size()); }
    QByteArrayView text(qsizetype i) const
    {
        const quint32 from = metas[size_t(i)].offset;
        const quint32 to = size_t(i) + 1 < metas.size() ? metas[size_t(i) + 1].offset : end;
        return QByteArrayView(buffer->bytes.get() + from, qsizetype(to - from));
    }
};

// The shared state behind LogStore and its snapshots. Every member function locks; the
// appending thread and reader threads meet only here.
class LogStoreData
{
public:
    explicit LogStoreData(const LogStoreOptions &options);
    ~LogStoreData();

    void append(QByteArrayView text, const LogLineMeta &meta);
    template<typename F>
    void appendMany(F &&produce) // produce(appendFn): one lock for a whole batch
    {
        QMutexLocker lock(&m_mutex);
        produce([this](QByteArrayView text, const LogLineMeta &meta) { appendLocked(text, meta); });
    }

    qint64 rowCount() const;
    LogLineMeta meta(qint64 row) const;
    QByteArray text(qint64 row) const; // empty when the spill file could not be read
    // Metadata of rows [from, to) copied out under one lock (filters, merges).
    void metas(qint64 from, qint64 to, std::vector<LogLineMeta> &out) const;

    int chunkIndexOf(qint64 row) const;
    int chunkCount() const;
    qint64 chunkFirstRow(int chunk) const;
    // The rows [from, to) of `chunk` (clamped to it), reloading a spilled chunk when needed.
    LogChunkView readChunk(int chunk, qint64 from, qint64 to) const;

    qsizetype residentBytes() const;
    qsizetype peakResidentBytes() const;
    qsizetype indexBytes() const;
    qint64 spilledBytes() const;
    int spilledChunkCount() const;
    qint64 reloadCount() const;
    qsizetype memoryBudget() const;
    QString errorString() const;

private:
    struct Chunk
    {
        qint64 firstRow = 0;
        qint64 rows = 0;
        qsizetype used = 0;
        qint64 fileOffset = -1; // where it was spilled; -1 while only in memory
        std::shared_ptr<LogChunkBuffer> resident; // null when spilled and not reloaded
    };

    void appendLocked(QByteArrayView text, const LogLineMeta &meta);
    void openChunk(qsizetype atLeast);
    int chunkIndexOfLocked(qint64 row) const;
    LogLineMeta &metaAt(qint64 row) const;
    quint32 endOfLocked(qint64 row, const Chunk &chunk) const;
    std::shared_ptr<LogChunkBuffer> residentBufferLocked(int chunk) const;
    void enforceBudgetLocked(int keep, qsizetype incoming, int spillBefore) const;
    bool spillLocked(int chunk) const;
    void addResident(qsizetype bytes) const;

    static constexpr int BlockShift = 16;
    static constexpr qint64 BlockRows = qint64(1) << BlockShift;

    mutable QMutex m_mutex;
    LogStoreOptions m_options;
    // Chunks and the reload cache change on reads too (a spilled chunk comes back): mutable.
    mutable std::vector<Chunk> m_chunks;
    mutable std::vector<int> m_reloaded; // least recently used first
    // The index in fixed blocks: growing never moves (or doubles) the existing entries.
    std::vector<std::unique_ptr<LogLineMeta[]>> m_blocks;
    qint64 m_rows = 0;
    mutable qsizetype m_resident = 0;
    mutable qsizetype m_peakResident = 0;
    mutable int m_firstUnspilled = 0;
    mutable int m_spilledChunks = 0;
    mutable qint64 m_spilledBytes = 0;
    mutable qint64 m_reloads = 0;
    mutable std::unique_ptr<QTemporaryFile> m_spill;
    mutable bool m_spillBroken = false;
    mutable QString m_error;
};

} // namespace dd::logs
