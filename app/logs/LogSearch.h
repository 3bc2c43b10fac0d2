// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/LogSearchQuery.h"
#include "logs/LogStoreSnapshot.h"
#include "logs/LogWorkerLink.h"

#include <QList>
#include <QObject>

#include <vector>

class QThread;

namespace dd::logs {

// A search over one store's snapshot, run on a pool thread. Matching rows (store rows, in
// ascending order) arrive in batches through matchesFound; the first batch is sent as soon as
// there is a match, later ones at most every ~30 ms. Starting another search or cancel()
// abandons the running one: none of its results arrive afterwards.
class LogSearch : public QObject
{
    Q_OBJECT
public:
    explicit LogSearch(QObject *parent = nullptr);
    ~LogSearch() override;

    void start(const LogStoreSnapshot &snapshot, const LogSearchQuery &query);
    void cancel();
    bool isRunning() const { return m_link != nullptr; }

    // Matches found so far, ascending.
    const std::vector<qint64> &matches() const { return m_matches; }
    // The match after / before `row` (not `row` itself), wrapping around; -1 when none.
    qint64 next(qint64 row) const;
    qint64 previous(qint64 row) const;
    // Why the query could not run (an invalid regular expression); empty otherwise.
    QString errorString() const { return m_error; }
    // The thread the last search ran on (diagnostics and tests: never the caller's).
    QThread *lastWorkerThread() const { return m_workerThread; }

Q_SIGNALS:
    void matchesFound(const QList<qint64> &rows);
    void progress(qint64 scannedRows, qint64 totalRows);
    void finished(qint64 matchCount, bool cancelled);

private:
    void onBatch(const LogWorkerLinkPtr &link, const QList<qint64> &rows, qint64 scanned, QThread *worker);
    void onDone(const LogWorkerLinkPtr &link);

    LogWorkerLinkPtr m_link;
    std::vector<qint64> m_matches;
    qint64 m_total = 0;
    QString m_error;
    QThread *m_workerThread = nullptr;
};

} // namespace dd::logs
