// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/DonePage.h"

#include "secrets/SecretStoreChoice.h"
#include "wizard/CreatePage.h"
#include "wizard/WizardState.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd::ui {

DonePage::DonePage(WizardState &state, const CreatePage &create, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_create(create)
    , m_text(new QLabel(this))
    , m_openStudio(new QPushButton(tr("&Open Studio"), this))
    , m_copyCredentials(new QPushButton(tr("&Copy credentials"), this))
    , m_copied(new QLabel(this))
{
    setTitle(tr("Ready"));
    setFinalPage(true);

    m_text->setObjectName(QStringLiteral("doneText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_openStudio->setObjectName(QStringLiteral("openStudio"));
    m_openStudio->setAccessibleName(tr("Open Directus Studio in the browser"));
    m_copyCredentials->setObjectName(QStringLiteral("copyCredentials"));
    m_copyCredentials->setAccessibleName(tr("Copy the admin login to the clipboard"));
    m_copied->setObjectName(QStringLiteral("copiedNote"));
    m_copied->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openStudio);
    buttons->addWidget(m_copyCredentials);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addWidget(m_copied);
    layout->addStretch(1);

    connect(m_openStudio, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(m_create.url().resolved(QUrl(QStringLiteral("/admin"))));
    });
    connect(m_copyCredentials, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(tr("URL: %1\nEmail: %2\nPassword: %3")
                                                  .arg(m_create.url().toString(), m_state.spec.adminEmail,
                                                       m_state.adminPassword));
        m_copied->setText(tr("Copied. Paste it into your password manager, then clear the clipboard."));
    });
}

void DonePage::initializePage()
{
    m_text->setText(tr("%1 runs at %2.\n\nLog in to Directus Studio as %3 with the password you chose. The password "
                       "is also kept in %4; the instance is in the main window's list.")
                        .arg(m_state.spec.name, m_create.url().toString(), m_state.spec.adminEmail,
                             secrets::SecretStoreChoice::current().describe()));
    m_copied->clear();
    m_openStudio->setFocus(Qt::OtherFocusReason);
}

} // namespace dd::ui
