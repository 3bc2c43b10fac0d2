// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace dd::ui {

class FieldFeedback;
class WizardState;

// Cache, the port Directus is published on (checked free by trying to bind it; "Pick a free
// port" finds one), the address it is published on, the public URL and telemetry.
class OptionsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OptionsPage(WizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void validate();
    void pickFreePort();

    WizardState &m_state;
    QCheckBox *m_redis;
    QLineEdit *m_port;
    QPushButton *m_pickPort;
    FieldFeedback *m_portFeedback;
    QComboBox *m_bind;
    FieldFeedback *m_bindFeedback;
    QLineEdit *m_publicUrl;
    FieldFeedback *m_publicUrlFeedback;
    QCheckBox *m_telemetry;
    bool m_portChosen = false;  // picked once when first shown; later visits keep the user's
    bool m_followsWizard = false;
};

} // namespace dd::ui
