// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstanceLockWatch.h"

#include "core/Background.h"
#include "operations/InstanceLock.h"

#include <QCoreApplication>

#include <optional>

namespace dd::ui {

using operations::InstanceLock;

InstanceLockWatch::InstanceLockWatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &InstanceLockWatch::probe);
}

void InstanceLockWatch::watch(const QString &journalDirectory, const QString &instanceId, const QString &instanceName)
{
    if (instanceId == m_instanceId && journalDirectory == m_journalDirectory && instanceName == m_instanceName)
        return;
    m_journalDirectory = journalDirectory;
    m_instanceId = instanceId;
    m_instanceName = instanceName;
    if (!m_sentence.isEmpty()) {
        m_sentence.clear();
        Q_EMIT holderChanged(m_sentence);
    }
    if (m_instanceId.isEmpty()) {
        m_timer.stop();
        return;
    }
    if (m_visible)
        m_timer.start();
    probe();
}

void InstanceLockWatch::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    if (!visible) {
        m_timer.stop();
        return;
    }
    if (!m_instanceId.isEmpty()) {
        m_timer.start();
        probe();
    }
}

void InstanceLockWatch::probe()
{
    if (m_probing || m_instanceId.isEmpty())
        return;
    m_probing = true;
    const QString directory = m_journalDirectory;
    const QString id = m_instanceId;
    runInBackground<std::optional<InstanceLock::Holder>>(
        this, [directory, id] { return InstanceLock::holderOnDisk(directory, id); },
        [this, id](const std::optional<InstanceLock::Holder> &holder) {
            m_probing = false;
            if (id != m_instanceId)
                return;  // the page shows another instance by now
            const bool ours = holder && holder->pid == QCoreApplication::applicationPid();
            const QString sentence = holder && !ours ? holder->sentence(m_instanceName) : QString();
            if (sentence == m_sentence)
                return;
            m_sentence = sentence;
            Q_EMIT holderChanged(m_sentence);
        });
}

} // namespace dd::ui
