// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <utility>

namespace dd {

// Runs `work` on `pool` (disk work: YAML, journals, folders) and hands its result to `done`
// on `context`'s thread, so the caller's thread (the UI's) never waits for the disk.
// `done` is dropped when `context` is gone by then.
template<typename Result>
void runInBackground(QObject *context, std::function<Result()> work, std::function<void(Result)> done,
                     QThreadPool *pool = QThreadPool::globalInstance())
{
    QPointer<QObject> guard(context);
    pool->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        Result result = work();
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace dd
