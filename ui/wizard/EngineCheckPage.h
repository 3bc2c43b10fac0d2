// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace dd::docker {
class EngineConnector;
}

namespace dd::ui {

class WizardState;

// Finds a Docker engine the way the main window does (docker::EngineConnector). Without one
// it lists every endpoint tried, why each failed and the fix, with Retry; Next waits for an
// engine, since nothing can be created without one.
class EngineCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit EngineCheckPage(WizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QPushButton *retryButton() const { return m_retry; }

private:
    void connectEngine();
    void onFinished(bool connected);

    WizardState &m_state;
    QLabel *m_status;
    QLabel *m_details;
    QPushButton *m_retry;
    QPointer<docker::EngineConnector> m_connector;
};

} // namespace dd::ui
