// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

namespace dd::ui {

class WizardState;

// (Outside the class: a nested struct with default member initialisers cannot be used for a
// default argument of its enclosing class's constructor.)
struct NewInstanceWizardOptions
{
    // Ask Docker Hub for the list of Directus versions (tests turn it off: no internet there).
    bool loadTagCatalog = true;
};

// The first-run / "New instance" wizard: engine check → basics → database → admin → storage
// → options → summary → create (with progress) → done. Every field is checked as it is typed
// (InstanceValidator's reasons, shown next to the field) and Next stays disabled while a page
// has an error. The create step runs operations::CreateOperation exactly as the CLI's
// `create` does; a failure keeps the wizard open on that page with the reason and Retry.
class NewInstanceWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { EngineCheckId, BasicsId, DatabaseId, AdminId, StorageId, OptionsId, SummaryId, CreateId, DoneId };

    using Options = NewInstanceWizardOptions;

    explicit NewInstanceWizard(QWidget *parent = nullptr);
    explicit NewInstanceWizard(const Options &options, QWidget *parent = nullptr);

    WizardState &state() const { return *m_state; }
    // The instance made, once the done page shows (empty before).
    QString createdInstanceName() const { return m_createdName; }

    void reject() override;

Q_SIGNALS:
    // An instance was created (the main window reloads its list).
    void instanceCreated(const QString &name);

private:
    WizardState *m_state;
    QString m_createdName;
};

} // namespace dd::ui
