// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceSpec.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QListView;
class QStackedWidget;

namespace dd::registry {
class UpdateChecker;
}
namespace dd::secrets {
class SecretStore;
}

namespace dd::ui {

class EngineBanner;
class TrayController;
class EngineWatcher;
class InstanceListModel;
class InstancePage;
class PreferencesDialog;

// The one window of the app: the instance list on the left; on the right the engine banner
// while no engine answers, else the selected instance's page. Nothing here waits: the store
// is read on a worker thread, the engine is watched by EngineWatcher's signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    InstanceListModel *instanceModel() const { return m_model; }
    EngineWatcher *engineWatcher() const { return m_engine; }
    QAction *newInstanceAction() const { return m_newInstance; }
    InstancePage *instancePage() const { return m_page; }
    TrayController *tray() const { return m_tray; }
    registry::UpdateChecker *updateChecker() const { return m_updates; }

    // Opens the "New instance" wizard (or raises it when it is already open).
    void openNewInstanceWizard();
    // Settings > Preferences (backups folder, registry, language); raised when already open.
    void openPreferences();
    // Whether a window opens the wizard by itself when the store holds no instance (first run).
    // On by default; tests of the window itself turn it off before creating one.
    static void setFirstRunWizardEnabled(bool enabled);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void loadInstances();
    void addSettingsMenu();
    void selectInstance(const QString &key);
    void recoverInterruptedWork();
    void showRightPage();
    void selectionChanged();
    void restoreSelection();

    InstanceListModel *m_model;
    EngineWatcher *m_engine;
    QListView *m_list;
    QStackedWidget *m_pages;
    EngineBanner *m_banner;
    QLabel *m_empty;
    InstancePage *m_page;
    QString m_selectedKey;  // survives model resets (an instance appearing or going)
    QAction *m_newInstance;
    QPointer<QWidget> m_wizard;
    QPointer<PreferencesDialog> m_preferences;
    bool m_storeReadOnce = false;  // the first read decides the first-run wizard
    registry::UpdateChecker *m_updates;
    TrayController *m_tray;
    std::unique_ptr<secrets::SecretStore> m_recoverySecrets;
    bool m_recoveryDone = false;  // interrupted work is looked for once, at the first connection
    bool m_quitting = false;
};

} // namespace dd::ui
