// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/OptionsPage.h"

#include "core/PortProbe.h"
#include "instance/InstanceValidator.h"
#include "wizard/FieldFeedback.h"
#include "wizard/WizardState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace dd::ui {

using instance::InstanceValidator;

namespace {

constexpr int kUsualPort = 8055;

} // namespace

OptionsPage::OptionsPage(WizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_redis(new QCheckBox(tr("Use a &Redis cache (one more container; faster for bigger projects)"), this))
    , m_port(new QLineEdit(this))
    , m_pickPort(new QPushButton(tr("Pick a &free port"), this))
    , m_bind(new QComboBox(this))
    , m_publicUrl(new QLineEdit(this))
    , m_telemetry(new QCheckBox(tr("Send Directus' anonymous &telemetry to its makers"), this))
{
    setTitle(tr("Options"));
    setSubTitle(tr("The defaults suit local work: Directus is reachable from this computer only."));

    m_redis->setObjectName(QStringLiteral("redisCache"));
    m_port->setObjectName(QStringLiteral("hostPort"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setMaxLength(6);
    m_pickPort->setObjectName(QStringLiteral("pickFreePort"));
    m_pickPort->setAccessibleName(tr("Pick a free port"));
    m_portFeedback = new FieldFeedback(m_port, tr("Port"), this);

    m_bind->setObjectName(QStringLiteral("bindAddress"));
    m_bind->setEditable(true);
    m_bind->setMinimumContentsLength(20);  // room for an IPv6 address
    m_bind->setInsertPolicy(QComboBox::NoInsert);
    m_bind->setAccessibleName(tr("Bind address"));
    m_bind->addItem(QStringLiteral("127.0.0.1"));
    m_bind->addItem(QStringLiteral("0.0.0.0"));
    m_bindFeedback = new FieldFeedback(m_bind, tr("Bind address"), this);

    m_publicUrl->setObjectName(QStringLiteral("publicUrl"));
    m_publicUrl->setAccessibleName(tr("Public URL"));
    m_publicUrlFeedback = new FieldFeedback(m_publicUrl, tr("Public URL"), this);
    m_telemetry->setObjectName(QStringLiteral("telemetry"));

    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port, 1);
    portRow->addWidget(m_pickPort);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A row holding a layout gets no buddy from addRow(QString, QLayout*): make the label here.
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, portRow);
    form->addRow(QString(), m_portFeedback);
    form->addRow(tr("&Bind address:"), m_bind);
    form->addRow(QString(), m_bindFeedback);
    form->addRow(tr("Public &URL:"), m_publicUrl);
    form->addRow(QString(), m_publicUrlFeedback);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_redis);
    layout->addLayout(form);
    layout->addWidget(m_telemetry);
    layout->addStretch(1);
    setTabOrder(m_redis, m_port);
    setTabOrder(m_port, m_pickPort);
    setTabOrder(m_pickPort, m_bind);
    setTabOrder(m_bind, m_publicUrl);
    setTabOrder(m_publicUrl, m_telemetry);

    connect(m_redis, &QCheckBox::toggled, this, &OptionsPage::validate);
    connect(m_telemetry, &QCheckBox::toggled, this, &OptionsPage::validate);
    connect(m_port, &QLineEdit::textChanged, this, &OptionsPage::validate);
    connect(m_bind, &QComboBox::editTextChanged, this, &OptionsPage::validate);
    connect(m_publicUrl, &QLineEdit::textChanged, this, &OptionsPage::validate);
    connect(m_pickPort, &QPushButton::clicked, this, &OptionsPage::pickFreePort);
    validate();
}

void OptionsPage::initializePage()
{
    if (!m_portChosen) {
        m_portChosen = true;
        pickFreePort();
    }
    // Coming back to this page (Back, or "Change settings" after a failed create) runs no
    // initializePage(), yet the port may have been taken meanwhile: check again then too.
    if (!m_followsWizard && wizard()) {
        m_followsWizard = true;
        connect(wizard(), &QWizard::currentIdChanged, this, [this] {
            if (wizard()->currentPage() == this)
                validate();
        });
    }
    validate();
}

bool OptionsPage::isComplete() const
{
    return m_portFeedback->isOk() && m_bindFeedback->isOk() && m_publicUrlFeedback->isOk();
}

void OptionsPage::pickFreePort()
{
    // 8055 when free (what the Directus docs say), else any port the system says is free.
    const QString bind = QHostAddress(m_bind->currentText().trimmed()).isNull() ? QStringLiteral("127.0.0.1")
                                                                               : m_bind->currentText().trimmed();
    const int port = PortProbe::freePort(bind, kUsualPort);
    m_port->setText(port > 0 ? QString::number(port) : QString::number(kUsualPort));
}

void OptionsPage::validate()
{
    instance::InstanceSpec &spec = m_state.spec;
    spec.redisCache = m_redis->isChecked();
    spec.telemetry = m_telemetry->isChecked();
    spec.bindAddress = m_bind->currentText().trimmed();
    spec.publicUrl = m_publicUrl->text().trimmed();
    bool number = false;
    const int port = m_port->text().trimmed().toInt(&number);
    spec.hostPort = number ? port : 0;

    const bool bindOk = m_bindFeedback->showIssues(InstanceValidator::checkBindAddress(spec.bindAddress));
    // Taken ports are refused here, as the CLI does: Docker would only say so after the pull.
    if (m_portFeedback->showIssues(InstanceValidator::checkHostPort(spec.hostPort)) && bindOk
        && !PortProbe::isFree(spec.bindAddress, spec.hostPort)) {
        m_portFeedback->showError(tr("Port %1 on %2 is in use by another program. Choose another, or “Pick a free port”.")
                                      .arg(spec.hostPort)
                                      .arg(spec.bindAddress));
    }
    m_publicUrl->setPlaceholderText(spec.effectivePublicUrl());
    m_publicUrlFeedback->showIssues(InstanceValidator::checkPublicUrl(spec.publicUrl));
    Q_EMIT completeChanged();
}

} // namespace dd::ui
