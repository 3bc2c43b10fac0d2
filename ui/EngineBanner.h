// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace dd::ui {

// Shown instead of an instance page while no engine answers: what was tried and why each
// endpoint failed, with the fix for this platform (the resolver's explanation), a Retry
// button, and when the next automatic try is due.
class EngineBanner : public QWidget
{
    Q_OBJECT
public:
    explicit EngineBanner(QWidget *parent = nullptr);

    void setProblem(const QString &text);
    // Counts down to the next automatic try.
    void setNextTryIn(int seconds);
    // A try is running now.
    void setTrying();

    QString problemText() const;
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

private:
    void showCountdown();

    QLabel *m_title;
    QLabel *m_problem;
    QLabel *m_next;
    QPushButton *m_retry;
    QTimer m_tick;
    int m_secondsLeft = 0;
};

} // namespace dd::ui
