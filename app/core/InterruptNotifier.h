// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

namespace dd {

// Turns Ctrl+C into an event-loop signal, so a long-running command (`logs -f`) can end
// cleanly instead of being killed: SIGINT and SIGTERM on Unix, the console's Ctrl+C, Ctrl+Break
// and close events on Windows. While a notifier exists those no longer end the process; they
// emit interrupted() in the thread that created it. Destroying it restores what was there before.
// Interrupts are process-wide, so at most one notifier may exist at a time.
class InterruptNotifier : public QObject
{
    Q_OBJECT
public:
    // The platform's notifier, or null when it could not be set up (the process then keeps the
    // default behaviour: Ctrl+C ends it).
    static std::unique_ptr<InterruptNotifier> create(QObject *parent = nullptr);
    ~InterruptNotifier() override;

Q_SIGNALS:
    void interrupted();

protected:
    explicit InterruptNotifier(QObject *parent) : QObject(parent) {}
};

} // namespace dd
