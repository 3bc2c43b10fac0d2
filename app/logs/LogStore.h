// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/LogLine.h"
#include "logs/LogLineMeta.h"
#include "logs/LogStoreOptions.h"
#include "logs/LogStoreSnapshot.h"

#include <QList>
#include <QObject>

#include <memory>

namespace dd::logs {

class LogStoreData;

// One container's log: append-only, unbounded in lines, bounded in memory. Line text is
// copied into large chunks with a 16-byte index entry per line; when the chunks exceed the
// memory budget the oldest are written to a temporary file and read back on demand. Rows are
// numbered from 0 in append order and never change.
//
// Appends come from the thread the store lives in; reads (text, meta, snapshots) are safe
// from any thread. Deduplication is not done here: LogStream already resumes without repeats.
class LogStore : public QObject
{
    Q_OBJECT
public:
    explicit LogStore(const LogStoreOptions &options = {}, QObject *parent = nullptr);
    ~LogStore() override;

    // The level is parsed here (DirectusLogParser::classify). A plain line that starts with
    // white space right after another line of the same stream takes that line's level: stack
    // traces and pino-pretty's indented properties belong to the line above them.
    void append(const docker::LogLineView &line, quint16 serviceId = 0);
    void append(const QList<docker::LogLine> &lines, quint16 serviceId = 0);
    // Without parsing, for callers that already know the level.
    void appendRaw(QByteArrayView text, qint64 timestampNs, docker::StreamKind stream, LogLevel level,
                   quint16 serviceId = 0);

    qint64 rowCount() const;
    QByteArray text(qint64 row) const;
    LogLineMeta meta(qint64 row) const;
    LogStoreSnapshot snapshot() const;

    // Bytes of chunk memory held now (the budget bounds this), the most ever held, and the
    // per-line index (16 bytes a line, never spilled).
    qsizetype residentBytes() const;
    qsizetype peakResidentBytes() const;
    qsizetype indexBytes() const;
    qsizetype memoryBudget() const;
    qint64 spilledBytes() const;
    int spilledChunkCount() const;
    int chunkCount() const;
    qint64 reloadCount() const;
    // Why spilling or reading back failed, for the view to show; empty when all is well.
    QString errorString() const;

Q_SIGNALS:
    // Once per append call (a batch is one call); the model coalesces these per frame.
    void rowsAppended(qint64 first, qint64 count);

private:
    LogLevel levelFor(QByteArrayView text, docker::StreamKind stream);

    std::shared_ptr<LogStoreData> d;
    LogLevel m_lastLevel[4] = {};
};

} // namespace dd::logs
