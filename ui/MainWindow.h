// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceSpec.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

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
//
// Start-up (issue 21): the constructor builds only what the first frame shows (list, banner,
// menus, toolbar). Everything else starts right after the window's first paint: the instance
// page, the tray, the update checker, the window icon (an SVG), the store read and the engine
// connection. Until then instancePage(), tray() and updateChecker() are null; started() says when
// they are there.
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
    // Whether what the first paint did not need has been made and started (see above).
    bool isStarted() const { return m_started; }

    // Shown, unminimised and in front: the tray's "Show" and a second launch of the app.
    void bringToFront();
    // Opens the "New instance" wizard (or raises it when it is already open).
    void openNewInstanceWizard();
    // Settings > Preferences (backups folder, registry, language); raised when already open.
    void openPreferences();
    // Whether a window opens the wizard by itself when the store holds no instance (first run).
    // On by default; tests of the window itself turn it off before creating one.
    static void setFirstRunWizardEnabled(bool enabled);

Q_SIGNALS:
    // The instance page, the tray and the update checker exist; the store read and the engine
    // connection are under way.
    void started();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void startAfterFirstPaint();
    void loadInstances();
    void addSettingsMenu();
    void selectInstance(const QString &key);
    void recoverInterruptedWork();
    void offerRecoveryAgain(const QStringList &failures);
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
    static constexpr int startFallbackMs = 10000;
    QTimer m_startFallback;
    bool m_startQueued = false;
    bool m_started = false;
};

} // namespace dd::ui
