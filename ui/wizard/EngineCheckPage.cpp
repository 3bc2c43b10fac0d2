// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/EngineCheckPage.h"

#include "docker/EngineClient.h"
#include "docker/EngineConnector.h"
#include "wizard/WizardState.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd::ui {

EngineCheckPage::EngineCheckPage(WizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_status(new QLabel(this))
    , m_details(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setTitle(tr("Docker engine"));
    setSubTitle(tr("Directus runs in containers, so Directus Desktop needs a running Docker engine "
                   "(Docker Engine, Docker Desktop, Podman, Colima, Rancher Desktop or OrbStack)."));

    m_status->setObjectName(QStringLiteral("engineStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Engine status"));
    m_details->setObjectName(QStringLiteral("engineDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Endpoints tried"));
    m_retry->setObjectName(QStringLiteral("engineRetry"));
    m_retry->setAccessibleName(tr("Retry finding the Docker engine"));
    m_retry->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_details);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_retry, &QPushButton::clicked, this, &EngineCheckPage::connectEngine);
}

void EngineCheckPage::initializePage()
{
    if (!m_state.engine())
        connectEngine();
}

bool EngineCheckPage::isComplete() const
{
    return m_state.engine() != nullptr;
}

void EngineCheckPage::connectEngine()
{
    if (m_connector)
        return;  // a try is under way
    m_status->setText(tr("Looking for a Docker engine…"));
    m_details->clear();
    m_retry->setEnabled(false);
    // Read the environment anew: the user may have just started Docker or fixed DOCKER_HOST.
    // The connected client becomes the wizard state's child, so it lives as long as the wizard.
    m_connector = new docker::EngineConnector(docker::EngineResolver::Environment::fromProcess(), &m_state);
    connect(m_connector, &docker::EngineConnector::finished, this, &EngineCheckPage::onFinished);
    m_connector->start();
}

void EngineCheckPage::onFinished(bool connected)
{
    docker::EngineConnector *connector = m_connector;
    m_connector = nullptr;
    if (!connector)
        return;
    connector->deleteLater();
    m_retry->setEnabled(true);
    if (connected) {
        m_status->setText(tr("A Docker engine answers. Continue with Next."));
        m_details->setText(connector->resolution().chosenReason);
        m_retry->setVisible(false);
        m_state.setEngine(connector->client());
    } else {
        m_status->setText(tr("No Docker engine answers. Start Docker (or Podman), or fix what is said below, "
                             "then choose Retry."));
        const QString sentence = connector->error().sentence;
        const QString explanation = connector->resolution().explain();
        m_details->setText(sentence.isEmpty() || explanation.contains(sentence) ? explanation
                                                                                : sentence + QStringLiteral("\n\n") + explanation);
        m_retry->setVisible(true);
        m_retry->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT completeChanged();
}

} // namespace dd::ui
