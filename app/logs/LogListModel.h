// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/LogLevel.h"
#include "logs/LogRowSelection.h"
#include "logs/LogTimeText.h"
#include "logs/LogWorkerLink.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <vector>

namespace dd::logs {

class LogStore;

// The rows a log view shows: one store (a service's log) or several merged by engine
// timestamp (the whole stack). Appends are coalesced: stores report every batch, the model
// inserts what arrived at most once per frame tick (~16 ms) with one rowsInserted. The level
// filter is rebuilt on a worker thread; until it is done the previous rows stay on screen.
//
// Following the tail is the view's business; the model says when rows were added at the end
// (rowsAppended) and keeps the flag so every view of it agrees.
class LogListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(uint levelMask READ levelMask WRITE setLevelMask NOTIFY levelMaskChanged)
    Q_PROPERTY(bool showTimestamps READ showTimestamps WRITE setShowTimestamps NOTIFY showTimestampsChanged)
    Q_PROPERTY(bool follow READ follow WRITE setFollow NOTIFY followChanged)
    Q_PROPERTY(bool merged READ isMerged NOTIFY sourcesChanged)
    Q_PROPERTY(bool filtering READ isFiltering NOTIFY filteringChanged)
public:
    enum Role {
        MessageRole = Qt::UserRole + 1, // QString: the parsed message with its fields, no time
        RawTextRole,                    // QByteArray: the line as the container wrote it
        TimeRole,                       // QDateTime (UTC) of the engine timestamp; invalid when none
        TimestampNsRole,                // qint64 ns since the epoch
        LevelRole,                      // int (LogLevel)
        LevelNameRole,                  // QString, translated
        ServiceRole,                    // QString: the source's service name
        StreamRole,                     // int (docker::StreamKind)
        SourceRole,                     // int: index of the source store
        SourceRowRole,                  // qint64: row in that store
    };
    Q_ENUM(Role)

    static constexpr int TickMs = 16;

    explicit LogListModel(QObject *parent = nullptr);
    ~LogListModel() override;

    // Stores are not owned; a destroyed store is dropped from the model.
    int addSource(LogStore *store, const QString &service);
    void clearSources();
    int sourceCount() const { return int(m_sources.size()); }
    LogStore *source(int index) const;
    QString serviceName(int index) const;
    bool isMerged() const { return m_sources.size() > 1; }

    LogLevelMask levelMask() const { return m_mask; }
    void setLevelMask(LogLevelMask mask);
    bool showTimestamps() const { return m_showTimestamps; }
    void setShowTimestamps(bool show);
    bool follow() const { return m_follow; }
    void setFollow(bool follow);
    bool isFiltering() const { return m_rebuild != nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Row references for search results and exports.
    int sourceOfRow(int row) const;
    qint64 sourceRowOfRow(int row) const;
    // The view row showing `storeRow` of `source`, or -1 when it is filtered out or not shown yet.
    int rowForSource(int source, qint64 storeRow) const;
    // Snapshots of every source (for LogSearch / LogExporter), and the view's selection state.
    QList<LogStoreSnapshot> snapshots() const;

    // Inserts what arrived since the last tick now (tests, and before an export).
    void flush();

Q_SIGNALS:
    void levelMaskChanged();
    void showTimestampsChanged();
    void followChanged();
    void sourcesChanged();
    void filteringChanged();
    // Rows [first, last] were added at the end in one tick: a following view scrolls now.
    void rowsAppended(int first, int last);
    // A filter rebuild finished and the rows were reset.
    void filterApplied();

private:
    struct Source
    {
        QPointer<LogStore> store;
        QString service;
        qint64 seen = 0; // store rows already considered
    };

    void onStoreAppended();
    void onStoreDestroyed(QObject *store);
    void resetRows();
    void startRebuild();
    void applyRebuild(quint64 generation, LogRowSelection selection);
    // Whether the wanted view needs no mapping: one store, every level.
    bool identity() const { return m_sources.size() == 1 && (m_mask & AllLogLevels) == AllLogLevels; }
    quint64 refAt(int row) const;
    void insertMerged(std::vector<quint64> &refs, std::vector<qint64> &times);
    QString displayText(quint64 ref, bool withTime) const;
    QString makeDisplayText(quint64 ref, bool withTime) const;

    std::vector<Source> m_sources;
    // The shown rows when not identity (filtered or merged); m_times parallel when merged.
    std::vector<quint64> m_refs;
    std::vector<qint64> m_times;
    // The rows on screen are the first m_identityRows of the only store (no mapping needed).
    // Kept apart from identity(): while a filter is being rebuilt the old rows stay shown.
    bool m_identityView = false;
    qint64 m_identityRows = 0;
    LogLevelMask m_mask = AllLogLevels;
    bool m_showTimestamps = true;
    LogTimeText m_timeText;
    // The texts of recently shown rows, by row reference (see displayText); cleared whenever
    // the references may mean other lines (new sources, reset).
    static constexpr int MaxShownTexts = 1024;
    mutable QHash<quint64, QString> m_shownTexts;
    bool m_follow = true;
    QTimer m_tick;
    LogWorkerLinkPtr m_rebuild;
    quint64 m_generation = 0;
};

} // namespace dd::logs
