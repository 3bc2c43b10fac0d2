// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace dd::registry {
class TagCatalogLoader;
struct CatalogResult;
}

namespace dd::ui {

class FieldFeedback;
class WizardState;

// Name, Directus version and product line. The versions come from the registry's tag list
// (registry::TagCatalogLoader, cached); any tag may also be typed.
class BasicsPage : public QWizardPage
{
    Q_OBJECT
public:
    BasicsPage(WizardState &state, bool loadTagCatalog, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void validate();
    void loadCatalog();
    void onCatalog(const registry::CatalogResult &result);

    WizardState &m_state;
    bool m_loadTagCatalog;
    QLineEdit *m_name;
    FieldFeedback *m_nameFeedback;
    QComboBox *m_version;
    FieldFeedback *m_versionFeedback;
    QLabel *m_catalogStatus;
    QLabel *m_tierNote;
    QComboBox *m_productLine;
    QPointer<registry::TagCatalogLoader> m_loader;
    bool m_versionTouched = false;  // the user typed or picked one: a late catalog must not replace it
    bool m_catalogListed = false;   // the registry's list has been shown
};

} // namespace dd::ui
