// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "EngineBanner.h"
#include "settings/PreferencesDialog.h"
#include "EngineWatcher.h"
#include "InstanceListModel.h"
#include "InstancePage.h"
#include "LazyOverflowIconStyle.h"
#include "core/AppPaths.h"
#include "core/Background.h"
#include "core/Logging.h"
#include "core/Translations.h"
#include "instance/InstanceStore.h"
#include "operations/Recovery.h"
#include "registry/UpdateChecker.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreChoice.h"
#include "tray/TrayController.h"
#include "wizard/NewInstanceWizard.h"

#include <QApplication>
#include <QCloseEvent>
#include <QTimer>

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

// ddui is a static library: its compiled-in resources (the icons) are only linked when
// something names them, and Q_INIT_RESOURCE must be called outside any namespace.
static void initDduiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace dd::ui {

namespace {

// What the store read found, handed from the worker thread to the UI thread.
struct StoreContents
{
    QList<instance::InstanceSpec> specs;
    QStringList errors;
};

bool firstRunWizardEnabled = true;

} // namespace

void MainWindow::setFirstRunWizardEnabled(bool enabled)
{
    firstRunWizardEnabled = enabled;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new InstanceListModel(this))
    , m_engine(new EngineWatcher(this))
    , m_list(new QListView(this))
    , m_pages(new QStackedWidget(this))
    , m_banner(new EngineBanner(m_pages))
    , m_empty(new QLabel(m_pages))
    , m_page(nullptr)
    , m_newInstance(new QAction(tr("&New instance…"), this))
    , m_updates(nullptr)
    , m_tray(nullptr)
{
    initDduiResources();
    LazyOverflowIconStyle::install();  // before the menu bar and the toolbar are made
    setWindowTitle(tr("Directus Desktop"));

    m_list->setObjectName(QStringLiteral("instanceList"));
    m_list->setAccessibleName(tr("Instances"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Rows elide instead of scrolling sideways: the full text is in the tooltip.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setMinimumWidth(220);

    m_pages->setObjectName(QStringLiteral("rightPages"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_pages->addWidget(m_banner);
    m_pages->addWidget(m_empty);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 640});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    m_newInstance->setObjectName(QStringLiteral("newInstanceAction"));
    m_newInstance->setShortcut(QKeySequence::New);
    m_newInstance->setToolTip(tr("Create a new Directus instance (%1)")
                                  .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(m_newInstance, &QAction::triggered, this, &MainWindow::openNewInstanceWizard);
    QMenu *instanceMenu = menuBar()->addMenu(tr("&Instance"));
    instanceMenu->addAction(m_newInstance);
    instanceMenu->addSeparator();
    QAction *quit = instanceMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, [this] {
        m_quitting = true;
        qApp->quit();
    });
    addSettingsMenu();
    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_newInstance);
    if (QWidget *button = toolBar->widgetForAction(m_newInstance))
        button->setAccessibleName(tr("New instance"));

    // Tab order: list first, then whatever the right side shows.
    setTabOrder(m_list, m_banner->retryButton());

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::restoreSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::showRightPage);

    connect(m_banner, &EngineBanner::retryRequested, m_engine, &EngineWatcher::retryNow);
    connect(m_engine, &EngineWatcher::attemptStarted, m_banner, &EngineBanner::setTrying);
    connect(m_engine, &EngineWatcher::retryScheduled, this, [this](int seconds) {
        // Each failed try may fail for another reason (the socket appeared, but is not ours to open).
        m_banner->setProblem(m_engine->problem());
        m_banner->setNextTryIn(seconds);
    });
    connect(m_engine, &EngineWatcher::stacksChanged, m_model, &InstanceListModel::setStacks);
    connect(m_engine, &EngineWatcher::stateChanged, this, [this](EngineState state) {
        m_banner->setProblem(m_engine->problem());
        m_model->setEngineState(state);
        showRightPage();
    });
    resize(960, 640);
    showRightPage();
    // A window that is shown but gets no paint for a long while (minimised at once, covered on a
    // platform that does not paint hidden windows) still starts; start-up takes a fraction of it.
    m_startFallback.setSingleShot(true);
    m_startFallback.setInterval(startFallbackMs);
    connect(&m_startFallback, &QTimer::timeout, this, &MainWindow::startAfterFirstPaint);
}

MainWindow::~MainWindow() = default;

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (!m_startQueued && event->type() == QEvent::Paint) {
        // Queued, so the frame is flushed to the screen before the rest is made.
        m_startQueued = true;
        QTimer::singleShot(0, this, &MainWindow::startAfterFirstPaint);
    } else if (!m_startQueued && event->type() == QEvent::Show && !m_startFallback.isActive()) {
        m_startFallback.start();
    }
    return handled;
}

void MainWindow::startAfterFirstPaint()
{
    m_startQueued = true;
    m_startFallback.stop();
    if (m_started)
        return;
    m_started = true;
    // Rendering the SVG for the window manager costs more than the rest of the first frame.
    setWindowIcon(QIcon(QStringLiteral(":/icons/directus-desktop.svg")));
    m_page = new InstancePage(*m_engine, m_pages);
    m_pages->addWidget(m_page);
    m_updates = new registry::UpdateChecker(this);
    m_tray = new TrayController(m_model, this);

    connect(m_page, &InstancePage::activityChanged, m_model, &InstanceListModel::setActivity);
    connect(m_page, &InstancePage::entryReplaced, this, [this](const QString &oldKey, const QString &newKey) {
        if (m_selectedKey == oldKey)
            m_selectedKey = newKey;  // restoreSelection() finds it once the instances are read again
    });
    connect(m_page, &InstancePage::operationFinished, this, [this] {
        loadInstances();  // a start may have saved the spec again
        m_engine->refreshSoon();
    });

    m_page->setUpdateChecker(m_updates);
    connect(m_updates, &registry::UpdateChecker::updateAvailable, m_tray, &TrayController::announceUpdate);
    connect(m_tray, &TrayController::showWindowRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayController::startRequested, this, [this](const QString &key) {
        selectInstance(key);
        m_page->start();
    });
    connect(m_tray, &TrayController::stopRequested, this, [this](const QString &key) {
        selectInstance(key);
        m_page->stop();
    });
    connect(m_tray, &TrayController::upgradeRequested, this, [this](const QString &key) {
        showNormal();
        selectInstance(key);
        m_page->openUpgradeDialog();
    });
    connect(m_tray, &TrayController::quitRequested, this, [this] {
        m_quitting = true;
        qApp->quit();
    });
    connect(m_engine, &EngineWatcher::stateChanged, this, [this](EngineState state) {
        if (state == EngineState::Connected)
            recoverInterruptedWork();
    });

    showRightPage();
    loadInstances();
    m_engine->start();
    Q_EMIT started();
}

void MainWindow::loadInstances()
{
    const QString directory = AppPaths::instancesDir();
    runInBackground<StoreContents>(
        this,
        [directory] {
            StoreContents contents;
            contents.specs = instance::InstanceStore(directory).list(&contents.errors);
            return contents;
        },
        [this](StoreContents contents) {
            for (const QString &error : contents.errors)
                qCWarning(ddUi) << error;
            if (!contents.errors.isEmpty())
                statusBar()->showMessage(contents.errors.join(QLatin1Char(' ')));
            m_model->setSpecs(contents.specs);
            if (m_updates)
                m_updates->setInstances(contents.specs);
            if (!m_storeReadOnce && m_updates) {
                // Once the window is up: the catalog comes from its cache most of the time anyway.
                QTimer::singleShot(3000, m_updates, &registry::UpdateChecker::checkNow);
            }
            // First run: nothing stored yet, so the wizard is the way in.
            const bool firstRead = !m_storeReadOnce;
            m_storeReadOnce = true;
            if (firstRead && contents.specs.isEmpty() && firstRunWizardEnabled)
                openNewInstanceWizard();
        });
}

// Settings: Preferences (the dialog) and the language right in the menu. The language is the
// system's by default; a choice is stored in settings.ini and applies at the next start (every
// window would have to be rebuilt otherwise).
void MainWindow::addSettingsMenu()
{
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences = settingsMenu->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);  // the app menu on macOS
    connect(preferences, &QAction::triggered, this, &MainWindow::openPreferences);
    QMenu *menu = settingsMenu->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString current = Translations::preferred();
    const auto add = [this, menu, group, &current](const QString &code, const QString &label) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            Translations::setPreferred(code);
            statusBar()->showMessage(tr("The language changes at the next start of the app."));
        });
    };
    add(QString(), tr("System language"));
    for (const auto &language : Translations::available())
        add(language.code, language.nativeName);
}

void MainWindow::openPreferences()
{
    if (m_preferences) {
        m_preferences->raise();
        m_preferences->activateWindow();
        return;
    }
    m_preferences = new PreferencesDialog(this);
    m_preferences->setAttribute(Qt::WA_DeleteOnClose);
    // Another registry may list other versions: ask it now rather than in six hours.
    if (m_updates)
        connect(m_preferences, &PreferencesDialog::saved, m_updates, &registry::UpdateChecker::checkNow);
    m_preferences->open();
}

void MainWindow::bringToFront()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // With a tray icon the app keeps watching the instances in the background; Quit ends it.
    if (m_tray && m_tray->hasIcon() && !m_quitting) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::selectInstance(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

// Work a crash or a closed laptop interrupted (a create, an upgrade…) is finished or rolled
// back once an engine answers: the journal folder is read off the UI thread, then Recovery runs
// the operations asynchronously like any other.
void MainWindow::recoverInterruptedWork()
{
    if (m_recoveryDone || !m_engine->client())
        return;
    m_recoveryDone = true;
    const QString journal = AppPaths::journalDir();
    runInBackground<QList<operations::JournalEntry>>(
        this, [journal] { return operations::Recovery::interrupted(journal); },
        [this](QList<operations::JournalEntry> pending) {
            if (pending.isEmpty() || !m_engine->client())
                return;
            m_recoverySecrets = secrets::SecretStoreChoice::current().makeStore();
            const operations::CreateOperation::Context context{m_engine->client(), m_recoverySecrets.get(),
                                                               AppPaths::instancesDir(), AppPaths::journalDir()};
            auto *recovery = new operations::Recovery(context, this);
            connect(recovery, &operations::Recovery::operationStarted, this,
                    [this](const QString &project, const QString &operation, const QString &) {
                        statusBar()->showMessage(tr("Finishing the interrupted %1 of %2…").arg(operation, project));
                    });
            auto failures = std::make_shared<QStringList>();
            connect(recovery, &operations::Recovery::operationFinished, this,
                    [this, failures](const QString &project, const QString &operation, const operations::OperationResult &result) {
                        statusBar()->showMessage(result.ok ? tr("The interrupted %1 of %2 is finished.").arg(operation, project)
                                                           : tr("The interrupted %1 of %2 could not be finished: %3")
                                                                 .arg(operation, project, result.sentence));
                        if (!result.ok)
                            failures->append(QStringList{result.sentence, result.notes.join(QLatin1Char('\n'))}
                                                 .join(QLatin1Char('\n')).trimmed());
                    });
            connect(recovery, &operations::Recovery::finished, this, [this, recovery, failures] {
                recovery->deleteLater();
                loadInstances();
                m_engine->refreshSoon();
                if (!failures->isEmpty())
                    offerRecoveryAgain(*failures);
            });
            recovery->startWith(pending);
        });
}

// A recovery that could not finish (the backup's disk away, the secret store locked) kept its
// journal and left the instance stopped: say so where it cannot be missed, and let the person
// try again once they fixed what the sentence names, without restarting the app.
void MainWindow::offerRecoveryAgain(const QStringList &failures)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Interrupted work could not be finished"),
                                failures.join(QStringLiteral("\n\n")), QMessageBox::Close, this);
    QPushButton *again = box->addButton(tr("Try again"), QMessageBox::AcceptRole);
    box->setObjectName(QStringLiteral("recoveryBlocked"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, again](QAbstractButton *clicked) {
        if (clicked != again)
            return;
        m_recoveryDone = false;
        recoverInterruptedWork();
    });
    box->open();
}

void MainWindow::openNewInstanceWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    auto *wizard = new NewInstanceWizard(this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &NewInstanceWizard::instanceCreated, this, [this] {
        loadInstances();
        m_engine->refreshSoon();
    });
    m_wizard = wizard;
    wizard->open();  // window-modal, and nothing here waits for it
}

void MainWindow::showRightPage()
{
    const EngineState state = m_engine->state();
    if (state == EngineState::Unreachable) {
        m_pages->setCurrentWidget(m_banner);
        return;
    }
    const int row = m_model->rowOf(m_selectedKey);
    if (const InstanceEntry *entry = m_model->entryAt(row); entry && m_page) {
        m_page->showEntry(*entry);
        m_pages->setCurrentWidget(m_page);
        return;
    }
    if (state == EngineState::Connecting)
        m_empty->setText(tr("Looking for a Docker engine…"));
    else
        m_empty->setText(m_model->rowCount() == 0 ? tr("No instances yet.") : tr("Select an instance."));
    m_pages->setCurrentWidget(m_empty);
}

void MainWindow::selectionChanged()
{
    const QModelIndex current = m_list->currentIndex();
    m_selectedKey = current.data(InstanceListModel::KeyRole).toString();
    showRightPage();
}

void MainWindow::restoreSelection()
{
    int row = m_model->rowOf(m_selectedKey);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;  // the first instance rather than an empty page
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));  // calls selectionChanged()
    else
        selectionChanged();
}

} // namespace dd::ui
