// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace dd::ui {

class CreatePage;
class WizardState;

// The instance runs: open Studio in the browser, or copy the login (URL, email, password) to
// the clipboard — only when asked, since the clipboard is readable by every program.
class DonePage : public QWizardPage
{
    Q_OBJECT
public:
    DonePage(WizardState &state, const CreatePage &create, QWidget *parent = nullptr);

    void initializePage() override;

private:
    WizardState &m_state;
    const CreatePage &m_create;
    QLabel *m_text;
    QPushButton *m_openStudio;
    QPushButton *m_copyCredentials;
    QLabel *m_copied;
};

} // namespace dd::ui
