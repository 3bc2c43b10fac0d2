// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstPaintQuitter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace dd::ui {

FirstPaintQuitter::FirstPaintQuitter(QWidget *window) : QObject(window)
{
    m_clock.start();
    window->installEventFilter(this);
}

bool FirstPaintQuitter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        // Once this paint has been delivered: the window is on screen.
        QTimer::singleShot(0, this, [this] {
            std::fprintf(stderr, "first paint after %lld ms\n", static_cast<long long>(m_clock.elapsed()));
            std::fflush(stderr);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dd::ui
