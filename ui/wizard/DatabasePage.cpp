// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/DatabasePage.h"

#include "instance/DatabaseProfile.h"
#include "instance/InstanceValidator.h"
#include "wizard/FieldFeedback.h"
#include "wizard/WizardState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dd::ui {

using instance::DatabaseKind;
using instance::DatabaseProfile;
using instance::SpecField;

DatabasePage::DatabasePage(WizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_kind(new QComboBox(this))
    , m_notes(new QLabel(this))
    , m_eula(new QCheckBox(tr("I accept Microsoft's licence terms (EULA) for the SQL Server image"), this))
    , m_eulaLink(new QLabel(this))
    , m_external(new QGroupBox(tr("The existing server"), this))
    , m_client(new QComboBox(m_external))
{
    setTitle(tr("Database"));
    setSubTitle(tr("SQLite needs nothing else and suits most local work. A database server runs in a container "
                   "next to Directus."));

    m_kind->setObjectName(QStringLiteral("databaseKind"));
    m_kind->setAccessibleName(tr("Database"));
    for (DatabaseKind kind : instance::allDatabaseKinds())
        m_kind->addItem(DatabaseProfile::of(kind).displayName, int(kind));
    m_kindFeedback = new FieldFeedback(m_kind, tr("Database"), this);
    m_notes->setObjectName(QStringLiteral("databaseNotes"));
    m_notes->setWordWrap(true);
    m_eula->setObjectName(QStringLiteral("msSqlEula"));
    m_eula->setAccessibleName(tr("Accept the SQL Server licence terms"));
    m_eulaLink->setText(QStringLiteral("<a href=\"https://go.microsoft.com/fwlink/?linkid=857698\">%1</a>")
                            .arg(tr("Read the SQL Server licence terms")));
    m_eulaLink->setOpenExternalLinks(true);
    m_eulaLink->setTextInteractionFlags(Qt::TextBrowserInteraction);

    // The existing server's fields.
    m_client->setObjectName(QStringLiteral("externalClient"));
    m_client->setAccessibleName(tr("Kind of database server"));
    for (DatabaseKind kind : {DatabaseKind::Postgres, DatabaseKind::MySql, DatabaseKind::MariaDb, DatabaseKind::MsSql,
                              DatabaseKind::CockroachDb})
        m_client->addItem(DatabaseProfile::of(kind).displayName, int(kind));
    auto *externalForm = new QFormLayout(m_external);
    externalForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    externalForm->addRow(tr("&Kind:"), m_client);
    const auto add = [&](const QString &objectName, const QString &label, const QString &accessible, FieldFeedback **feedback) {
        auto *edit = new QLineEdit(m_external);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessible);
        *feedback = new FieldFeedback(edit, accessible, m_external);
        externalForm->addRow(label, edit);
        externalForm->addRow(QString(), *feedback);
        connect(edit, &QLineEdit::textChanged, this, &DatabasePage::validate);
        return edit;
    };
    m_host = add(QStringLiteral("externalHost"), tr("&Host:"), tr("Database host"), &m_hostFeedback);
    m_port = add(QStringLiteral("externalPort"), tr("P&ort:"), tr("Database port"), &m_portFeedback);
    m_port->setPlaceholderText(tr("the server's usual port"));
    m_database = add(QStringLiteral("externalDatabase"), tr("&Database:"), tr("Database name"), &m_databaseFeedback);
    m_user = add(QStringLiteral("externalUser"), tr("&User:"), tr("Database user"), &m_userFeedback);
    m_password = add(QStringLiteral("externalPassword"), tr("Pass&word:"), tr("Database password"), &m_passwordFeedback);
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Database:"), m_kind);
    form->addRow(QString(), m_kindFeedback);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notes);
    layout->addWidget(m_eula);
    layout->addWidget(m_eulaLink);
    layout->addWidget(m_external);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DatabasePage::validate);
    connect(m_client, &QComboBox::currentIndexChanged, this, &DatabasePage::validate);
    connect(m_eula, &QCheckBox::toggled, this, &DatabasePage::validate);
    validate();
}

bool DatabasePage::isComplete() const
{
    if (!m_kindFeedback->isOk())
        return false;
    if (m_state.spec.databaseKind != DatabaseKind::External)
        return true;
    for (const FieldFeedback *f : {m_hostFeedback, m_portFeedback, m_databaseFeedback, m_userFeedback, m_passwordFeedback}) {
        if (!f->isOk())
            return false;
    }
    return true;
}

void DatabasePage::validate()
{
    instance::InstanceSpec &spec = m_state.spec;
    spec.databaseKind = DatabaseKind(m_kind->currentData().toInt());
    spec.msSqlEulaAccepted = spec.databaseKind == DatabaseKind::MsSql && m_eula->isChecked();
    const bool external = spec.databaseKind == DatabaseKind::External;
    spec.external = {};
    if (external) {
        spec.external.client = DatabaseKind(m_client->currentData().toInt());
        spec.external.host = m_host->text().trimmed();
        bool number = true;
        spec.external.port = m_port->text().trimmed().isEmpty() ? 0 : m_port->text().trimmed().toInt(&number);
        if (!number)
            spec.external.port = -1;  // not a number: the validator's "a port is a number" sentence
        spec.external.database = m_database->text().trimmed();
        spec.external.user = m_user->text().trimmed();
    }
    m_state.externalDbPassword = external ? m_password->text() : QString();

    const DatabaseProfile profile = DatabaseProfile::of(spec.databaseKind);
    m_notes->setText(profile.notes.join(QLatin1Char(' ')));
    m_notes->setVisible(!profile.notes.isEmpty());
    m_eula->setVisible(spec.databaseKind == DatabaseKind::MsSql);
    m_eulaLink->setVisible(spec.databaseKind == DatabaseKind::MsSql);
    m_external->setVisible(external);

    const QList<instance::ValidationIssue> issues = instance::InstanceValidator::checkDatabase(spec);
    m_kindFeedback->showIssues(issuesFor(issues, SpecField::Database));
    if (external) {
        m_hostFeedback->showIssues(issuesFor(issues, SpecField::ExternalHost));
        m_portFeedback->showIssues(issuesFor(issues, SpecField::ExternalPort));
        m_databaseFeedback->showIssues(issuesFor(issues, SpecField::ExternalDatabase));
        m_userFeedback->showIssues(issuesFor(issues, SpecField::ExternalUser));
        // The app cannot invent another server's password (InstanceSecrets refuses to), and
        // CockroachDB's insecure mode has none.
        if (m_password->text().isEmpty() && spec.external.client != DatabaseKind::CockroachDb)
            m_passwordFeedback->showError(tr("Enter the password of this database user."));
        else
            m_passwordFeedback->clear();
    }
    Q_EMIT completeChanged();
}

} // namespace dd::ui
