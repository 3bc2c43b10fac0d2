// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/StateNotices.h"

#include "InstanceListModel.h"

#include <QCoreApplication>

namespace dd::ui {

QList<StateNotices::Notice> StateNotices::update(const QList<InstanceEntry> &entries)
{
    QList<Notice> notices;
    QHash<QString, QString> now;
    for (const InstanceEntry &entry : entries) {
        now.insert(entry.key, entry.stateKey);
        const auto previous = m_lastState.constFind(entry.key);
        if (previous == m_lastState.constEnd() || *previous == entry.stateKey)
            continue;
        // "unknown"/"checking" say nothing about the instance (engine away, first look).
        if (*previous == QLatin1String("unknown") || *previous == QLatin1String("checking"))
            continue;
        if (entry.stateKey == QLatin1String("running"))
            notices.append({entry.key, tr("%1 is ready").arg(entry.name),
                            entry.url.isEmpty() ? tr("Directus is running.") : tr("Directus answers at %1.").arg(entry.url),
                            false});
        else if (entry.stateKey == QLatin1String("needs-attention"))
            notices.append({entry.key, tr("%1 needs attention").arg(entry.name), entry.stateText, true});
    }
    m_lastState = now;
    return notices;
}

} // namespace dd::ui
