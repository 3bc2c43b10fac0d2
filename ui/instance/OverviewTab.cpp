// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/OverviewTab.h"

#include "docker/EngineClient.h"
#include "docker/StatsStream.h"
#include "instance/ContainerStatsWatcher.h"
#include "instance/DatabaseProfile.h"
#include "instance/ResolvedSecrets.h"
#include "instance/Sparkline.h"
#include "instance/StackPlan.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace dd::ui {

namespace {

const QString hiddenPassword = QStringLiteral("••••••••••••");

QLabel *selectableLabel(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    // The buttons right after the value they act on, not at the far edge of a wide window.
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    layout->addStretch(1);
    return box;
}

// "Running, healthy" / "Exited (0) 2 hours ago" in plain words.
QString containerStateText(const operations::StackContainer &container)
{
    QString text = container.isRunning() ? OverviewTab::tr("running") : container.state;
    if (!container.health.isEmpty())
        text += QStringLiteral(", ") + container.health;
    return text;
}

} // namespace

OverviewTab::OverviewTab(StoreProvider secrets, QWidget *parent)
    : QWidget(parent)
    , m_secrets(std::move(secrets))
    , m_url(selectableLabel(this, QStringLiteral("overviewUrl"), tr("Address")))
    , m_openUrl(new QPushButton(tr("Open in &browser"), this))
    , m_email(selectableLabel(this, QStringLiteral("overviewEmail"), tr("Admin email")))
    , m_copyEmail(new QPushButton(tr("&Copy"), this))
    , m_password(selectableLabel(this, QStringLiteral("overviewPassword"), tr("Admin password")))
    , m_reveal(new QPushButton(tr("&Reveal"), this))
    , m_database(selectableLabel(this, QStringLiteral("overviewDatabase"), tr("Database")))
    , m_version(selectableLabel(this, QStringLiteral("overviewVersion"), tr("Directus version")))
    , m_storage(new QFormLayout)
    , m_containers(new QGridLayout)
    , m_noContainers(new QLabel(tr("No containers on the engine: the instance is stopped or the engine is not "
                                   "reachable."), this))
    , m_stats(new ContainerStatsWatcher(this))
{
    m_openUrl->setObjectName(QStringLiteral("overviewOpenUrl"));
    m_openUrl->setAccessibleName(tr("Open the address in the browser"));
    m_copyEmail->setObjectName(QStringLiteral("overviewCopyEmail"));
    m_copyEmail->setAccessibleName(tr("Copy the admin email"));
    m_reveal->setObjectName(QStringLiteral("overviewReveal"));
    m_reveal->setAccessibleName(tr("Reveal the admin password"));
    m_noContainers->setWordWrap(true);
    m_password->setText(hiddenPassword);

    connect(m_openUrl, &QPushButton::clicked, this, [this] {
        if (!m_entry.url.isEmpty())
            QDesktopServices::openUrl(QUrl(m_entry.url));
    });
    connect(m_copyEmail, &QPushButton::clicked, this, [this] {
        if (QClipboard *clipboard = QGuiApplication::clipboard())
            clipboard->setText(m_email->text());
    });
    connect(m_reveal, &QPushButton::clicked, this, &OverviewTab::toggleReveal);
    connect(m_stats, &ContainerStatsWatcher::sample, this, &OverviewTab::onSample);

    auto *login = new QFormLayout;
    login->addRow(tr("Address:"), row(this, {m_url, m_openUrl}));
    login->addRow(tr("Admin email:"), row(this, {m_email, m_copyEmail}));
    login->addRow(tr("Admin password:"), row(this, {m_password, m_reveal}));
    login->addRow(tr("Directus:"), m_version);
    login->addRow(tr("Database:"), m_database);

    auto *storageBox = new QGroupBox(tr("Data"), this);
    storageBox->setLayout(m_storage);
    auto *containerBox = new QGroupBox(tr("Containers"), this);
    auto *containerLayout = new QVBoxLayout(containerBox);
    containerLayout->addWidget(m_noContainers);
    containerLayout->addLayout(m_containers);
    m_containers->setColumnStretch(2, 1);
    m_containers->setColumnStretch(3, 1);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(login);
    layout->addWidget(storageBox);
    layout->addWidget(containerBox);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

OverviewTab::~OverviewTab() = default;

void OverviewTab::setEntry(const InstanceEntry &entry, docker::EngineClient *client)
{
    if (entry.key != m_entry.key)
        hidePassword();  // a password shown stays with the instance it belongs to
    m_entry = entry;
    m_client = client;
    m_url->setText(entry.url.isEmpty() ? tr("Not published") : entry.url);
    m_openUrl->setEnabled(!entry.url.isEmpty());
    const bool ours = entry.spec.has_value();
    const QString email = ours ? entry.spec->adminEmail : QString();
    m_email->setText(email.isEmpty() ? tr("Not set") : email);
    m_copyEmail->setEnabled(!email.isEmpty());
    // An adopted stack's password is in its compose file, not in our store.
    m_reveal->setEnabled(ours && !email.isEmpty());
    m_version->setText(entry.version.isEmpty() ? tr("unknown") : entry.version);
    QString database = entry.database;
    if (ours && entry.spec->databaseKind == instance::DatabaseKind::External) {
        database = tr("%1 on %2 (yours)")
                       .arg(instance::DatabaseProfile::of(entry.spec->external.client).displayName,
                            entry.spec->external.host);
    }
    m_database->setText(database);
    rebuildStorage();
    rebuildContainers();
    updateStats();
}

QString OverviewTab::urlText() const { return m_url->text(); }
QString OverviewTab::emailText() const { return m_email->text(); }
QString OverviewTab::databaseText() const { return m_database->text(); }
QString OverviewTab::passwordText() const { return m_password->text(); }

void OverviewTab::toggleReveal()
{
    if (m_passwordShown) {
        hidePassword();
        return;
    }
    secrets::SecretStore *store = m_secrets ? m_secrets() : nullptr;
    if (!store || !m_entry.spec)
        return;
    m_reveal->setEnabled(false);
    m_password->setText(tr("Reading the secret store…"));
    const quint64 request = ++m_revealRequest;
    // The keychain may ask the person to unlock it: the answer comes whenever it comes.
    secrets::SecretJob *job = store->read(secrets::SecretKey::forInstance(m_entry.spec->id, secrets::SecretKey::Name::AdminPassword));
    connect(job, &secrets::SecretJob::finished, this, [this, request](const secrets::SecretResult &result) {
        if (request != m_revealRequest)
            return;
        m_reveal->setEnabled(true);
        if (!result.ok()) {
            m_password->setText(result.error == secrets::SecretResult::Error::NotFound
                                    ? tr("Not in the secret store.")
                                    : result.message);
            return;
        }
        m_password->setText(QString::fromUtf8(result.value));
        m_passwordShown = true;
        m_reveal->setText(tr("&Hide"));
        m_reveal->setAccessibleName(tr("Hide the admin password"));
    });
}

void OverviewTab::hidePassword()
{
    ++m_revealRequest;
    m_passwordShown = false;
    m_password->setText(hiddenPassword);
    m_reveal->setText(tr("&Reveal"));
    m_reveal->setAccessibleName(tr("Reveal the admin password"));
    m_reveal->setEnabled(m_entry.spec.has_value() && !m_entry.spec->adminEmail.isEmpty());
}

void OverviewTab::rebuildStorage()
{
    while (m_storage->rowCount() > 0)
        m_storage->removeRow(0);
    auto addPlace = [this](const QString &what, bool folder, const QString &where) {
        auto *label = new QLabel(folder ? where : tr("volume %1").arg(where), this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setAccessibleName(what);
        if (!folder) {
            m_storage->addRow(what, label);
            return;
        }
        auto *open = new QPushButton(tr("Open folder"), this);
        open->setAccessibleName(tr("Open the %1 folder").arg(what));
        connect(open, &QPushButton::clicked, this, [where] { QDesktopServices::openUrl(QUrl::fromLocalFile(where)); });
        m_storage->addRow(what, row(this, {label, open}));
    };

    if (m_entry.spec) {
        const instance::InstanceSpec &spec = *m_entry.spec;
        // Volume names as the plan makes them ("<project>_uploads"), so they match `docker volume ls`.
        const instance::StackPlan plan =
            instance::StackPlan::make(spec, instance::ResolvedSecrets::placeholders(), QString());
        auto volumeName = [&plan](const QString &key) {
            for (const auto &volume : plan.volumes) {
                if (volume.key == key)
                    return volume.name;
            }
            return QString();
        };
        auto add = [&](const QString &what, const QString &key, const instance::StorageChoice &choice) {
            if (choice.kind == instance::StorageChoice::Kind::HostFolder)
                addPlace(what, true, choice.hostPath);
            else if (const QString name = volumeName(key); !name.isEmpty())
                addPlace(what, false, name);
        };
        add(tr("Uploads:"), QStringLiteral("uploads"), spec.uploadsStorage);
        if (spec.usesSqlite())
            add(tr("Database file:"), QStringLiteral("database"), spec.databaseStorage);
        add(tr("Extensions:"), QStringLiteral("extensions"), spec.extensionsStorage);
        for (const QString &key : {QStringLiteral("db-data"), QStringLiteral("cache-data")}) {
            if (const QString name = volumeName(key); !name.isEmpty())
                addPlace(key == QLatin1String("db-data") ? tr("Database data:") : tr("Cache data:"), false, name);
        }
    } else if (m_entry.stack) {
        // An adopted stack: what its containers mount, as the engine reports it.
        for (const operations::StackContainer &container : m_entry.stack->containers) {
            for (const operations::StackMount &mount : container.mounts) {
                const QString what = tr("%1 %2:").arg(container.service, mount.destination);
                if (mount.type == QLatin1String("bind"))
                    addPlace(what, true, mount.source);
                else if (mount.type == QLatin1String("volume"))
                    addPlace(what, false, mount.name);
            }
        }
    }
    if (m_storage->rowCount() == 0)
        m_storage->addRow(new QLabel(tr("Nothing stored outside the containers."), this));
}

QStringList OverviewTab::storageLines() const
{
    QStringList lines;
    for (int i = 0; i < m_storage->rowCount(); ++i) {
        QString line;
        for (auto role : {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole}) {
            QLayoutItem *item = m_storage->itemAt(i, role);
            if (!item || !item->widget())
                continue;
            const QList<QLabel *> labels = item->widget()->findChildren<QLabel *>();
            if (auto *label = qobject_cast<QLabel *>(item->widget()))
                line += label->text() + QLatin1Char(' ');
            for (QLabel *label : labels)
                line += label->text() + QLatin1Char(' ');
        }
        lines.append(line.trimmed());
    }
    return lines;
}

void OverviewTab::rebuildContainers()
{
    const QList<operations::StackContainer> containers =
        m_entry.stack ? m_entry.stack->containers : QList<operations::StackContainer>();
    QStringList ids;
    for (const operations::StackContainer &container : containers)
        ids.append(container.id);
    if (ids != m_rowOrder) {
        // Another set of containers: new rows (the sparklines start over, as their containers do).
        while (QLayoutItem *item = m_containers->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        m_rows.clear();
        m_rowOrder = ids;
        if (!containers.isEmpty()) {
            m_containers->addWidget(new QLabel(tr("<b>Service</b>"), this), 0, 0);
            m_containers->addWidget(new QLabel(tr("<b>State</b>"), this), 0, 1);
            m_containers->addWidget(new QLabel(tr("<b>CPU</b>"), this), 0, 2);
            m_containers->addWidget(new QLabel(tr("<b>Memory</b>"), this), 0, 3);
        }
        int line = 1;
        for (const operations::StackContainer &container : containers) {
            ContainerRow r;
            r.name = new QLabel(container.service.isEmpty() ? container.name : container.service, this);
            r.state = new QLabel(this);
            r.cpu = new Sparkline(this);
            r.cpu->setColor(QColor(0x3b, 0x82, 0xf6));
            r.cpu->setAccessibleName(tr("CPU use of %1").arg(r.name->text()));
            r.memory = new Sparkline(this);
            r.memory->setAccessibleName(tr("Memory use of %1").arg(r.name->text()));
            r.memory->setColor(QColor(0x2a, 0x9d, 0x8f));
            m_containers->addWidget(r.name, line, 0);
            m_containers->addWidget(r.state, line, 1);
            m_containers->addWidget(r.cpu, line, 2);
            m_containers->addWidget(r.memory, line, 3);
            m_rows.insert(container.id, r);
            ++line;
        }
    }
    for (const operations::StackContainer &container : containers) {
        const ContainerRow &r = m_rows[container.id];
        r.state->setText(containerStateText(container));
        r.state->setToolTip(container.status);
    }
    m_noContainers->setVisible(containers.isEmpty());
}

void OverviewTab::updateStats()
{
    QStringList running;
    if (m_entry.stack && isVisible()) {
        for (const operations::StackContainer &container : m_entry.stack->containers) {
            if (container.isRunning())
                running.append(container.id);
        }
    }
    m_stats->watch(m_client, running);
}

void OverviewTab::onSample(const QString &containerId, const docker::ContainerStats &stats)
{
    const auto it = m_rows.constFind(containerId);
    if (it == m_rows.constEnd())
        return;
    const QLocale locale;
    if (stats.cpuKnown)
        it->cpu->addSample(stats.cpuPercent, tr("%1%").arg(locale.toString(stats.cpuPercent, 'f', 1)));
    it->memory->addSample(double(stats.memoryBytes), locale.formattedDataSize(stats.memoryBytes, 1, QLocale::DataSizeTraditionalFormat));
}

void OverviewTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateStats();
}

void OverviewTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_stats->stopAll();
}

} // namespace dd::ui
