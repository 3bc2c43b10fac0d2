// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/LogStore.h"

#include "logs/DirectusLogParser.h"
#include "logs/LogStoreData.h"

namespace dd::logs {

LogStore::LogStore(const LogStoreOptions &options, QObject *parent)
    : QObject(parent), d(std::make_shared<LogStoreData>(options))
{
}

LogStore::~LogStore() = default;

LogLevel LogStore::levelFor(QByteArrayView text, docker::StreamKind stream)
{
    const LogLineClass cls = DirectusLogParser::classify(text, stream);
    LogLevel &last = m_lastLevel[int(stream) & 3];
    LogLevel level = cls.level;
    if (cls.style == LogStyle::Plain && !text.isEmpty() && (text[0] == ' ' || text[0] == '\t')
        && last != LogLevel::Unknown)
        level = last;
    last = level;
    return level;
}

void LogStore::append(const docker::LogLineView &line, quint16 serviceId)
{
    const LogLevel level = levelFor(line.text, line.stream);
    const qint64 first = d->rowCount();
    d->append(line.text, LogLineMeta{line.timestampNs, 0, serviceId, level, line.stream});
    Q_EMIT rowsAppended(first, 1);
}

void LogStore::append(const QList<docker::LogLine> &lines, quint16 serviceId)
{
    if (lines.isEmpty())
        return;
    const qint64 first = d->rowCount();
    d->appendMany([&](auto &&add) {
        for (const docker::LogLine &line : lines)
            add(line.text, LogLineMeta{line.timestampNs, 0, serviceId, levelFor(line.text, line.stream), line.stream});
    });
    Q_EMIT rowsAppended(first, lines.size());
}

void LogStore::appendRaw(QByteArrayView text, qint64 timestampNs, docker::StreamKind stream, LogLevel level,
                         quint16 serviceId)
{
    const qint64 first = d->rowCount();
    d->append(text, LogLineMeta{timestampNs, 0, serviceId, level, stream});
    Q_EMIT rowsAppended(first, 1);
}

qint64 LogStore::rowCount() const
{
    return d->rowCount();
}

QByteArray LogStore::text(qint64 row) const
{
    return d->text(row);
}

LogLineMeta LogStore::meta(qint64 row) const
{
    return d->meta(row);
}

LogStoreSnapshot LogStore::snapshot() const
{
    return LogStoreSnapshot(d, d->rowCount());
}

qsizetype LogStore::residentBytes() const
{
    return d->residentBytes();
}

qsizetype LogStore::peakResidentBytes() const
{
    return d->peakResidentBytes();
}

qsizetype LogStore::indexBytes() const
{
    return d->indexBytes();
}

qsizetype LogStore::memoryBudget() const
{
    return d->memoryBudget();
}

qint64 LogStore::spilledBytes() const
{
    return d->spilledBytes();
}

int LogStore::spilledChunkCount() const
{
    return d->spilledChunkCount();
}

int LogStore::chunkCount() const
{
    return d->chunkCount();
}

qint64 LogStore::reloadCount() const
{
    return d->reloadCount();
}

QString LogStore::errorString() const
{
    return d->errorString();
}

} // namespace dd::logs
