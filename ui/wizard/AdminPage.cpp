// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/AdminPage.h"

#include "instance/InstanceValidator.h"
#include "secrets/SecretGenerator.h"
#include "wizard/FieldFeedback.h"
#include "wizard/PasswordStrengthMeter.h"
#include "wizard/WizardState.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd::ui {

AdminPage::AdminPage(WizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_generate(new QPushButton(tr("&Generate"), this))
    , m_reveal(new QPushButton(tr("&Show"), this))
    , m_meter(new PasswordStrengthMeter(this))
{
    setTitle(tr("Administrator"));
    setSubTitle(tr("The first user of Directus Studio. The password is kept in the system keychain (or the file "
                   "you chose), never in the instance's files."));

    m_email->setObjectName(QStringLiteral("adminEmail"));
    m_email->setAccessibleName(tr("Admin email"));
    m_email->setPlaceholderText(QStringLiteral("admin@example.com"));
    m_emailFeedback = new FieldFeedback(m_email, tr("Admin email"), this);

    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setAccessibleName(tr("Admin password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_generate->setObjectName(QStringLiteral("generatePassword"));
    m_generate->setAccessibleName(tr("Generate a strong password"));
    m_reveal->setObjectName(QStringLiteral("revealPassword"));
    m_reveal->setAccessibleName(tr("Show the password"));
    m_reveal->setCheckable(true);
    m_passwordFeedback = new FieldFeedback(m_password, tr("Admin password"), this);

    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_reveal);
    passwordRow->addWidget(m_generate);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_emailFeedback);
    // A row holding a layout gets no buddy from addRow(QString, QLayout*): make the label here.
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, passwordRow);
    form->addRow(QString(), m_meter);
    form->addRow(QString(), m_passwordFeedback);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_reveal);
    setTabOrder(m_reveal, m_generate);

    connect(m_email, &QLineEdit::textChanged, this, &AdminPage::validate);
    connect(m_password, &QLineEdit::textChanged, this, &AdminPage::validate);
    connect(m_reveal, &QPushButton::toggled, this, [this](bool shown) {
        m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("&Hide") : tr("&Show"));
    });
    connect(m_generate, &QPushButton::clicked, this, [this] {
        m_password->setText(secrets::SecretGenerator::generatePassword());
        m_reveal->setChecked(true);  // a generated password is only useful if it can be noted
    });
    validate();
}

bool AdminPage::isComplete() const
{
    return m_emailFeedback->isOk() && m_passwordFeedback->isOk();
}

void AdminPage::validate()
{
    m_state.spec.adminEmail = m_email->text().trimmed();
    m_state.adminPassword = m_password->text();
    m_emailFeedback->showIssues(instance::InstanceValidator::checkAdminEmail(m_state.spec.adminEmail));

    const secrets::PasswordStrength strength = secrets::SecretGenerator::evaluate(m_state.adminPassword);
    m_meter->setStrength(strength, m_state.adminPassword.isEmpty());
    if (strength.score < minimumScore)
        m_passwordFeedback->showError(strength.reason);
    else if (strength.score == minimumScore)
        m_passwordFeedback->showWarning(strength.reason);
    else
        m_passwordFeedback->clear();
    Q_EMIT completeChanged();
}

} // namespace dd::ui
