// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/StoragePage.h"

#include "core/Background.h"
#include "instance/FolderCheck.h"
#include "instance/InstanceValidator.h"
#include "wizard/FieldFeedback.h"
#include "wizard/WizardState.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dd::ui {

using instance::SpecField;
using instance::StorageChoice;

StoragePage::StoragePage(WizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_volumes(new QRadioButton(tr("Docker &volumes (recommended)"), this))
    , m_folders(new QRadioButton(tr("&Folders on this computer"), this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_layout(new QLabel(this))
{
    setTitle(tr("Storage"));
    setSubTitle(tr("Volumes are managed by Docker and need no care. Folders are easy to open and back up "
                   "yourself; Directus Desktop creates them and gives them to the container's user."));

    m_volumes->setObjectName(QStringLiteral("storageVolumes"));
    m_folders->setObjectName(QStringLiteral("storageFolders"));
    m_volumes->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_volumes);
    group->addButton(m_folders);

    m_folder->setObjectName(QStringLiteral("storageFolder"));
    m_folder->setAccessibleName(tr("Data folder"));
    m_browse->setObjectName(QStringLiteral("storageBrowse"));
    m_browse->setAccessibleName(tr("Browse for the data folder"));
    m_folderFeedback = new FieldFeedback(m_folder, tr("Data folder"), this);
    m_layout->setObjectName(QStringLiteral("storageLayout"));
    m_layout->setWordWrap(true);
    m_layout->setTextFormat(Qt::PlainText);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(24, 0, 0, 0);  // indented under its radio button
    row->addWidget(m_folder, 1);
    row->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_volumes);
    layout->addWidget(m_folders);
    layout->addLayout(row);
    auto *below = new QVBoxLayout;
    below->setContentsMargins(24, 0, 0, 0);
    below->addWidget(m_folderFeedback);
    below->addWidget(m_layout);
    layout->addLayout(below);
    layout->addStretch(1);

    connect(m_folders, &QRadioButton::toggled, this, &StoragePage::validate);
    connect(m_folder, &QLineEdit::textChanged, this, &StoragePage::validate);
    connect(m_browse, &QPushButton::clicked, this, &StoragePage::browse);
}

void StoragePage::initializePage()
{
    // A suggestion under the home folder, named after the instance.
    if (m_folder->text().isEmpty()) {
        const QSignalBlocker blocker(m_folder);
        m_folder->setText(QDir::homePath() + QStringLiteral("/Directus/") + m_state.spec.name);
    }
    validate();
}

bool StoragePage::isComplete() const
{
    return !m_folders->isChecked() || m_folderFeedback->isOk();
}

void StoragePage::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose the data folder"), m_folder->text());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

void StoragePage::validate()
{
    const bool folders = m_folders->isChecked();
    m_folder->setEnabled(folders);
    m_browse->setEnabled(folders);
    ++m_checkGeneration;
    instance::InstanceSpec &spec = m_state.spec;
    if (!folders) {
        spec.uploadsStorage = spec.databaseStorage = spec.extensionsStorage = StorageChoice();
        m_folderFeedback->clear();
        m_layout->clear();
        Q_EMIT completeChanged();
        return;
    }

    const QString base = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QString clean = base.isEmpty() ? QString() : QDir::cleanPath(base);
    const auto sub = [&clean](const char *name) {
        return clean.isEmpty() ? QString() : clean + QLatin1Char('/') + QLatin1String(name);
    };
    spec.uploadsStorage = StorageChoice::folder(sub("uploads"));
    spec.extensionsStorage = StorageChoice::folder(sub("extensions"));
    spec.databaseStorage = spec.usesSqlite() ? StorageChoice::folder(sub("database")) : StorageChoice();

    // The path's shape first (InstanceValidator), on the chosen folder itself.
    const auto shape = instance::InstanceValidator::checkFolder(SpecField::UploadsFolder, StorageChoice::folder(clean));
    if (!m_folderFeedback->showIssues(shape) || clean.isEmpty()) {
        m_layout->clear();
        Q_EMIT completeChanged();
        return;
    }
    QStringList lines{tr("Uploads: %1").arg(QDir::toNativeSeparators(spec.uploadsStorage.hostPath)),
                      tr("Extensions: %1").arg(QDir::toNativeSeparators(spec.extensionsStorage.hostPath))};
    if (spec.usesSqlite())
        lines.insert(1, tr("Database: %1").arg(QDir::toNativeSeparators(spec.databaseStorage.hostPath)));
    m_layout->setText(lines.join(QLatin1Char('\n')));

    // Then the disk, off the UI thread: a network share can take seconds to answer.
    m_folderFeedback->showBusy(tr("Checking the folder…"));
    Q_EMIT completeChanged();
    const int generation = m_checkGeneration;
    runInBackground<instance::FolderCheckResult>(
        this, [clean] { return instance::FolderCheck::check(clean); },
        [this, generation](const instance::FolderCheckResult &result) {
            if (generation != m_checkGeneration)
                return;  // the user typed on meanwhile
            m_folderFeedback->showResult(result.severity, result.reason);
            Q_EMIT completeChanged();
        });
}

} // namespace dd::ui
