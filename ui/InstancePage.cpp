// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstancePage.h"

#include "EngineWatcher.h"
#include "InstanceLockWatch.h"
#include "LogPane.h"
#include "backups/BackupsTab.h"
#include "upgrade/UpgradeDialog.h"
#include "registry/UpdateChecker.h"
#include "instance/DangerZoneTab.h"
#include "instance/OverviewTab.h"
#include "instance/SettingsTab.h"
#include "core/AppPaths.h"
#include "docker/EngineClient.h"
#include "operations/AdoptedStackAction.h"
#include "operations/CreateOperation.h"
#include "operations/RemoveOperation.h"
#include "operations/StopOperation.h"
#include "operations/RunningEnvironment.h"
#include "operations/TakeOverPlan.h"
#include "core/Background.h"
#include "instance/ComposeSecretsRewriter.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreChoice.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace dd::ui {

using operations::OperationResult;

InstancePage::InstancePage(EngineWatcher &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_name(new QLabel(this))
    , m_url(new QLabel(this))
    , m_open(new QPushButton(tr("Open &Studio"), this))
    , m_start(new QPushButton(tr("S&tart"), this))
    , m_stop(new QPushButton(tr("St&op"), this))
    , m_restart(new QPushButton(tr("R&estart"), this))
    , m_upgrade(new QPushButton(this))
    , m_takeOver(new QPushButton(tr("Ta&ke over…"), this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewTab([this] { return secretStore(); }, this))
    , m_logs(new LogPane(this))
    , m_settings(new SettingsTab(this))
    , m_danger(new DangerZoneTab(this))
    , m_backups(new BackupsTab(this))
{
    setObjectName(QStringLiteral("instancePage"));
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    m_name->setFont(bold);
    m_name->setAccessibleName(tr("Instance name"));
    m_url->setAccessibleName(tr("Instance address"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setObjectName(QStringLiteral("operationStatus"));
    m_status->setAccessibleName(tr("Operation status"));
    m_status->setWordWrap(true);

    m_open->setObjectName(QStringLiteral("openStudioButton"));
    m_open->setAccessibleName(tr("Open Directus Studio in the browser"));
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setAccessibleName(tr("Start the instance"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setAccessibleName(tr("Stop the instance"));
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_restart->setAccessibleName(tr("Restart the instance"));
    m_upgrade->setObjectName(QStringLiteral("upgradeButton"));
    m_upgrade->setAccessibleName(tr("Upgrade Directus"));
    m_upgrade->hide();  // shown when the tag catalog has a newer version
    m_takeOver->setObjectName(QStringLiteral("takeOverButton"));
    m_takeOver->setAccessibleName(tr("Take this stack over, with its data where it is"));
    m_takeOver->setToolTip(tr("Directus Desktop replaces this stack's containers with its own on the same folders "
                              "and volumes, so it can back it up, restore and upgrade it."));
    m_takeOver->hide();  // only for a stack this app did not make
    m_tabs->setAccessibleName(tr("Instance details"));

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_entry.url.isEmpty())
            QDesktopServices::openUrl(QUrl(m_entry.url));
    });
    connect(m_start, &QPushButton::clicked, this, &InstancePage::start);
    connect(m_stop, &QPushButton::clicked, this, &InstancePage::stop);
    connect(m_restart, &QPushButton::clicked, this, &InstancePage::restart);
    connect(m_upgrade, &QPushButton::clicked, this, &InstancePage::openUpgradeDialog);
    connect(m_takeOver, &QPushButton::clicked, this, &InstancePage::takeOver);

    auto *titles = new QVBoxLayout;
    titles->addWidget(m_name);
    titles->addWidget(m_url);
    auto *header = new QHBoxLayout;
    header->addLayout(titles, 1);
    for (QPushButton *button : {m_takeOver, m_upgrade, m_open, m_start, m_stop, m_restart})
        header->addWidget(button);

    m_overview->setObjectName(QStringLiteral("overviewTab"));
    m_logs->setObjectName(QStringLiteral("logsTab"));
    m_settings->setObjectName(QStringLiteral("settingsTab"));
    m_danger->setObjectName(QStringLiteral("dangerZoneTab"));
    // Alt+U/S/T/O/E (header) and Alt+V/L/N/B/D (tabs) are always on screen; the controls inside
    // the tabs use other letters so no Alt key is ambiguous.
    m_tabs->addTab(m_overview, tr("O&verview"));
    m_tabs->addTab(m_logs, tr("&Logs"));
    m_tabs->addTab(m_settings, tr("Setti&ngs"));
    m_backups->setObjectName(QStringLiteral("backupsTab"));
    m_tabs->addTab(m_backups, tr("&Backups"));
    m_tabs->addTab(m_danger, tr("&Danger zone"));
    connect(m_backups, &BackupsTab::instancesChanged, this, &InstancePage::operationFinished);
    connect(m_backups, &BackupsTab::busyChanged, this, &InstancePage::updateButtons);
    // Another program's work on the shown instance: said on the status line, its actions disabled.
    m_lockWatch = new InstanceLockWatch(this);
    connect(m_lockWatch, &InstanceLockWatch::holderChanged, this, [this] {
        updateButtons();
        if (!m_running)
            showIdleStatus();
    });
    connect(m_settings, &SettingsTab::saved, this, &InstancePage::operationFinished);
    connect(m_danger, &DangerZoneTab::removeRequested, this, &InstancePage::remove);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    updateButtons();
}

InstancePage::~InstancePage()
{
    // An open upgrade dialog is a child: ~QWidget deletes it after this page's widgets are gone,
    // and its destroyed() handler would then update buttons that no longer exist.
    for (UpgradeDialog *dialog : findChildren<UpgradeDialog *>())
        dialog->disconnect(this);
}

void InstancePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_lockWatch->setVisible(true);
}

void InstancePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_lockWatch->setVisible(false);
}

void InstancePage::showEntry(const InstanceEntry &entry)
{
    const bool other = entry.key != m_entry.key;
    m_entry = entry;
    m_name->setText(entry.name);
    m_url->setText(entry.url.isEmpty() ? tr("No address published") : entry.url);
    // While an operation runs the status line belongs to its steps; after it, its outcome stays
    // above the state, so that a refresh of the state does not wipe what the user has to read.
    if (entry.key != m_resultKey)
        m_result.clear();
    m_lockWatch->watch(AppPaths::journalDir(), entry.spec ? entry.spec->id : QString(), entry.name);
    if (!m_running)
        showIdleStatus();

    // The logs of every container of the stack; LogPane resumes after the last line when the
    // same container comes back, so state changes cost no duplicated lines.
    if (other)
        m_logs->clear();
    if (entry.stack && m_engine.client()) {
        QList<LogPane::Source> sources;
        for (const operations::StackContainer &container : entry.stack->containers)
            sources.append({container.service.isEmpty() ? container.name : container.service, container.id,
                            container.isRunning()});
        m_logs->followStack(m_engine.client(), sources);
    }
    m_overview->setEntry(entry, m_engine.client());
    m_settings->setEntry(entry);
    m_danger->setEntry(entry);
    const operations::CreateOperation::Context context{m_engine.client(), entry.spec ? secretStore() : nullptr,
                                                       AppPaths::instancesDir(), AppPaths::journalDir()};
    m_backups->setInstance(entry.spec, context, AppPaths::backupsDir());
    updateButtons();
}

void InstancePage::setUpdateChecker(registry::UpdateChecker *checker)
{
    m_updates = checker;
    connect(checker, &registry::UpdateChecker::updateAvailable, this, &InstancePage::updateUpgradeButton);
    updateUpgradeButton();
}

void InstancePage::updateUpgradeButton()
{
    const QString tag = (m_updates && m_entry.spec) ? m_updates->recommendedFor(m_entry.spec->id) : QString();
    m_upgrade->setText(tr("&Upgrade to %1…").arg(tag));
    m_upgrade->setVisible(!tag.isEmpty());
}

QString InstancePage::activityWords(const QString &operation, const QString &stepId, const QString &title)
{
    if (stepId == QLatin1String("images") || stepId == QLatin1String("pull"))
        return tr("pulling images");
    if (stepId == QLatin1String("database"))
        return tr("starting database");
    if (stepId == QLatin1String("cache"))
        return tr("starting cache");
    if (stepId == QLatin1String("directus"))
        // A new instance or a new version migrates its database before Directus answers.
        return operation == QLatin1String("start") ? tr("starting Directus") : tr("migrating");
    if (stepId == QLatin1String("backup"))
        return tr("backing up");
    if (stepId.startsWith(QLatin1String("stop-")))
        return tr("stopping");
    if (stepId == QLatin1String("login"))
        return tr("checking the login");
    return title;
}

void InstancePage::openUpgradeDialog()
{
    if (!m_entry.spec || !m_engine.client() || m_running)
        return;
    const operations::CreateOperation::Context context{m_engine.client(), secretStore(), AppPaths::instancesDir(),
                                                       AppPaths::journalDir()};
    auto *dialog = new UpgradeDialog(context, *m_entry.spec, AppPaths::backupsDir(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_running = dialog;  // start/stop/remove wait until the upgrade is over
    updateButtons();
    const QString key = m_entry.key;
    connect(dialog, &UpgradeDialog::stepStarted, this, [this, key](const QString &id, const QString &title) {
        Q_EMIT activityChanged(key, activityWords(QStringLiteral("upgrade"), id, title));
    });
    connect(dialog, &UpgradeDialog::upgradeFinished, this, [this, key] {
        Q_EMIT activityChanged(key, QString());
        Q_EMIT operationFinished();
    });
    connect(dialog, &QObject::destroyed, this, [this, key] {
        Q_EMIT activityChanged(key, QString());
        updateButtons();
        if (m_updates)
            m_updates->checkNow();
    });
    dialog->loadCatalog();
    dialog->open();
}

void InstancePage::showIdleStatus()
{
    QStringList lines;
    if (!m_lockWatch->holder().isEmpty())
        lines.append(m_lockWatch->holder());
    else if (!m_result.isEmpty())
        lines.append(m_result);
    lines.append(tr("State: %1").arg(m_entry.stateText));
    m_status->setText(lines.join(QLatin1Char('\n')));
}

void InstancePage::updateButtons()
{
    const bool connected = m_engine.state() == EngineState::Connected && m_engine.client();
    // A backup or restore of the Backups tab counts as work in progress: no start, stop or remove
    // meanwhile; so does another program holding the instance's lock (they would be refused).
    const bool idle = !m_running && !m_backups->isBusy() && m_lockWatch->holder().isEmpty();
    const bool known = m_entry.spec || m_entry.stack;
    const bool running = m_entry.stack && m_entry.stack->state() != operations::DiscoveredStack::State::Stopped;
    m_start->setEnabled(connected && idle && known && !running);
    m_stop->setEnabled(connected && idle && running);
    m_restart->setEnabled(connected && idle && running && m_entry.spec.has_value());
    m_open->setEnabled(running && !m_entry.url.isEmpty());
    m_upgrade->setEnabled(connected && idle && m_entry.spec.has_value());
    m_takeOver->setVisible(m_entry.stack && !m_entry.spec);
    m_takeOver->setEnabled(connected && idle);
    updateUpgradeButton();
    m_danger->setBusy(!idle || !connected);
}

secrets::SecretStore *InstancePage::secretStore()
{
    if (!m_secrets)
        m_secrets = secrets::SecretStoreChoice::current().makeStore();
    return m_secrets.get();
}

void InstancePage::start()
{
    if (m_entry.spec) {
        const operations::CreateOperation::Context context{m_engine.client(), secretStore(), AppPaths::instancesDir(),
                                                           AppPaths::journalDir()};
        run(new operations::CreateOperation(context, *m_entry.spec, operations::CreateOperation::Mode::BringUp));
    } else if (m_entry.stack) {
        runAdopted(true);
    }
}

void InstancePage::stop()
{
    if (m_entry.spec)
        run(new operations::StopOperation(*m_engine.client(), *m_entry.spec, AppPaths::journalDir()));
    else if (m_entry.stack)
        runAdopted(false);
}

void InstancePage::restart()
{
    if (!m_entry.spec)
        return;
    const QString key = m_entry.key;
    run(new operations::StopOperation(*m_engine.client(), *m_entry.spec, AppPaths::journalDir()), [this, key] {
        // Only if the page still shows the same instance and the engine is still there.
        if (m_entry.key == key && m_engine.client())
            start();
    });
}

void InstancePage::remove(bool deleteData)
{
    if (!m_entry.spec || !m_engine.client() || m_running)
        return;
    run(new operations::RemoveOperation(*m_engine.client(), *secretStore(), AppPaths::instancesDir(), *m_entry.spec,
                                        deleteData, AppPaths::journalDir()));
}

void InstancePage::run(operations::Operation *operation, std::function<void()> then)
{
    if (m_running || m_backups->isBusy()) {
        // The tray's Start/Stop reach here without the page's buttons: one piece of work at a time.
        delete operation;
        m_status->setText(tr("%1 is busy; wait until the current work has finished.").arg(m_entry.spec ? m_entry.spec->name : m_entry.key));
        return;
    }
    operation->setParent(this);
    m_running = operation;
    const int total = int(operation->stepIds().size());
    const QStringList ids = operation->stepIds();
    const QString key = m_entry.key;
    const QString kind = operation->journalEntry().operation;
    connect(operation, &operations::Operation::stepStarted, this,
            [this, ids, total, key, kind](const QString &id, const QString &title) {
                m_status->setText(tr("Step %1 of %2: %3…").arg(ids.indexOf(id) + 1).arg(total).arg(title));
                Q_EMIT activityChanged(key, activityWords(kind, id, title));
            });
    connect(operation, &operations::Operation::progress, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_status->setText(text);
    });
    connect(operation, &operations::Operation::finished, this, [this, operation, then, key](const OperationResult &result) {
        operation->deleteLater();
        Q_EMIT activityChanged(key, QString());
        finish(result, then);
    });
    updateButtons();
    operation->start();
}

void InstancePage::runAdopted(bool start, std::function<void()> then)
{
    using operations::AdoptedStackAction;
    auto *action = new AdoptedStackAction(*m_engine.client(), *m_entry.stack,
                                          start ? AdoptedStackAction::Action::Start : AdoptedStackAction::Action::Stop, this);
    m_running = action;
    connect(action, &AdoptedStackAction::progress, this, [this](const QString &text) { m_status->setText(text); });
    connect(action, &AdoptedStackAction::finished, this, [this, action, then](const OperationResult &result) {
        action->deleteLater();
        finish(result, then);
    });
    updateButtons();
    action->start();
}

void InstancePage::takeOver()
{
    if (!m_entry.stack || m_entry.spec || m_running)
        return;
    if (!m_engine.client())
        return;
    const operations::DiscoveredStack stack = *m_entry.stack;
    m_status->setText(tr("Reading the compose file of %1…").arg(stack.project));
    const QString key = m_entry.key;
    // What the containers were started with first (the file's ${VAR} values), then the file.
    operations::RunningEnvironment::read(
        *m_engine.client(), stack, this, [this, stack, key](const operations::RunningEnvironment::ByService &running) {
            using Read = std::pair<std::optional<instance::ComposeImport>, QString>;
            runInBackground<Read>(
                this,
                [stack, running] {
                    QString error;
                    std::optional<instance::ComposeImport> imported = operations::TakeOverPlan::read(stack, running, &error);
                    return Read{std::move(imported), error};
                },
                [this, key](const Read &read) {
                    if (m_entry.key != key)
                        return;  // another entry is shown now
                    if (!read.first) {
                        m_status->setText(read.second);
                        return;
                    }
                    confirmTakeOver(*read.first);
                });
        });
}

void InstancePage::confirmTakeOver(const instance::ComposeImport &imported)
{
    if (!imported.blockers.isEmpty()) {
        m_status->setText(imported.blockers.join(QLatin1Char(' ')));
        return;
    }
    const QString file = operations::TakeOverPlan::composeFileOf(*m_entry.stack);
    QStringList lines = operations::TakeOverPlan::describe(imported, *m_entry.stack);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Take over %1").arg(imported.spec.name), lines.takeFirst(),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("takeOverDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(QStringLiteral("• ") + lines.join(QStringLiteral("\n• ")));
    QPushButton *accept = box->addButton(tr("Take over"), QMessageBox::AcceptRole);
    box->setDefaultButton(accept);
    box->setCheckBox(new QCheckBox(tr("Also move the secrets in %1 into a private .env file beside it (the original "
                                      "is kept)").arg(QDir::toNativeSeparators(file)), box));
    box->checkBox()->setObjectName(QStringLiteral("rewriteFileCheck"));
    const QString key = m_entry.key;
    connect(box, &QMessageBox::finished, this, [this, box, accept, imported, file, key] {
        if (box->clickedButton() != accept || m_entry.key != key || m_running || !m_engine.client())
            return;
        const bool rewrite = box->checkBox()->isChecked();
        const operations::CreateOperation::Context context{m_engine.client(), secretStore(), AppPaths::instancesDir(),
                                                           AppPaths::journalDir()};
        auto startTakeOver = [this, context, imported] {
            auto *operation = new operations::CreateOperation(context, imported.spec,
                                                              operations::CreateOperation::Mode::TakeOver);
            operation->setFoundSecrets(imported.secrets);
            const QString oldKey = m_entry.key;
            run(operation, [this, oldKey, newKey = imported.spec.id] {
                // The stack is the instance now: its outcome and selection move with it.
                m_resultKey = newKey;
                Q_EMIT entryReplaced(oldKey, newKey);
            });
        };
        if (!rewrite) {
            startTakeOver();
            return;
        }
        // The file behaves the same rewritten, so it goes first; a failure stops here.
        runInBackground<QString>(
            this, [file] { return instance::ComposeSecretsRewriter::apply(file); },
            [this, startTakeOver](const QString &error) {
                if (!error.isEmpty())
                    m_status->setText(error);
                else
                    startTakeOver();
            });
    });
    box->open();
}

void InstancePage::finish(const OperationResult &result, const std::function<void()> &then)
{
    m_running = nullptr;
    if (result.ok)
        m_result = result.notes.isEmpty() ? tr("Done.") : tr("Done.") + QLatin1Char(' ') + result.notes.join(QLatin1Char(' '));
    else if (result.busy)
        m_result = result.sentence;  // refused before any step: another program holds the instance
    else
        m_result = tr("Failed at step \"%1\": %2").arg(result.failedStep, result.sentence);
    m_resultKey = m_entry.key;
    m_status->setText(m_result);
    updateButtons();
    // `then` first: what it changes (the next step of a restart, a taken-over stack's new key)
    // is in place when the window reads the instances again.
    if (result.ok && then)
        then();
    Q_EMIT operationFinished();
}

} // namespace dd::ui
