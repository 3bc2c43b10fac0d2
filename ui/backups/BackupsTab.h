// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupInfo.h"
#include "instance/InstanceSpec.h"
#include "operations/CreateOperation.h"
#include "operations/InstanceLock.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dd::operations {
struct OperationResult;
}

namespace dd::ui {

// The instance page's Backups tab (issue 6): the instance's backups (date, Directus version,
// database, size, why it was made), Back up now, Restore (after a confirmation that names what
// is replaced), Clone to a new instance, Open folder. The work is done by the core's BackupJob,
// RestoreJob and CloneJob, the same as the CLI's backup, restore and clone.
class BackupsTab : public QWidget
{
    Q_OBJECT
public:
    explicit BackupsTab(QWidget *parent = nullptr);

    // The instance shown (nullopt: an adopted stack or nothing: the tab explains why it is empty)
    // and how to reach the engine and the secrets. Re-reads the list.
    void setInstance(const std::optional<instance::InstanceSpec> &spec, const operations::CreateOperation::Context &context,
                     const QString &backupsRoot);
    void refresh();

    QTableWidget *table() const { return m_table; }
    QPushButton *backUpButton() const { return m_backUp; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *cloneButton() const { return m_clone; }
    QLabel *status() const { return m_status; }
    const QList<backup::BackupInfo> &backups() const { return m_backups; }
    bool isBusy() const { return m_busy; }

    // The confirmation's text for restoring `backup` (shown in the dialog; tests read it).
    QString restoreQuestion(const backup::BackupInfo &backup) const;

Q_SIGNALS:
    void busyChanged(bool busy);
    // A restore or clone ended: the instance list may have changed.
    void instancesChanged();

private:
    void showList(const QList<backup::BackupInfo> &backups);
    void backUpNow();
    void askRestore();
    void restore(const backup::BackupInfo &backup);
    void askClone();
    void clone(const backup::BackupInfo &backup, const QString &newName);
    void openFolder();
    std::optional<backup::BackupInfo> selected() const;
    // The instance's lock for a backup or restore (jobs take none themselves); false, with the
    // holder's sentence in the status line, when another program works on the instance.
    bool holdInstance(const QString &operation);
    void setBusy(bool busy, const QString &text = {});
    void report(const operations::OperationResult &result, const QString &success);
    void updateButtons();

    std::optional<instance::InstanceSpec> m_spec;
    operations::CreateOperation::Context m_context;
    QString m_backupsRoot;
    QList<backup::BackupInfo> m_backups;
    bool m_busy = false;
    std::unique_ptr<operations::InstanceLock> m_lock;  // held while busy
    int m_generation = 0;  // a list read for an earlier instance is dropped

    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_backUp;
    QPushButton *m_restore;
    QPushButton *m_clone;
    QPushButton *m_open;
    QLabel *m_status;
};

} // namespace dd::ui
