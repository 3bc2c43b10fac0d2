// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace dd::ui {

struct InstanceEntry;

// Which instance state changes deserve a desktop notification: an instance became ready
// (running after anything else), or it needs attention (a container died, restarts or is
// unhealthy). The first sight of an instance is not a change: starting the app must not
// announce every running instance. Pure, so it is tested without a tray.
class StateNotices
{
    Q_DECLARE_TR_FUNCTIONS(dd::ui::StateNotices)

public:
    struct Notice
    {
        QString key;
        QString title;
        QString message;
        bool problem = false;
    };

    // The notices for the entries' states compared with the previous call's.
    QList<Notice> update(const QList<InstanceEntry> &entries);

private:
    QHash<QString, QString> m_lastState;  // key -> stateKey
};

} // namespace dd::ui
