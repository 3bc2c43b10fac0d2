// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/NewInstanceWizard.h"

#include "wizard/AdminPage.h"
#include "wizard/BasicsPage.h"
#include "wizard/CreatePage.h"
#include "wizard/DatabasePage.h"
#include "wizard/DonePage.h"
#include "wizard/EngineCheckPage.h"
#include "wizard/OptionsPage.h"
#include "wizard/StoragePage.h"
#include "wizard/SummaryPage.h"
#include "wizard/WizardState.h"

#include <QAbstractButton>
#include <QMessageBox>

namespace dd::ui {

NewInstanceWizard::NewInstanceWizard(QWidget *parent)
    : NewInstanceWizard(Options(), parent)
{
}

NewInstanceWizard::NewInstanceWizard(const Options &options, QWidget *parent)
    : QWizard(parent)
    , m_state(new WizardState(this))
{
    setObjectName(QStringLiteral("newInstanceWizard"));
    setWindowTitle(tr("New Directus instance"));
    setWizardStyle(QWizard::ModernStyle);
    // No "Help": every page says what it needs; the reasons appear next to the fields.
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);

    auto *create = new CreatePage(*m_state, this);
    setPage(EngineCheckId, new EngineCheckPage(*m_state, this));
    setPage(BasicsId, new BasicsPage(*m_state, options.loadTagCatalog, this));
    setPage(DatabaseId, new DatabasePage(*m_state, this));
    setPage(AdminId, new AdminPage(*m_state, this));
    setPage(StorageId, new StoragePage(*m_state, this));
    setPage(OptionsId, new OptionsPage(*m_state, this));
    setPage(SummaryId, new SummaryPage(*m_state, this));
    setPage(CreateId, create);
    setPage(DoneId, new DonePage(*m_state, *create, this));
    setStartId(EngineCheckId);

    button(QWizard::NextButton)->setAccessibleName(tr("Next page"));
    button(QWizard::BackButton)->setAccessibleName(tr("Previous page"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Cancel the new instance"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Close the wizard"));
    button(QWizard::CommitButton)->setAccessibleName(tr("Create the instance"));

    connect(create, &CreatePage::created, this, [this](const QString &name) {
        m_createdName = name;
        Q_EMIT instanceCreated(name);
    });
    resize(760, 600);
    m_state->loadTakenNames();
}

void NewInstanceWizard::reject()
{
    // A create cannot be stopped half-way without leaving things behind; it rolls itself back
    // when it fails, so waiting is the safe answer.
    auto *create = qobject_cast<CreatePage *>(page(CreateId));
    if (create && create->isRunning()) {
        QMessageBox::information(this, windowTitle(),
                                 tr("The instance is being created. Wait until it is ready or has failed; "
                                    "a failed create removes what it made."));
        return;
    }
    QWizard::reject();
}

} // namespace dd::ui
