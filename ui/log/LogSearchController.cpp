// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/LogSearchController.h"

#include "logs/LogListModel.h"
#include "logs/LogRowSelection.h"
#include "logs/LogSearch.h"
#include "logs/LogStore.h"

#include <algorithm>

namespace dd::ui {

LogSearchController::LogSearchController(logs::LogListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
}

LogSearchController::~LogSearchController() = default;

void LogSearchController::start(const QString &text)
{
    // Abandoned searches post nothing more (LogSearch detaches its worker on destruction).
    m_searches.clear();
    m_matches.clear();
    m_unsorted = false;
    m_hasCurrent = false;
    m_moved = false;
    m_text = text;
    if (!text.isEmpty()) {
        m_model->flush();  // search what is on screen, not what waits for the next tick
        const QList<logs::LogStoreSnapshot> snapshots = m_model->snapshots();
        logs::LogSearchQuery query;
        query.text = text;
        query.levels = m_model->levelMask();  // a hidden line is no match
        for (int source = 0; source < snapshots.size(); ++source) {
            auto search = std::make_unique<logs::LogSearch>();
            connect(search.get(), &logs::LogSearch::matchesFound, this,
                    [this, source](const QList<qint64> &rows) { onMatches(source, rows); });
            connect(search.get(), &logs::LogSearch::finished, this, &LogSearchController::onSearchFinished);
            search->start(snapshots.at(source), query);
            m_searches.push_back(std::move(search));
        }
    }
    Q_EMIT countChanged();
    Q_EMIT currentChanged(-1);
}

void LogSearchController::onSearchFinished()
{
    // With several sources the first match to arrive need not be the first in the merged
    // order; once all are in, start from the first one, unless the person moved already.
    if (!isRunning() && !m_moved && m_hasCurrent && currentIndex() != 0)
        setCurrent(0);
    Q_EMIT countChanged();
}

bool LogSearchController::isRunning() const
{
    return std::any_of(m_searches.begin(), m_searches.end(), [](const auto &s) { return s->isRunning(); });
}

void LogSearchController::onMatches(int source, const QList<qint64> &rows)
{
    const logs::LogStore *store = m_model->source(source);
    const bool merged = m_model->isMerged();
    for (qint64 row : rows)
        m_matches.push_back(Match{source, row, merged && store ? store->meta(row).timestampNs : 0});
    // Batches of one source come in order; only several sources need sorting.
    if (m_searches.size() > 1)
        m_unsorted = true;
    Q_EMIT countChanged();
    if (!m_hasCurrent && !m_matches.empty()) {
        sortIfNeeded();
        setCurrent(0);
    }
}

// The view's order: store order for one source, (time, source, row) for a merged view, as
// LogListModel sorts its merged rows.
bool LogSearchController::viewOrder(const Match &a, const Match &b) const
{
    if (m_searches.size() <= 1)
        return a.row < b.row;
    return logs::LogRowSelection::before(a.time, logs::LogRowSelection::ref(a.source, a.row), b.time,
                                         logs::LogRowSelection::ref(b.source, b.row));
}

void LogSearchController::sortIfNeeded() const
{
    if (!m_unsorted)
        return;
    std::sort(m_matches.begin(), m_matches.end(), [this](const Match &a, const Match &b) { return viewOrder(a, b); });
    m_unsorted = false;
}

qint64 LogSearchController::currentIndex() const
{
    if (!m_hasCurrent)
        return -1;
    sortIfNeeded();
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), m_current,
                                     [this](const Match &a, const Match &b) { return viewOrder(a, b); });
    return it != m_matches.end() && it->source == m_current.source && it->row == m_current.row
        ? qint64(it - m_matches.begin())
        : -1;
}

int LogSearchController::currentRow() const
{
    return m_hasCurrent ? m_model->rowForSource(m_current.source, m_current.row) : -1;
}

void LogSearchController::setCurrent(qint64 index)
{
    m_current = m_matches[size_t(index)];
    m_hasCurrent = true;
    Q_EMIT countChanged();
    Q_EMIT currentChanged(currentRow());
}

bool LogSearchController::next()
{
    if (m_matches.empty())
        return false;
    const qint64 at = currentIndex();
    m_moved = true;
    setCurrent(at < 0 || at + 1 >= matchCount() ? 0 : at + 1);
    return true;
}

bool LogSearchController::previous()
{
    if (m_matches.empty())
        return false;
    const qint64 at = currentIndex();
    m_moved = true;
    setCurrent(at <= 0 ? matchCount() - 1 : at - 1);
    return true;
}

QString LogSearchController::countText() const
{
    if (m_text.isEmpty())
        return {};
    if (m_matches.empty())
        return isRunning() ? tr("Searching…") : tr("No matches");
    const QString count = isRunning() ? tr("%1+").arg(matchCount()) : QString::number(matchCount());
    return tr("%1 of %2").arg(currentIndex() + 1).arg(count);
}

} // namespace dd::ui
