// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLineEdit;
class QPushButton;

namespace dd::ui {

class FieldFeedback;
class PasswordStrengthMeter;
class WizardState;

// The first admin user: an email Directus accepts and a password that is not guessed at once.
// "Generate" draws one from the CSPRNG (SecretGenerator) and shows it, so it can be noted.
class AdminPage : public QWizardPage
{
    Q_OBJECT
public:
    // Below this SecretGenerator score a password is refused.
    static constexpr int minimumScore = 2;

    explicit AdminPage(WizardState &state, QWidget *parent = nullptr);

    bool isComplete() const override;

private:
    void validate();

    WizardState &m_state;
    QLineEdit *m_email;
    FieldFeedback *m_emailFeedback;
    QLineEdit *m_password;
    QPushButton *m_generate;
    QPushButton *m_reveal;
    PasswordStrengthMeter *m_meter;
    FieldFeedback *m_passwordFeedback;
};

} // namespace dd::ui
