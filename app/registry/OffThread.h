// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace dd::registry {

// Runs `work` on QThreadPool::globalInstance() and hands its result to `deliver` in the
// thread of `context`, through its event loop. If `context` is destroyed first, `deliver` is
// not called.
//
// Why the mutex: posting an event to an object that another thread is deleting is a race.
// `destroyed` is emitted (directly, in the context's thread) before the object goes away and
// before its pending events are dropped, so clearing the pointer under the same lock that the
// worker holds while posting makes "post" and "delete" strictly ordered.
template<typename Work, typename Deliver>
void runOffThread(QObject *context, Work work, Deliver deliver)
{
    struct Box
    {
        QMutex mutex;
        QObject *context = nullptr;
        QMetaObject::Connection watch;
    };
    auto box = std::make_shared<Box>();
    box->context = context;
    box->watch = QObject::connect(context, &QObject::destroyed, [box] {
        const QMutexLocker lock(&box->mutex);
        box->context = nullptr;
    });
    QThreadPool::globalInstance()->start([box, work = std::move(work), deliver = std::move(deliver)]() mutable {
        auto result = work();
        const QMutexLocker lock(&box->mutex);
        if (!box->context)
            return;
        QMetaObject::invokeMethod(
            box->context,
            [box, deliver = std::move(deliver), result = std::move(result)]() mutable {
                QObject::disconnect(box->watch);
                deliver(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace dd::registry
