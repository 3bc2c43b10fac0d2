// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InstanceListModel.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;

namespace dd::instance {
struct ComposeImport;
}
namespace dd::operations {
class Operation;
struct OperationResult;
}
namespace dd::secrets {
class SecretStore;
}
namespace dd::registry {
class UpdateChecker;
}

namespace dd::ui {

class BackupsTab;
class DangerZoneTab;
class EngineWatcher;
class InstanceLockWatch;
class LogPane;
class OverviewTab;
class SettingsTab;

// The right-hand page for one instance: header (name, URL), Open Studio, Start / Stop /
// Restart driving the same operations as the CLI (CreateOperation in BringUp mode,
// StopOperation; AdoptedStackAction for a stack the app did not make), a status line with
// each operation step as it runs, and the tabs: Overview, Logs (every container of the
// stack, followed), Settings (env editor) and Danger zone (RemoveOperation).
class InstancePage : public QWidget
{
    Q_OBJECT
public:
    explicit InstancePage(EngineWatcher &engine, QWidget *parent = nullptr);
    ~InstancePage() override;

    // Shows `entry` (called again whenever its state changes; the log keeps following).
    void showEntry(const InstanceEntry &entry);
    QString entryKey() const { return m_entry.key; }
    bool isBusy() const { return m_running != nullptr; }

    QTabWidget *tabs() const { return m_tabs; }
    OverviewTab *overview() const { return m_overview; }
    LogPane *logs() const { return m_logs; }
    SettingsTab *settings() const { return m_settings; }
    DangerZoneTab *dangerZone() const { return m_danger; }
    BackupsTab *backups() const { return m_backups; }
    QPushButton *upgradeButton() const { return m_upgrade; }
    QPushButton *takeOverButton() const { return m_takeOver; }

    // Where the Upgrade button learns that a newer version exists.
    void setUpdateChecker(registry::UpdateChecker *checker);
    // The same actions as the header's buttons (the tray uses them).
    void start();
    void stop();
    // Opens the upgrade dialog for the shown instance (target preselected from the catalog).
    void openUpgradeDialog();
    // For a stack made with docker compose: reads its compose file, shows what a take-over keeps
    // and changes, and on consent runs it (CreateOperation's TakeOver mode). The dialog asking
    // is a QMessageBox named "takeOverDialog".
    void takeOver();

    // What the list shows while a step of `operation` ("create", "start", "upgrade"…) runs:
    // "pulling images", "starting database", "migrating"…; else the step's own title.
    static QString activityWords(const QString &operation, const QString &stepId, const QString &title);

Q_SIGNALS:
    // An operation ended; the store and the stacks may have changed.
    void operationFinished();
    // What this page is doing to instance `key`, in a few words; empty when it is done.
    void activityChanged(const QString &key, const QString &words);
    // A taken-over stack is now the instance `newKey`: the window keeps it selected.
    void entryReplaced(const QString &oldKey, const QString &newKey);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void restart();
    void remove(bool deleteData);
    void run(operations::Operation *operation, std::function<void()> then = {});
    void runAdopted(bool start, std::function<void()> then = {});
    void confirmTakeOver(const instance::ComposeImport &imported);
    void finish(const operations::OperationResult &result, const std::function<void()> &then);
    void updateButtons();
    void showIdleStatus();
    secrets::SecretStore *secretStore();
    void updateUpgradeButton();

    EngineWatcher &m_engine;
    InstanceEntry m_entry;
    QLabel *m_name;
    QLabel *m_url;
    QPushButton *m_open;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_restart;
    QPushButton *m_upgrade;
    QPushButton *m_takeOver;
    QLabel *m_status;
    QTabWidget *m_tabs;
    OverviewTab *m_overview;
    LogPane *m_logs;
    SettingsTab *m_settings;
    DangerZoneTab *m_danger;
    BackupsTab *m_backups;
    InstanceLockWatch *m_lockWatch;
    QPointer<registry::UpdateChecker> m_updates;
    QPointer<QObject> m_running;  // the operation under way, if any
    // The last operation's outcome ("Done." and its notes, or the failure): shown above the state
    // until the page shows another instance or runs something else.
    QString m_result;
    QString m_resultKey;
    std::unique_ptr<secrets::SecretStore> m_secrets;  // made on first use: the keychain may be slow to open
};

} // namespace dd::ui
