// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace dd::ui {

// Whether another program (the command line, a script, another window) holds the lock of the
// instance the page shows: the page then says who, with the same sentence that program's second
// caller gets, and keeps the actions that would be refused disabled. Polled every two seconds
// while watching, the files read on a worker thread; this process's own work never counts.
class InstanceLockWatch : public QObject
{
    Q_OBJECT
public:
    explicit InstanceLockWatch(QObject *parent = nullptr);

    // Watches `instanceId` (named `instanceName` in the sentence); an empty id stops watching.
    void watch(const QString &journalDirectory, const QString &instanceId, const QString &instanceName);
    // Hidden (the window in the tray), nobody reads the sentence: no polling until it shows again,
    // and then one probe at once.
    void setVisible(bool visible);
    // The sentence while another program holds the lock; empty when none does.
    QString holder() const { return m_sentence; }

Q_SIGNALS:
    void holderChanged(const QString &sentence);

private:
    void probe();

    QTimer m_timer;
    QString m_journalDirectory;
    QString m_instanceId;
    QString m_instanceName;
    QString m_sentence;
    bool m_probing = false;
    bool m_visible = true;
};

} // namespace dd::ui
