// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceSpec.h"
#include "operations/CreateOperation.h"
#include "registry/TagCatalogLoader.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace dd::operations {
class UpgradeOperation;
struct OperationResult;
}

namespace dd::ui {

class ContainerLogTail;

// The upgrade of one instance (issue 6), in three pages:
//   choose    the current version, the targets from the tag catalog (newest patch / minor / next
//             major / newest major, the recommended one preselected) or any typed tag, with the
//             reason a choice cannot be used and the version rules' changes in plain words
//   progress  the steps of operations::UpgradeOperation as they run, a pull bar and the tail of
//             what the operation reports (backup size, migrations, verification)
//   result    upgraded, or rolled back with the reason, the log lines that show it and what the
//             rollback did; when the stored admin password no longer logs in (changed in the
//             Studio), a field for the current one: tried, stored and the upgrade run again
// The operation is the CLI's; the dialog only shows it. It cannot be cancelled half-way: a
// failure rolls back by itself.
class UpgradeDialog : public QDialog
{
    Q_OBJECT
public:
    UpgradeDialog(const operations::CreateOperation::Context &context, instance::InstanceSpec spec, QString backupsRoot,
                  QWidget *parent = nullptr);

    // Loads the catalog (cached; offline shows the cached list and says so).
    void loadCatalog();
    // The list to choose from; tests give one directly.
    void setCatalog(const registry::CatalogResult &result);

    QString chosenTag() const;
    QListWidget *targets() const { return m_targets; }
    QLineEdit *otherTag() const { return m_otherTag; }
    QLabel *reason() const { return m_reason; }
    QLabel *changes() const { return m_changes; }
    QPushButton *upgradeButton() const { return m_upgrade; }
    QStackedWidget *pages() const { return m_pages; }
    QLabel *headline() const { return m_headline; }
    QPlainTextEdit *details() const { return m_details; }
    // Shown when the upgrade stopped because the stored admin password no longer logs in.
    QLineEdit *currentPassword() const { return m_password; }
    QPushButton *storeAndUpgradeButton() const { return m_storeAndUpgrade; }

Q_SIGNALS:
    void stepStarted(const QString &id, const QString &title);  // the operation's, passed on
    void upgradeFinished(bool ok);

private:
    QWidget *makeChoosePage();
    QWidget *makeProgressPage();
    QWidget *makeResultPage();
    void updateChoice();
    void startUpgrade();
    void showResult(const operations::OperationResult &result);
    void storePasswordAndUpgrade();

    operations::CreateOperation::Context m_context;
    instance::InstanceSpec m_spec;
    QString m_backupsRoot;
    QPointer<registry::TagCatalogLoader> m_loader;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_catalogNotice = nullptr;
    QListWidget *m_targets = nullptr;
    QLineEdit *m_otherTag = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_changes = nullptr;
    QPushButton *m_upgrade = nullptr;

    QListWidget *m_steps = nullptr;
    QProgressBar *m_pull = nullptr;
    QPlainTextEdit *m_log = nullptr;
    ContainerLogTail *m_containerLog = nullptr;  // the new Directus container's log, while it starts

    QLabel *m_headline = nullptr;
    QWidget *m_passwordBox = nullptr;
    QLabel *m_passwordNote = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_storeAndUpgrade = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_close = nullptr;
    QPointer<operations::UpgradeOperation> m_operation;
};

} // namespace dd::ui
