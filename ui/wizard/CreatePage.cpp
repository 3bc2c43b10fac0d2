// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/CreatePage.h"

#include "core/AppPaths.h"
#include "instance/StackPlan.h"
#include "log/ContainerLogTail.h"
#include "operations/CreateOperation.h"
#include "operations/InstanceSecrets.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreChoice.h"
#include "wizard/WizardState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace dd::ui {

using operations::CreateOperation;
using operations::OperationResult;

namespace {

constexpr int kStepIdRole = Qt::UserRole;
constexpr int kBarScale = 1000;  // QProgressBar counts in ints: per mille is smooth enough

} // namespace

CreatePage::CreatePage(WizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_status(new QLabel(this))
    , m_steps(new QListWidget(this))
    , m_pulls(new QVBoxLayout)
    , m_log(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_changeSettings(new QPushButton(tr("&Change settings"), this))
    , m_containerLog(new ContainerLogTail(this))
{
    setTitle(tr("Creating the instance"));
    setSubTitle(tr("The first start of Directus runs its database migrations; that takes a minute or two."));
    connect(m_containerLog, &ContainerLogTail::line, this, &CreatePage::appendLog);

    m_status->setObjectName(QStringLiteral("createStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Progress"));
    m_steps->setObjectName(QStringLiteral("createSteps"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setMinimumHeight(120);
    m_log->setObjectName(QStringLiteral("createLog"));
    m_log->setAccessibleName(tr("Progress messages"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);  // the tail is what matters
    m_log->setMinimumHeight(80);
    m_error->setObjectName(QStringLiteral("createError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setAccessibleName(tr("What went wrong"));
    m_error->setVisible(false);
    m_retry->setObjectName(QStringLiteral("createRetry"));
    m_retry->setAccessibleName(tr("Retry creating the instance"));
    m_retry->setVisible(false);
    m_changeSettings->setObjectName(QStringLiteral("createChangeSettings"));
    m_changeSettings->setAccessibleName(tr("Go back and change the settings"));
    m_changeSettings->setVisible(false);
    auto *logLabel = new QLabel(tr("&Details:"), this);
    logLabel->setBuddy(m_log);

    auto *failureButtons = new QHBoxLayout;
    failureButtons->addWidget(m_retry);
    failureButtons->addWidget(m_changeSettings);
    failureButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(m_pulls);
    layout->addWidget(m_steps, 2);
    layout->addWidget(m_error);
    layout->addLayout(failureButtons);
    layout->addWidget(logLabel);
    layout->addWidget(m_log, 1);

    connect(m_retry, &QPushButton::clicked, this, &CreatePage::start);
    // The summary is a commit page, so the wizard offers no Back from here; after a failure
    // (a port taken meanwhile, say) going back to change a setting is still the right answer.
    connect(m_changeSettings, &QPushButton::clicked, this, [this] {
        if (QWizard *w = wizard(); w && !m_running)
            w->back();
    });
}

CreatePage::~CreatePage()
{
    // The operation is our child; it goes first so its signals find the page whole.
    delete m_operation;
}

void CreatePage::initializePage()
{
    if (!m_running && !m_succeeded)
        start();
}

bool CreatePage::isComplete() const
{
    return m_succeeded;
}

void CreatePage::start()
{
    if (m_running)
        return;
    m_running = true;
    m_retry->setVisible(false);
    m_changeSettings->setVisible(false);
    m_error->setVisible(false);
    if (!m_log->document()->isEmpty())
        m_log->appendPlainText(QStringLiteral("—"));  // this attempt's lines apart from the last one's
    m_steps->clear();
    m_stepItems.clear();
    m_pullBars.clear();  // the bars go with their rows, below
    while (QLayoutItem *row = m_pulls->takeAt(0)) {
        delete row->widget();
        delete row;
    }
    m_status->setText(tr("Storing the passwords…"));

    if (!m_state.engine()) {
        showFailure(tr("The Docker engine is gone. Start it again, then choose Retry."));
        return;
    }
    if (!m_secrets)
        m_secrets = secrets::SecretStoreChoice::current().makeStore();
    // A fresh id per attempt: a failed attempt's rollback removed its secrets and spec, and a
    // new id keeps a retry clear of anything that rollback could not reach.
    m_state.spec.id = instance::InstanceSpec::newId();

    // The passwords the user typed go in first, the way `import` stores them; the operation's
    // secrets step then finds them and generates only what is still missing (KEY, SECRET, ...).
    instance::ResolvedSecrets typed;
    typed.adminPassword = m_state.adminPassword;
    typed.dbPassword = m_state.externalDbPassword;
    auto *writer = new operations::InstanceSecrets(*m_secrets, m_state.spec.id,
                                                   m_state.spec.databaseKind == instance::DatabaseKind::External, this);
    connect(writer, &operations::InstanceSecrets::finished, this,
            [this, writer](const instance::ResolvedSecrets &, const secrets::SecretResult &error) {
                writer->deleteLater();
                if (!error.ok()) {
                    // Nothing half-kept: take back whatever was written before the failure.
                    auto *cleaner = new operations::InstanceSecrets(*m_secrets, m_state.spec.id, false, this);
                    connect(cleaner, &operations::InstanceSecrets::finished, cleaner, &QObject::deleteLater);
                    cleaner->removeAll();
                    showFailure(tr("The passwords could not be stored: %1").arg(error.message));
                    return;
                }
                runOperation();
            });
    writer->store(typed);
}

void CreatePage::runOperation()
{
    const CreateOperation::Context context{m_state.engine(), m_secrets.get(), AppPaths::instancesDir(), AppPaths::journalDir()};
    m_operation = new CreateOperation(context, m_state.spec, CreateOperation::Mode::Create, std::nullopt, this);
    m_url = m_operation->url();
    m_containerOf.clear();
    const auto plan = instance::StackPlan::make(m_state.spec, instance::ResolvedSecrets::placeholders(),
                                                AppPaths::instanceFolder(m_state.spec.id));
    for (const auto &container : plan.containers)
        m_containerOf.insert(container.service, container.name);
    m_stepCount = int(m_operation->stepIds().size());
    connect(m_operation, &CreateOperation::stepStarted, this, &CreatePage::onStepStarted);
    connect(m_operation, &CreateOperation::stepFinished, this, &CreatePage::onStepFinished);
    connect(m_operation, &CreateOperation::progress, this, &CreatePage::appendLog);
    connect(m_operation, &CreateOperation::pullProgress, this, &CreatePage::onPullProgress);
    connect(m_operation, &CreateOperation::finished, this, &CreatePage::onFinished);
    m_operation->start();
}

void CreatePage::onStepStarted(const QString &id, const QString &title)
{
    m_currentStep = id;
    auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_ArrowRight), title, m_steps);
    item->setData(kStepIdRole, id);
    m_stepItems.insert(id, item);
    m_steps->scrollToItem(item);
    if (m_containerOf.contains(id))
        m_containerLog->follow(m_state.engine(), m_containerOf.value(id), id);
    m_status->setText(tr("Step %1 of %2: %3").arg(m_stepItems.size()).arg(m_stepCount).arg(title));
}

void CreatePage::onStepFinished(const QString &id)
{
    if (QListWidgetItem *item = m_stepItems.value(id))
        item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
}

void CreatePage::onPullProgress(const QString &image, double fraction, const QString &text)
{
    QProgressBar *bar = m_pullBars.value(image);
    if (!bar) {
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(image, row);
        bar = new QProgressBar(row);
        bar->setObjectName(QStringLiteral("pullBar"));
        bar->setRange(0, kBarScale);
        bar->setAccessibleName(tr("Download of %1").arg(image));
        label->setBuddy(bar);
        rowLayout->addWidget(label);
        rowLayout->addWidget(bar, 1);
        m_pulls->addWidget(row);
        m_pullBars.insert(image, bar);
    }
    bar->setValue(qBound(0, int(fraction * kBarScale), kBarScale));
    bar->setToolTip(text);
    bar->setAccessibleDescription(text);
}

void CreatePage::onFinished(const OperationResult &result)
{
    m_running = false;
    m_containerLog->stop();
    if (m_operation)
        m_operation->deleteLater();
    if (result.ok) {
        m_succeeded = true;
        m_status->setText(tr("%1 is ready.").arg(m_state.spec.name));
        Q_EMIT completeChanged();
        Q_EMIT created(m_state.spec.name);
        // Straight on to the done page: there is nothing left to decide here.
        if (QWizard *w = wizard())
            QTimer::singleShot(0, w, &QWizard::next);
        return;
    }
    if (QListWidgetItem *item = m_stepItems.value(result.failedStep.isEmpty() ? m_currentStep : result.failedStep))
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
    for (const QString &line : result.logTail)
        appendLog(line);
    QString text = result.failedStep.isEmpty() ? result.sentence
                                               : tr("Failed at “%1”: %2").arg(result.failedStep, result.sentence);
    for (const QString &note : result.notes)
        text += QLatin1Char('\n') + note;
    showFailure(text);
}

void CreatePage::showFailure(const QString &text)
{
    m_running = false;
    m_containerLog->stop();
    m_status->setText(tr("The instance was not created, and what this attempt made has been removed. Fix the "
                         "cause and choose Retry, or change the settings."));
    m_error->setText(text);
    m_error->setVisible(true);
    m_retry->setVisible(true);
    m_changeSettings->setVisible(true);
    m_retry->setFocus(Qt::OtherFocusReason);
    Q_EMIT completeChanged();
}

void CreatePage::appendLog(const QString &line)
{
    if (!line.isEmpty())
        m_log->appendPlainText(line);
}

} // namespace dd::ui
