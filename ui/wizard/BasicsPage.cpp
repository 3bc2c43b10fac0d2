// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/BasicsPage.h"

#include "core/AppPaths.h"
#include "instance/InstanceValidator.h"
#include "registry/TagCatalogLoader.h"
#include "wizard/FieldFeedback.h"
#include "wizard/WizardState.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dd::ui {

using instance::InstanceValidator;
using instance::ProductLine;

namespace {

// Newest first, with the floating tags ("latest", "11") on top: what most people pick.
QStringList versionChoices(const registry::TagCatalog &catalog)
{
    QStringList choices;
    const auto &floating = catalog.floatingTags();
    for (auto it = floating.crbegin(); it != floating.crend(); ++it)
        choices.append(it->toString());
    const auto &versions = catalog.versions();
    for (auto it = versions.crbegin(); it != versions.crend(); ++it)
        choices.append(it->toString());
    return choices;
}

} // namespace

BasicsPage::BasicsPage(WizardState &state, bool loadTagCatalog, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_loadTagCatalog(loadTagCatalog)
    , m_name(new QLineEdit(this))
    , m_version(new QComboBox(this))
    , m_catalogStatus(new QLabel(this))
    , m_tierNote(new QLabel(this))
    , m_productLine(new QComboBox(this))
{
    setTitle(tr("Name and version"));
    setSubTitle(tr("The name is also the Docker Compose project name, so `docker compose -p NAME ps` finds it."));

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Instance name"));
    m_name->setPlaceholderText(tr("for example: blog"));
    m_nameFeedback = new FieldFeedback(m_name, tr("Instance name"), this);

    m_version->setObjectName(QStringLiteral("version"));
    m_version->setEditable(true);
    m_version->setMinimumContentsLength(16);  // room for "11.1.2-rc.1" and the like
    m_version->setInsertPolicy(QComboBox::NoInsert);
    m_version->setAccessibleName(tr("Directus version"));
    m_version->addItem(instance::recommendedTag(ProductLine::Directus));
    m_version->addItem(QStringLiteral("latest"));
    m_versionFeedback = new FieldFeedback(m_version, tr("Directus version"), this);
    m_catalogStatus->setObjectName(QStringLiteral("catalogStatus"));
    m_catalogStatus->setWordWrap(true);
    m_catalogStatus->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_catalogStatus->setEnabled(false);  // the quiet, secondary look

    // What Directus 12's licence means for this person, in one sentence (facts: the Directus
    // reference in the repository's shared documents, "License").
    m_tierNote->setObjectName(QStringLiteral("tierNote"));
    m_tierNote->setWordWrap(true);
    m_tierNote->setText(tr("Directus 12 runs without a licence key on its free Core tier; SSO, custom permission "
                           "rules and custom AI models need a licence key, and the Studio asks which you use at "
                           "the first sign-in."));
    m_tierNote->setVisible(false);

    m_productLine->setObjectName(QStringLiteral("productLine"));
    m_productLine->setAccessibleName(tr("Product line"));
    m_productLine->addItem(tr("Directus (directus/directus)"), int(ProductLine::Directus));
    m_productLine->addItem(tr("Directus 9 community fork (lawebcapsule/directus9)"), int(ProductLine::Directus9Fork));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameFeedback);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(QString(), m_versionFeedback);
    form->addRow(QString(), m_catalogStatus);
    form->addRow(QString(), m_tierNote);
    form->addRow(tr("&Product line:"), m_productLine);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textChanged, this, &BasicsPage::validate);
    connect(m_version, &QComboBox::editTextChanged, this, [this] {
        m_versionTouched = true;
        validate();
    });
    connect(m_productLine, &QComboBox::currentIndexChanged, this, [this] {
        m_state.spec.productLine = ProductLine(m_productLine->currentData().toInt());
        if (!m_versionTouched) {
            const QSignalBlocker blocker(m_version);
            m_version->setEditText(instance::recommendedTag(m_state.spec.productLine));
            validate();
        }
        loadCatalog();
    });
    connect(&m_state, &WizardState::takenNamesChanged, this, &BasicsPage::validate);
    validate();
    m_versionTouched = false;
}

void BasicsPage::initializePage()
{
    if (!m_loader && !m_catalogListed)
        loadCatalog();
}

bool BasicsPage::isComplete() const
{
    return m_nameFeedback->isOk() && m_versionFeedback->isOk();
}

void BasicsPage::validate()
{
    m_state.spec.name = m_name->text();
    m_state.spec.imageTag = m_version->currentText().trimmed();
    m_nameFeedback->showIssues(InstanceValidator::checkName(m_state.spec.name, m_state.takenNames()));
    m_versionFeedback->showIssues(InstanceValidator::checkImageTag(m_state.spec.imageTag));
    const auto version = m_state.spec.version();
    m_tierNote->setVisible(m_state.spec.productLine == ProductLine::Directus && version
                           && *version >= instance::DirectusVersion::exact(12, 0, 0));
    Q_EMIT completeChanged();
}

void BasicsPage::loadCatalog()
{
    if (!m_loadTagCatalog)
        return;
    if (m_loader) {
        m_loader->cancel();
        m_loader->deleteLater();
    }
    const ProductLine line = m_state.spec.productLine;
    registry::TagCatalogLoader::Settings settings;
    settings.cacheDir = AppPaths::dataDir() + QStringLiteral("/cache");
    m_loader = new registry::TagCatalogLoader(registry::RegistrySource::dockerHub(instance::imageRepository(line)), line,
                                              settings, nullptr, this);
    connect(m_loader, &registry::TagCatalogLoader::finished, this, &BasicsPage::onCatalog);
    m_catalogStatus->setText(tr("Loading the list of versions…"));
    m_loader->start();
}

void BasicsPage::onCatalog(const registry::CatalogResult &result)
{
    if (sender() != m_loader.data())
        return;  // an older loader, for the other product line
    m_loader->deleteLater();
    if (!result.hasList()) {
        m_catalogStatus->setText(tr("The list of versions could not be loaded (%1). Type a version, such as 11.1.2.")
                                     .arg(result.error.sentence));
        return;
    }
    m_catalogListed = true;
    const QString typed = m_version->currentText();
    const bool keep = m_versionTouched;
    const QSignalBlocker blocker(m_version);
    m_version->clear();
    m_version->addItems(versionChoices(result.catalog));
    if (keep) {
        m_version->setEditText(typed);
    } else if (const auto newest = result.catalog.newest()) {
        m_version->setEditText(newest->toString());  // an exact version: the instance stays on it
    }
    m_catalogStatus->setText(result.notice.isEmpty() ? tr("%n version(s) listed; you may also type a tag.", nullptr,
                                                          int(result.catalog.versions().size()))
                                                     : result.notice);
    validate();
}

} // namespace dd::ui
