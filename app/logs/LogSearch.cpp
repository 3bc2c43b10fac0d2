// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/LogSearch.h"

#include "logs/LogLineMatcher.h"

#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace dd::logs {

namespace {

constexpr qint64 BatchIntervalMs = 30;

} // namespace

LogSearch::LogSearch(QObject *parent) : QObject(parent) {}

LogSearch::~LogSearch()
{
    if (m_link)
        m_link->detach();
}

void LogSearch::start(const LogStoreSnapshot &snapshot, const LogSearchQuery &query)
{
    if (m_link)
        m_link->detach(); // the old search's posts are dropped from here on
    m_matches.clear();
    m_error.clear();
    m_total = snapshot.rowCount();

    auto link = std::make_shared<LogWorkerLink>(this);
    m_link = link;
    LogLineMatcher probe(query);
    if (!probe.isValid()) {
        m_error = probe.errorString();
        // Reported like any other end, from the event loop, so callers see one order of events.
        link->post([this, link] { onDone(link); });
        return;
    }

    LogSearch *search = this;
    QThreadPool::globalInstance()->start([link, snapshot, query, search] {
        LogLineMatcher matcher(query);
        std::vector<qint64> found;
        QList<qint64> batch;
        QElapsedTimer sincePost;
        sincePost.start();
        bool posted = false;
        qint64 scanned = 0;
        QThread *const thread = QThread::currentThread();
        auto post = [&] {
            link->post([search, link, rows = batch, scanned, thread] { search->onBatch(link, rows, scanned, thread); });
            batch.clear();
            sincePost.restart();
            posted = true;
        };
        snapshot.forEachChunk(0, snapshot.rowCount(), [&](const LogChunkView &view) {
            if (link->cancelled())
                return false;
            found.clear();
            matcher.matchChunk(view, found);
            batch.append(QList<qint64>(found.begin(), found.end()));
            scanned = view.firstRow + view.size();
            // The first match goes out at once (time to first result); later ones are throttled.
            if ((!batch.isEmpty() && !posted) || sincePost.elapsed() >= BatchIntervalMs)
                post();
            return true;
        });
        if (link->cancelled())
            return;
        scanned = snapshot.rowCount();
        post();
        link->post([search, link] { search->onDone(link); });
    });
}

void LogSearch::cancel()
{
    if (!m_link)
        return;
    m_link->detach();
    m_link.reset();
    Q_EMIT finished(qint64(m_matches.size()), true);
}

void LogSearch::onBatch(const LogWorkerLinkPtr &link, const QList<qint64> &rows, qint64 scanned, QThread *worker)
{
    if (link != m_link)
        return;
    m_workerThread = worker;
    if (!rows.isEmpty()) {
        m_matches.insert(m_matches.end(), rows.begin(), rows.end());
        Q_EMIT matchesFound(rows);
    }
    Q_EMIT progress(scanned, m_total);
}

void LogSearch::onDone(const LogWorkerLinkPtr &link)
{
    if (link != m_link)
        return;
    m_link.reset();
    Q_EMIT finished(qint64(m_matches.size()), false);
}

qint64 LogSearch::next(qint64 row) const
{
    if (m_matches.empty())
        return -1;
    const auto it = std::upper_bound(m_matches.begin(), m_matches.end(), row);
    return it == m_matches.end() ? m_matches.front() : *it;
}

qint64 LogSearch::previous(qint64 row) const
{
    if (m_matches.empty())
        return -1;
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), row);
    return it == m_matches.begin() ? m_matches.back() : *(it - 1);
}

} // namespace dd::logs
