// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/LogListModel.h"

#include "logs/DirectusLogParser.h"
#include "logs/LogStore.h"

#include <QDateTime>
#include <QThreadPool>

#include <algorithm>
#include <numeric>

namespace dd::logs {

LogListModel::LogListModel(QObject *parent) : QAbstractListModel(parent)
{
    m_tick.setSingleShot(true);
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &LogListModel::flush);
}

LogListModel::~LogListModel()
{
    if (m_rebuild)
        m_rebuild->detach();
}

int LogListModel::addSource(LogStore *store, const QString &service)
{
    Q_ASSERT(store);
    Q_ASSERT(m_sources.size() < 0xffff);
    m_sources.push_back(Source{store, service, 0});
    connect(store, &LogStore::rowsAppended, this, &LogListModel::onStoreAppended);
    connect(store, &QObject::destroyed, this, &LogListModel::onStoreDestroyed);
    resetRows();
    Q_EMIT sourcesChanged();
    return int(m_sources.size()) - 1;
}

void LogListModel::clearSources()
{
    for (const Source &source : m_sources) {
        if (source.store)
            disconnect(source.store, nullptr, this, nullptr);
    }
    m_sources.clear();
    resetRows();
    Q_EMIT sourcesChanged();
}

void LogListModel::onStoreDestroyed(QObject *store)
{
    const auto it = std::find_if(m_sources.begin(), m_sources.end(),
                                 [store](const Source &s) { return s.store.isNull() || s.store == store; });
    if (it == m_sources.end())
        return;
    m_sources.erase(it);
    resetRows();
    Q_EMIT sourcesChanged();
}

LogStore *LogListModel::source(int index) const
{
    return index >= 0 && index < sourceCount() ? m_sources[size_t(index)].store.data() : nullptr;
}

QString LogListModel::serviceName(int index) const
{
    return index >= 0 && index < sourceCount() ? m_sources[size_t(index)].service : QString();
}

// Starts over from row 0 of every source: the rows come back through flush() (identity) or a
// rebuild on a worker (filtered or merged).
void LogListModel::resetRows()
{
    beginResetModel();
    m_shownTexts.clear();
    m_refs.clear();
    m_refs.shrink_to_fit();
    m_times.clear();
    m_times.shrink_to_fit();
    m_identityRows = 0;
    m_identityView = identity();
    for (Source &source : m_sources)
        source.seen = 0;
    endResetModel();
    if (identity() || m_sources.empty()) {
        if (m_rebuild) {
            m_rebuild->detach();
            m_rebuild.reset();
            ++m_generation;
            Q_EMIT filteringChanged();
        }
        flush();
    } else {
        startRebuild();
    }
}

void LogListModel::setLevelMask(LogLevelMask mask)
{
    mask &= AllLogLevels;
    if (mask == m_mask)
        return;
    m_mask = mask;
    if (identity() && !m_rebuild) {
        // Back to every line of one store: the rows are the store's own, nothing to compute.
        flush();
        beginResetModel();
        m_identityRows = m_sources.front().seen;
        m_identityView = true;
        m_refs.clear();
        m_refs.shrink_to_fit();
        endResetModel();
        Q_EMIT filterApplied();
    } else if (identity()) {
        resetRows();
    } else {
        startRebuild();
    }
    Q_EMIT levelMaskChanged();
}

void LogListModel::setShowTimestamps(bool show)
{
    if (show == m_showTimestamps)
        return;
    m_showTimestamps = show;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
    Q_EMIT showTimestampsChanged();
}

void LogListModel::setFollow(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    Q_EMIT followChanged();
}

QList<LogStoreSnapshot> LogListModel::snapshots() const
{
    QList<LogStoreSnapshot> out;
    for (const Source &source : m_sources)
        out.append(source.store ? source.store->snapshot() : LogStoreSnapshot());
    return out;
}

void LogListModel::startRebuild()
{
    if (m_rebuild)
        m_rebuild->detach();
    m_tick.stop();
    const quint64 generation = ++m_generation;
    auto link = std::make_shared<LogWorkerLink>(this);
    m_rebuild = link;
    const QList<LogStoreSnapshot> sources = snapshots();
    const LogLevelMask mask = m_mask;
    const bool merge = isMerged();
    LogListModel *model = this;
    QThreadPool::globalInstance()->start([link, sources, mask, merge, generation, model] {
        LogRowSelection selection = LogRowSelection::build(sources, {}, mask, merge, link->cancelFlag());
        if (link->cancelled())
            return;
        // Runs on the model's thread, and only while the model is alive (see LogWorkerLink).
        link->post([model, generation, selection = std::move(selection)]() mutable {
            model->applyRebuild(generation, std::move(selection));
        });
    });
    Q_EMIT filteringChanged();
}

void LogListModel::applyRebuild(quint64 generation, LogRowSelection selection)
{
    if (generation != m_generation || !m_rebuild)
        return;
    beginResetModel();
    m_refs = std::move(selection.refs);
    m_times = std::move(selection.times);
    m_identityRows = 0;
    m_identityView = false;
    for (size_t i = 0; i < m_sources.size() && i < selection.scanned.size(); ++i)
        m_sources[i].seen = selection.scanned[i];
    m_rebuild.reset();
    endResetModel();
    Q_EMIT filteringChanged();
    Q_EMIT filterApplied();
    onStoreAppended(); // what arrived while the worker ran
}

void LogListModel::onStoreAppended()
{
    // One insertion per frame, whatever the number of batches: the timer is only started.
    if (!m_rebuild && !m_tick.isActive())
        m_tick.start();
}

void LogListModel::flush()
{
    m_tick.stop();
    if (m_rebuild || m_sources.empty())
        return;

    if (m_identityView) {
        Source &source = m_sources.front();
        const qint64 count = source.store ? source.store->rowCount() : source.seen;
        if (count <= source.seen)
            return;
        const int first = int(m_identityRows);
        beginInsertRows({}, first, int(count) - 1);
        m_identityRows = count;
        source.seen = count;
        endInsertRows();
        Q_EMIT rowsAppended(first, int(count) - 1);
        return;
    }

    std::vector<quint64> refs;
    std::vector<qint64> times;
    const bool merge = isMerged();
    std::vector<LogLineMeta> metas;
    for (size_t s = 0; s < m_sources.size(); ++s) {
        Source &source = m_sources[s];
        if (!source.store)
            continue;
        const LogStoreSnapshot snapshot = source.store->snapshot();
        metas.clear();
        snapshot.metas(source.seen, snapshot.rowCount(), metas);
        for (size_t i = 0; i < metas.size(); ++i) {
            if (!(m_mask & levelBit(metas[i].level)))
                continue;
            refs.push_back(LogRowSelection::ref(int(s), source.seen + qint64(i)));
            if (merge)
                times.push_back(metas[i].timestampNs);
        }
        source.seen += qint64(metas.size());
    }
    if (refs.empty())
        return;
    if (!merge) {
        const int first = int(m_refs.size());
        beginInsertRows({}, first, first + int(refs.size()) - 1);
        m_refs.insert(m_refs.end(), refs.begin(), refs.end());
        endInsertRows();
        Q_EMIT rowsAppended(first, int(m_refs.size()) - 1);
        return;
    }
    insertMerged(refs, times);
}

// New rows of several services, placed by time. Usually they all go after the last row (one
// insertion); a service whose lines arrive late gets its rows inserted where they belong, one
// insertion per gap rather than per row.
void LogListModel::insertMerged(std::vector<quint64> &refs, std::vector<qint64> &times)
{
    std::vector<quint32> order(refs.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        return LogRowSelection::before(times[a], refs[a], times[b], refs[b]);
    });

    size_t inserted = 0;
    size_t searchFrom = 0; // in the rows as they were before this tick
    const size_t oldSize = m_refs.size();
    for (size_t i = 0; i < order.size();) {
        const quint32 k = order[i];
        // Position among the old rows: after every old row that comes before this one.
        size_t lo = searchFrom;
        size_t hi = oldSize;
        while (lo < hi) {
            const size_t mid = (lo + hi) / 2;
            const size_t at = mid + inserted; // old row `mid` now sits here
            if (LogRowSelection::before(m_times[at], m_refs[at], times[k], refs[k]))
                lo = mid + 1;
            else
                hi = mid;
        }
        // Every following new row that lands in the same gap joins this insertion.
        size_t j = i + 1;
        if (lo < oldSize) {
            const size_t at = lo + inserted;
            while (j < order.size()
                   && LogRowSelection::before(times[order[j]], refs[order[j]], m_times[at], m_refs[at]))
                ++j;
        } else {
            j = order.size();
        }
        const int first = int(lo + inserted);
        const int count = int(j - i);
        beginInsertRows({}, first, first + count - 1);
        std::vector<quint64> groupRefs;
        std::vector<qint64> groupTimes;
        for (size_t g = i; g < j; ++g) {
            groupRefs.push_back(refs[order[g]]);
            groupTimes.push_back(times[order[g]]);
        }
        m_refs.insert(m_refs.begin() + first, groupRefs.begin(), groupRefs.end());
        m_times.insert(m_times.begin() + first, groupTimes.begin(), groupTimes.end());
        endInsertRows();
        if (lo == oldSize)
            Q_EMIT rowsAppended(first, first + count - 1);
        inserted += size_t(count);
        searchFrom = lo;
        i = j;
    }
}

int LogListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_identityView ? int(m_identityRows) : int(m_refs.size());
}

quint64 LogListModel::refAt(int row) const
{
    return m_identityView ? LogRowSelection::ref(0, row) : m_refs[size_t(row)];
}

int LogListModel::sourceOfRow(int row) const
{
    return row >= 0 && row < rowCount() ? LogRowSelection::sourceOf(refAt(row)) : -1;
}

qint64 LogListModel::sourceRowOfRow(int row) const
{
    return row >= 0 && row < rowCount() ? LogRowSelection::rowOf(refAt(row)) : -1;
}

int LogListModel::rowForSource(int source, qint64 storeRow) const
{
    if (source < 0 || source >= sourceCount() || storeRow < 0)
        return -1;
    if (m_identityView)
        return storeRow < m_identityRows ? int(storeRow) : -1;
    const quint64 key = LogRowSelection::ref(source, storeRow);
    if (!isMerged()) {
        const auto it = std::lower_bound(m_refs.begin(), m_refs.end(), key);
        return it != m_refs.end() && *it == key ? int(it - m_refs.begin()) : -1;
    }
    const LogStore *store = m_sources[size_t(source)].store;
    if (!store || storeRow >= store->rowCount())
        return -1;
    const qint64 time = store->meta(storeRow).timestampNs;
    size_t lo = 0;
    size_t hi = m_refs.size();
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (LogRowSelection::before(m_times[mid], m_refs[mid], time, key))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < m_refs.size() && m_refs[lo] == key ? int(lo) : -1;
}

QString LogListModel::displayText(quint64 ref, bool withTime) const
{
    // A row is asked for its text several times per frame (measured, painted, its level's
    // colour): the rows on screen are kept, the rest made again from the store when asked.
    const quint64 key = withTime ? ref : ref | (quint64(1) << 63);
    if (const auto it = m_shownTexts.constFind(key); it != m_shownTexts.cend())
        return *it;
    if (m_shownTexts.size() >= MaxShownTexts)
        m_shownTexts.clear();
    QString text = makeDisplayText(ref, withTime);
    m_shownTexts.insert(key, text);
    return text;
}

QString LogListModel::makeDisplayText(quint64 ref, bool withTime) const
{
    const Source &source = m_sources[size_t(LogRowSelection::sourceOf(ref))];
    if (!source.store)
        return {};
    const qint64 row = LogRowSelection::rowOf(ref);
    const LogLineMeta meta = source.store->meta(row);
    const ParsedLogLine parsed = DirectusLogParser::parse(source.store->text(row), meta.stream);

    QString out;
    if (withTime) {
        const qint64 ms = meta.timestampNs ? meta.timestampNs / 1000000 : parsed.timeMs;
        if (ms)
            out += m_timeText.format(ms) + QLatin1Char(' ');
    }
    if (isMerged() && withTime)
        out += source.service + QLatin1String("  ");
    out += parsed.message;
    for (const LogField &field : parsed.fields) {
        // pino's pid and hostname are the same on every line of a container: noise here.
        if (field.key == QLatin1String("pid") || field.key == QLatin1String("hostname"))
            continue;
        out += QLatin1String("  ") + field.key + QLatin1Char('=') + field.value;
    }
    // Rows have one uniform height: line breaks inside a message are shown as a symbol.
    out.replace(QLatin1Char('\n'), QChar(0x21B5));
    out.remove(QLatin1Char('\r'));
    return out;
}

QVariant LogListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const quint64 ref = refAt(index.row());
    const int sourceIndex = LogRowSelection::sourceOf(ref);
    const Source &source = m_sources[size_t(sourceIndex)];
    if (!source.store)
        return {};
    const qint64 row = LogRowSelection::rowOf(ref);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(ref, m_showTimestamps);
    case MessageRole:
        return displayText(ref, false);
    case RawTextRole:
        return source.store->text(row);
    case TimeRole: {
        const qint64 ns = source.store->meta(row).timestampNs;
        return ns ? QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC) : QDateTime();
    }
    case TimestampNsRole:
        return source.store->meta(row).timestampNs;
    case LevelRole:
        return int(source.store->meta(row).level);
    case LevelNameRole:
        return levelDisplayName(source.store->meta(row).level);
    case ServiceRole:
        return source.service;
    case StreamRole:
        return int(source.store->meta(row).stream);
    case SourceRole:
        return sourceIndex;
    case SourceRowRole:
        return row;
    default:
        return {};
    }
}

QHash<int, QByteArray> LogListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MessageRole, "message");
    names.insert(RawTextRole, "rawText");
    names.insert(TimeRole, "time");
    names.insert(TimestampNsRole, "timestampNs");
    names.insert(LevelRole, "level");
    names.insert(LevelNameRole, "levelName");
    names.insert(ServiceRole, "service");
    names.insert(StreamRole, "stream");
    names.insert(SourceRole, "source");
    names.insert(SourceRowRole, "sourceRow");
    return names;
}

} // namespace dd::logs
