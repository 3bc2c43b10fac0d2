// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

namespace dd::logs {

// The way back from a worker thread to the object that started it. The worker posts results
// with post(); the owner calls detach() before it is destroyed, after which posts are dropped
// and the worker sees cancelled(). A post and a detach never overlap (one mutex), so a worker
// never queues a call to a half-destroyed object; queued calls die with their target.
class LogWorkerLink
{
public:
    explicit LogWorkerLink(QObject *target) : m_target(target) {}

    template<typename F>
    void post(F &&call)
    {
        QMutexLocker lock(&m_mutex);
        if (m_target)
            QMetaObject::invokeMethod(m_target, std::forward<F>(call), Qt::QueuedConnection);
    }

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool cancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    const std::atomic_bool *cancelFlag() const { return &m_cancelled; }

    void detach()
    {
        cancel();
        QMutexLocker lock(&m_mutex);
        m_target = nullptr;
    }

private:
    QMutex m_mutex;
    QObject *m_target;
    std::atomic_bool m_cancelled{false};
};

using LogWorkerLinkPtr = std::shared_ptr<LogWorkerLink>;

} // namespace dd::logs
