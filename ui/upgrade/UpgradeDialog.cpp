// SPDX-License-Identifier: GPL-3.0-or-later
#include "upgrade/UpgradeDialog.h"

#include "core/AppPaths.h"
#include "instance/ResolvedSecrets.h"
#include "instance/StackPlan.h"
#include "log/ContainerLogTail.h"
#include "operations/DirectusHttp.h"
#include "operations/UpgradeOperation.h"
#include "registry/RegistrySettings.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
constexpr int kTagRole = Qt::UserRole + 1;

QLabel *wrappingLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(accessibleName);
    return label;
}
} // namespace

UpgradeDialog::UpgradeDialog(const operations::CreateOperation::Context &context, instance::InstanceSpec spec,
                             QString backupsRoot, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_spec(std::move(spec))
    , m_backupsRoot(std::move(backupsRoot))
{
    setWindowTitle(tr("Upgrade %1").arg(m_spec.name));
    setMinimumWidth(560);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(makeChoosePage());
    m_pages->addWidget(makeProgressPage());
    m_pages->addWidget(makeResultPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    updateChoice();
}

QWidget *UpgradeDialog::makeChoosePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_current = wrappingLabel(page, tr("Current version"));
    m_current->setText(tr("<b>%1</b> runs Directus %2.").arg(m_spec.name.toHtmlEscaped(), m_spec.imageTag.toHtmlEscaped()));
    layout->addWidget(m_current);
    m_catalogNotice = wrappingLabel(page, tr("Version list notice"));
    m_catalogNotice->setText(tr("Looking for newer versions…"));
    layout->addWidget(m_catalogNotice);

    m_targets = new QListWidget(page);
    m_targets->setAccessibleName(tr("Versions to upgrade to"));
    layout->addWidget(m_targets, 1);

    auto *form = new QFormLayout;
    m_otherTag = new QLineEdit(page);
    m_otherTag->setPlaceholderText(tr("or type any version, e.g. 11.1.2"));
    m_otherTag->setAccessibleName(tr("Other version"));
    form->addRow(tr("&Other version:"), m_otherTag);
    layout->addLayout(form);

    m_reason = wrappingLabel(page, tr("Why this version cannot be chosen"));
    m_reason->setStyleSheet(QStringLiteral("color: palette(link);"));
    layout->addWidget(m_reason);
    m_changes = wrappingLabel(page, tr("What changes"));
    m_changes->setTextFormat(Qt::RichText);
    layout->addWidget(m_changes);
    auto *backupNote = wrappingLabel(page, tr("Backup note"));
    backupNote->setText(tr("A backup is made first, in %1. If anything fails, the instance is put back as it was.")
                            .arg(m_backupsRoot));
    layout->addWidget(backupNote);

    auto *buttons = new QDialogButtonBox(page);
    m_upgrade = buttons->addButton(tr("&Upgrade"), QDialogButtonBox::AcceptRole);
    m_upgrade->setAccessibleName(tr("Upgrade"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_upgrade, &QPushButton::clicked, this, &UpgradeDialog::startUpgrade);
    layout->addWidget(buttons);

    connect(m_targets, &QListWidget::currentRowChanged, this, [this] {
        if (m_targets->currentRow() >= 0 && !m_otherTag->text().isEmpty())
            m_otherTag->clear();  // updates the choice through textChanged
        else
            updateChoice();
    });
    connect(m_otherTag, &QLineEdit::textChanged, this, &UpgradeDialog::updateChoice);
    return page;
}

QWidget *UpgradeDialog::makeProgressPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *note = wrappingLabel(page, tr("Upgrade note"));
    note->setText(tr("The upgrade runs to its end by itself; on a failure it rolls back. Closing the app is safe: the "
                     "next start finishes it."));
    layout->addWidget(note);
    m_steps = new QListWidget(page);
    m_steps->setAccessibleName(tr("Upgrade steps"));
    layout->addWidget(m_steps, 1);
    m_pull = new QProgressBar(page);
    m_pull->setAccessibleName(tr("Download progress"));
    m_pull->setRange(0, 1000);
    m_pull->hide();
    layout->addWidget(m_pull);
    m_log = new QPlainTextEdit(page);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);
    m_log->setObjectName(QStringLiteral("upgradeLog"));
    m_log->setAccessibleName(tr("Upgrade log"));
    m_containerLog = new ContainerLogTail(this);
    connect(m_containerLog, &ContainerLogTail::line, m_log, &QPlainTextEdit::appendPlainText);
    layout->addWidget(m_log, 1);
    return page;
}

QWidget *UpgradeDialog::makeResultPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_headline = wrappingLabel(page, tr("Result"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    layout->addWidget(m_headline);

    m_passwordBox = new QWidget(page);
    auto *passwordLayout = new QFormLayout(m_passwordBox);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    m_passwordNote = wrappingLabel(m_passwordBox, tr("Password note"));
    passwordLayout->addRow(m_passwordNote);
    m_password = new QLineEdit(m_passwordBox);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Current admin password"));
    m_storeAndUpgrade = new QPushButton(tr("Store it and upgrade"), m_passwordBox);
    m_storeAndUpgrade->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString &text) { m_storeAndUpgrade->setEnabled(!text.isEmpty()); });
    connect(m_password, &QLineEdit::returnPressed, m_storeAndUpgrade, &QPushButton::click);
    connect(m_storeAndUpgrade, &QPushButton::clicked, this, &UpgradeDialog::storePasswordAndUpgrade);
    passwordLayout->addRow(tr("Current admin password:"), m_password);
    passwordLayout->addRow(QString(), m_storeAndUpgrade);
    m_passwordBox->hide();
    layout->addWidget(m_passwordBox);

    m_details = new QPlainTextEdit(page);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("What happened"));
    layout->addWidget(m_details, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    return page;
}

void UpgradeDialog::loadCatalog()
{
    m_loader = new registry::TagCatalogLoader(registry::RegistrySettings::sourceFor(m_spec.productLine), m_spec.productLine,
                                              registry::RegistrySettings::loaderSettings(), nullptr, this);
    connect(m_loader, &registry::TagCatalogLoader::finished, this, [this](const registry::CatalogResult &result) {
        m_loader->deleteLater();
        setCatalog(result);
    });
    m_loader->start();
}

void UpgradeDialog::setCatalog(const registry::CatalogResult &result)
{
    m_targets->clear();
    if (!result.hasList()) {
        m_catalogNotice->setText(tr("The list of versions cannot be read (%1). You can still type a version below.")
                                     .arg(result.error.sentence));
        updateChoice();
        return;
    }
    const auto current = m_spec.version();
    const registry::UpgradeTargets targets = current ? result.catalog.upgradeTargets(*current) : registry::UpgradeTargets{};
    m_catalogNotice->setText(!targets.any() ? tr("No newer version is available.") : result.notice);
    const auto add = [this, &targets](const std::optional<instance::DirectusVersion> &version, const QString &kind) {
        if (!version)
            return;
        for (int i = 0; i < m_targets->count(); ++i) {
            if (m_targets->item(i)->data(kTagRole).toString() == version->toString())
                return;  // the same version can be several kinds at once; list it once
        }
        const bool recommended = targets.recommended && *targets.recommended == *version;
        auto *item = new QListWidgetItem(recommended ? tr("%1 — %2 (recommended)").arg(version->toString(), kind)
                                                     : tr("%1 — %2").arg(version->toString(), kind));
        item->setData(kTagRole, version->toString());
        m_targets->addItem(item);
        // A version the person already typed stays chosen: a list that arrives late must not replace it.
        if (recommended && m_otherTag->text().trimmed().isEmpty())
            m_targets->setCurrentItem(item);
    };
    add(targets.newestPatch, tr("newest patch"));
    add(targets.newestMinor, tr("newest minor"));
    add(targets.nextMajor, tr("next major"));
    add(targets.newestMajor, tr("newest major"));
    updateChoice();
}

QString UpgradeDialog::chosenTag() const
{
    const QString typed = m_otherTag->text().trimmed();
    if (!typed.isEmpty())
        return typed;
    const QListWidgetItem *item = m_targets->currentItem();
    return item ? item->data(kTagRole).toString() : QString();
}

void UpgradeDialog::updateChoice()
{
    const QString tag = chosenTag();
    const QString problem = tag.isEmpty() ? tr("Choose a version.") : operations::UpgradeOperation::problemWith(m_spec, tag);
    m_reason->setText(problem);
    m_reason->setVisible(!problem.isEmpty());
    m_upgrade->setEnabled(problem.isEmpty());
    QStringList changes = problem.isEmpty() ? operations::UpgradeOperation::changesBetween(m_spec, tag) : QStringList();
    if (changes.isEmpty()) {
        m_changes->clear();
        return;
    }
    for (QString &change : changes)
        change = QStringLiteral("<li>%1</li>").arg(change.toHtmlEscaped());
    m_changes->setText(tr("What changes from %1 to %2:").arg(m_spec.imageTag.toHtmlEscaped(), tag.toHtmlEscaped())
                       + QStringLiteral("<ul>") + changes.join(QString()) + QStringLiteral("</ul>"));
}

void UpgradeDialog::startUpgrade()
{
    const QString tag = chosenTag();
    if (!operations::UpgradeOperation::problemWith(m_spec, tag).isEmpty())
        return;
    m_pages->setCurrentIndex(1);
    m_steps->clear();
    m_log->clear();
    m_pull->hide();
    m_operation = new operations::UpgradeOperation(m_context, m_spec, tag, m_backupsRoot, this);
    for (const QString &id : m_operation->stepIds()) {
        auto *item = new QListWidgetItem(id, m_steps);
        item->setData(kTagRole, id);
    }
    connect(m_operation, &operations::Operation::stepStarted, this, &UpgradeDialog::stepStarted);
    connect(m_operation, &operations::Operation::stepStarted, this, [this](const QString &id, const QString &title) {
        // The new Directus migrates the database before it answers: its own log shows it working.
        if (id == QLatin1String("directus")) {
            const auto plan = instance::StackPlan::make(m_spec, instance::ResolvedSecrets::placeholders(),
                                                        AppPaths::instanceFolder(m_spec.id));
            if (const auto *directus = plan.container(QStringLiteral("directus")))
                m_containerLog->follow(m_context.engine, directus->name, id);
        }
        for (int i = 0; i < m_steps->count(); ++i) {
            QListWidgetItem *item = m_steps->item(i);
            if (item->data(kTagRole).toString() == id) {
                item->setText(tr("%1 …").arg(title));
                item->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
                m_steps->scrollToItem(item);
            }
        }
    });
    connect(m_operation, &operations::Operation::stepFinished, this, [this](const QString &id) {
        for (int i = 0; i < m_steps->count(); ++i) {
            QListWidgetItem *item = m_steps->item(i);
            if (item->data(kTagRole).toString() == id) {
                item->setText(item->text().remove(tr(" …")));
                item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
            }
        }
    });
    connect(m_operation, &operations::Operation::progress, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_log->appendPlainText(text);
    });
    connect(m_operation, &operations::UpgradeOperation::pullProgress, this,
            [this](const QString &, double fraction, const QString &text) {
                m_pull->show();
                m_pull->setValue(int(fraction * 1000));
                m_pull->setFormat(text);
            });
    connect(m_operation, &operations::Operation::finished, this, &UpgradeDialog::showResult);
    m_operation->start();
}

void UpgradeDialog::showResult(const operations::OperationResult &result)
{
    m_containerLog->stop();
    m_operation->deleteLater();
    m_pages->setCurrentIndex(2);
    QStringList lines;
    m_passwordBox->setVisible(operations::UpgradeOperation::needsCurrentPassword(result));
    if (result.ok) {
        m_headline->setText(tr("%1 now runs Directus %2.").arg(m_spec.name, chosenTag()));
    } else if (operations::UpgradeOperation::needsCurrentPassword(result)) {
        m_headline->setText(tr("The upgrade did not start: the admin password stored for %1 no longer logs in.").arg(m_spec.name));
        m_passwordNote->setText(tr("It was probably changed in the Studio. Give the current password of %1: it is tried "
                                   "first, then stored in the secret store and the upgrade starts again. Nothing was "
                                   "changed so far.").arg(m_spec.adminEmail));
        m_password->setFocus();
    } else if (operations::UpgradeOperation::endedBeforeAnyChange(result)) {
        m_headline->setText(tr("The upgrade did not start: %1").arg(result.sentence));
    } else {
        m_headline->setText(tr("The upgrade failed at \"%1\" and was rolled back: %2").arg(result.failedStep, result.sentence));
        if (!result.logTail.isEmpty()) {
            lines << tr("Last log lines:");
            for (const QString &line : result.logTail)
                lines << QStringLiteral("  ") + line;
            lines << QString();
        }
    }
    lines += result.notes;
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    if (!m_passwordBox->isVisible())
        m_close->setFocus();
    Q_EMIT upgradeFinished(result.ok);
}

// Tried against the running Directus before it is stored: a wrong password would only make the
// next upgrade stop here again.
void UpgradeDialog::storePasswordAndUpgrade()
{
    const QString typed = m_password->text();
    if (typed.isEmpty())
        return;
    m_password->setEnabled(false);
    m_storeAndUpgrade->setEnabled(false);
    auto *http = new operations::DirectusHttp(this);
    http->checkLogin(operations::DirectusHttp::baseUrl(m_spec.bindAddress, m_spec.hostPort), m_spec.adminEmail, typed,
                     [this, http, typed](operations::DirectusHttp::LoginOutcome outcome, const QString &why) {
                         http->deleteLater();
                         if (outcome != operations::DirectusHttp::LoginOutcome::LoggedIn) {
                             m_passwordNote->setText(tr("That password does not log in as %1 either (%2). Nothing was "
                                                        "stored; try again.").arg(m_spec.adminEmail, why));
                             m_password->setEnabled(true);
                             m_password->selectAll();
                             m_password->setFocus();
                             return;
                         }
                         secrets::SecretJob *job = m_context.secrets->write(
                             secrets::SecretKey::forInstance(m_spec.id, secrets::SecretKey::Name::AdminPassword), typed.toUtf8());
                         connect(job, &secrets::SecretJob::finished, this, [this](const secrets::SecretResult &stored) {
                             m_password->setEnabled(true);
                             if (!stored.ok()) {
                                 m_passwordNote->setText(stored.message);
                                 m_storeAndUpgrade->setEnabled(true);
                                 return;
                             }
                             m_password->clear();
                             m_passwordBox->hide();
                             startUpgrade();
                         });
                     });
}

} // namespace dd::ui
