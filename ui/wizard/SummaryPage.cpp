// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SummaryPage.h"

#include "core/AppPaths.h"
#include "instance/ComposeExporter.h"
#include "instance/DatabaseProfile.h"
#include "instance/InstanceValidator.h"
#include "instance/ResolvedSecrets.h"
#include "instance/StackPlan.h"
#include "wizard/WizardState.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizard>

namespace dd::ui {

using instance::StorageChoice;

namespace {

instance::StackPlan planOf(const instance::InstanceSpec &spec)
{
    // Placeholders instead of secrets: what is shown here must never reveal one.
    return instance::StackPlan::make(spec, instance::ResolvedSecrets::placeholders(), AppPaths::instanceFolder(spec.id));
}

QString item(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

SummaryPage::SummaryPage(WizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_summary(new QLabel(this))
    , m_showCompose(new QPushButton(tr("Show &compose file…"), this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("This is what Create makes. The images are downloaded if they are not on this computer yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create"));

    m_summary->setObjectName(QStringLiteral("summaryText"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_showCompose->setObjectName(QStringLiteral("showCompose"));
    m_showCompose->setAccessibleName(tr("Show the compose file"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_summary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_showCompose, 0, Qt::AlignLeft);

    connect(m_showCompose, &QPushButton::clicked, this, &SummaryPage::showComposeFile);
}

void SummaryPage::initializePage()
{
    const instance::InstanceSpec &spec = m_state.spec;
    const instance::StackPlan plan = planOf(spec);

    QStringList containers;
    for (const auto &c : plan.containers)
        containers << QStringLiteral("%1 (%2)").arg(c.name, c.spec.image);
    QString storage;
    if (spec.uploadsStorage.kind == StorageChoice::Kind::NamedVolume) {
        QStringList volumes;
        for (const auto &v : plan.volumes)
            volumes << v.name;
        storage = tr("Docker volumes: %1").arg(volumes.join(QStringLiteral(", ")));
    } else {
        storage = tr("Folders: %1").arg(plan.needsOwnershipFix.join(QStringLiteral(", ")));
    }
    QString database = instance::DatabaseProfile::of(spec.databaseKind).displayName;
    if (spec.databaseKind == instance::DatabaseKind::External)
        database += QStringLiteral(": %1@%2").arg(spec.external.user, spec.external.host);

    QString html = QStringLiteral("<table>");
    html += item(tr("Name"), spec.name);
    html += item(tr("Image"), spec.directusImage());
    html += item(tr("Database"), database);
    html += item(tr("Cache"), spec.redisCache ? tr("Redis (%1)").arg(spec.cacheImage) : tr("none"));
    html += item(tr("Containers"), containers.join(QStringLiteral(", ")));
    html += item(tr("Network"), plan.network.name);
    html += item(tr("Storage"), storage);
    html += item(tr("Address"), QStringLiteral("http://%1:%2").arg(spec.bindAddress).arg(spec.hostPort));
    html += item(tr("Public URL"), spec.effectivePublicUrl());
    html += item(tr("Admin"), spec.adminEmail);
    html += item(tr("Telemetry"), spec.telemetry ? tr("on") : tr("off"));
    html += QStringLiteral("</table>");

    // What deserves a second look: the validator's warnings and the version rules' notes.
    QStringList notes;
    for (const auto &issue : instance::InstanceValidator::validate(spec, m_state.takenNames())) {
        if (issue.severity != instance::Severity::Info)
            notes << issue.reason;
    }
    for (const auto &note : plan.notes) {
        if (note.severity != instance::Severity::Info)
            notes << note.sentence;
    }
    if (!notes.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Worth a look").toHtmlEscaped());
        for (const QString &note : std::as_const(notes))
            html += QStringLiteral("<li>%1</li>").arg(note.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_summary->setText(html);
    Q_EMIT completeChanged();
}

bool SummaryPage::isComplete() const
{
    // The last gate: every page's checks together, as the CLI runs them before it creates.
    return !instance::InstanceValidator::hasErrors(instance::InstanceValidator::validate(m_state.spec, m_state.takenNames()));
}

QString SummaryPage::composeText() const
{
    const instance::StackPlan plan = planOf(m_state.spec);
    const instance::ComposeExport exported = instance::ComposeExporter::make(m_state.spec, plan);
    QString text = QString::fromUtf8(exported.composeYaml);
    for (const QString &note : exported.notes)
        text += QStringLiteral("\n# ") + note;
    return text;
}

void SummaryPage::showComposeFile()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Compose file of %1").arg(m_state.spec.name));
    auto *text = new QPlainTextEdit(composeText(), &dialog);
    text->setObjectName(QStringLiteral("composeText"));
    text->setReadOnly(true);
    text->setAccessibleName(tr("Compose file"));
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *hint = new QLabel(tr("Secrets appear as ${VARIABLES}; they stay in the keychain."), &dialog);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(hint);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(720, 560);
    dialog.exec();
}

} // namespace dd::ui
