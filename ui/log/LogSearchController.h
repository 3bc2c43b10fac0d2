// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/LogLevel.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace dd::logs {
class LogListModel;
class LogSearch;
}

namespace dd::ui {

// Find in the log view: runs one LogSearch per source of the model (each on a pool thread),
// puts the matches in the order the view shows them and walks through them with next and
// previous, wrapping around. The search covers the lines there when it started; new lines
// are searched when it is started again (Enter with the same text does that).
class LogSearchController : public QObject
{
    Q_OBJECT
public:
    explicit LogSearchController(logs::LogListModel *model, QObject *parent = nullptr);
    ~LogSearchController() override;

    // Starts over with `text` (empty: no search). The first match found becomes the current one.
    void start(const QString &text);
    // The same text over the rows there now (more lines, another filter or view).
    void restart() { start(m_text); }
    void clear() { start(QString()); }

    QString text() const { return m_text; }
    bool isRunning() const;
    qint64 matchCount() const { return qint64(m_matches.size()); }
    // 0-based position of the current match among the matches; -1 when there is none.
    qint64 currentIndex() const;
    // The view row of the current match; -1 when none (or filtered out).
    int currentRow() const;

    // Move to the next / previous match (wrapping); false when there is none.
    bool next();
    bool previous();

    // "3 of 12", "No matches", "Searching…" for the count label.
    QString countText() const;

Q_SIGNALS:
    // Matches arrived or the search ended: the count changed.
    void countChanged();
    // The current match moved to another row (the view scrolls there).
    void currentChanged(int row);

private:
    struct Match
    {
        int source = 0;
        qint64 row = 0;   // in the source's store
        qint64 time = 0;  // engine timestamp, for the merged order
    };
    void onMatches(int source, const QList<qint64> &rows);
    void onSearchFinished();
    void sortIfNeeded() const;
    bool viewOrder(const Match &a, const Match &b) const;
    void setCurrent(qint64 index);

    logs::LogListModel *m_model;
    QString m_text;
    std::vector<std::unique_ptr<logs::LogSearch>> m_searches;
    mutable std::vector<Match> m_matches;
    mutable bool m_unsorted = false;
    // The current match by identity (source, row), so it survives re-sorting as batches arrive.
    bool m_hasCurrent = false;
    bool m_moved = false;  // next() or previous() was used in this search
    Match m_current;
};

} // namespace dd::ui
