#include "InstancePage.h"

#include "EngineWatcher.h"
#include "LogPane.h"
#include "core/AppPaths.h"
#include "docker/EngineClient.h"
#include "operations/AdoptedStackAction.h"
#include "operations/CreateOperation.h"
#include "operations/StopOperation.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreChoice.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_logs(new LogPane(this))
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
    m_tabs->setAccessibleName(tr("Instance details"));

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_entry.url.isEmpty())
            QDesktopServices::openUrl(QUrl(m_entry.url));
    });
    connect(m_start, &QPushButton::clicked, this, &InstancePage::start);
    connect(m_stop, &QPushButton::clicked, this, &InstancePage::stop);
    connect(m_restart, &QPushButton::clicked, this, &InstancePage::restart);

    auto *titles = new QVBoxLayout;
    titles->addWidget(m_name);
    titles->addWidget(m_url);
    auto *header = new QHBoxLayout;
    header->addLayout(titles, 1);
    for (QPushButton *button : {m_open, m_start, m_stop, m_restart})
        header->addWidget(button);

    m_tabs->addTab(m_logs, tr("&Logs"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    updateButtons();
}

InstancePage::~InstancePage() = default;

void InstancePage::showEntry(const InstanceEntry &entry)
{
    const bool other = entry.key != m_entry.key;
    m_entry = entry;
    m_name->setText(entry.name);
    m_url->setText(entry.url.isEmpty() ? tr("No address published") : entry.url);
    // While an operation runs the status line belongs to its steps.
    if (!m_running)
        m_status->setText(tr("State: %1").arg(entry.stateText));

    // The log of the Directus container; LogPane resumes after the last line when the same
    // container comes back, so state changes cost no duplicated lines.
    const operations::StackContainer *directus = entry.stack ? entry.stack->directus() : nullptr;
    if (other)
        m_logs->clear();
    if (directus && m_engine.client())
        m_logs->follow(m_engine.client(), directus->id, directus->service);
    updateButtons();
}

void InstancePage::updateButtons()
{
    const bool connected = m_engine.state() == EngineState::Connected && m_engine.client();
    const bool idle = !m_running;
    const bool known = m_entry.spec || m_entry.stack;
    const bool running = m_entry.stack && m_entry.stack->state() != operations::DiscoveredStack::State::Stopped;
    m_start->setEnabled(connected && idle && known && !running);
    m_stop->setEnabled(connected && idle && running);
    m_restart->setEnabled(connected && idle && running && m_entry.spec.has_value());
    m_open->setEnabled(running && !m_entry.url.isEmpty());
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

void InstancePage::run(operations::Operation *operation, std::function<void()> then)
{
    operation->setParent(this);
    m_running = operation;
    const int total = int(operation->stepIds().size());
    const QStringList ids = operation->stepIds();
    connect(operation, &operations::Operation::stepStarted, this, [this, ids, total](const QString &id, const QString &title) {
        m_status->setText(tr("Step %1 of %2: %3…").arg(ids.indexOf(id) + 1).arg(total).arg(title));
    });
    connect(operation, &operations::Operation::progress, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_status->setText(text);
    });
    connect(operation, &operations::Operation::finished, this, [this, operation, then](const OperationResult &result) {
        operation->deleteLater();
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

void InstancePage::finish(const OperationResult &result, const std::function<void()> &then)
{
    m_running = nullptr;
    if (result.ok)
        m_status->setText(tr("Done."));
    else
        m_status->setText(tr("Failed at step \"%1\": %2").arg(result.failedStep, result.sentence));
    updateButtons();
    Q_EMIT operationFinished();
    if (result.ok && then)
        then();
}

} // namespace dd::ui
