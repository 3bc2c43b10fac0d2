// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace dd::ui {

class WizardState;

// What will be created (containers, volumes or folders, URL, admin), the version rules'
// notes, and "Show compose file": the docker-compose.yml the instance amounts to, with
// secrets only as ${VAR} references. Create is pressed here (a commit page: no Back after it).
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(WizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // The compose file shown by "Show compose file" (no secrets in it).
    QString composeText() const;

private:
    void showComposeFile();

    WizardState &m_state;
    QLabel *m_summary;
    QPushButton *m_showCompose;
};

} // namespace dd::ui
