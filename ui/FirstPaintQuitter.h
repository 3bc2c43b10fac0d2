// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace dd::ui {

// Quits the application once the watched window has painted for the first time, after printing
// "first paint after N ms" to stderr. main.cpp installs it when DD_QUIT_AFTER_FIRST_PAINT=1, so
// a script (the package test, a start-up measurement) can prove that the installed GUI starts,
// shows its window and ends with exit code 0.
class FirstPaintQuitter : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintQuitter(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace dd::ui
