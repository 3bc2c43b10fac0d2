// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/PreferencesDialog.h"

#include "core/AppPaths.h"
#include "core/AppSettings.h"
#include "core/Background.h"
#include "core/Translations.h"
#include "instance/FolderCheck.h"
#include "wizard/FieldFeedback.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dd::ui {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString defaultBackupsDir()
{
    return AppPaths::dataDir() + QStringLiteral("/backups");
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_backupsFolder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_dockerHub(new QRadioButton(tr("&Docker Hub (directus/directus)"), this))
    , m_mirror(new QRadioButton(tr("A &mirror or a registry cache:"), this))
    , m_mirrorUrl(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    // Backups
    m_backupsFolder->setObjectName(QStringLiteral("backupsFolder"));
    m_backupsFolder->setAccessibleName(tr("Backups folder"));
    m_backupsFolder->setPlaceholderText(QDir::toNativeSeparators(defaultBackupsDir()));
    m_backupsFolder->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("backupsBrowse"));
    m_browse->setAccessibleName(tr("Browse for the backups folder"));
    m_folderFeedback = new FieldFeedback(m_backupsFolder, tr("Backups folder"), this);
    auto *backups = new QGroupBox(tr("Backups"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupsFolder, 1);
    folderRow->addWidget(m_browse);
    auto *backupsLayout = new QVBoxLayout(backups);
    backupsLayout->addLayout(folderRow);
    backupsLayout->addWidget(m_folderFeedback);
    backupsLayout->addWidget(note(tr("Empty: the app's own folder (shown above). Backups already made stay where "
                                     "they are; new ones go to the folder chosen here."), backups));

    // Versions
    m_dockerHub->setObjectName(QStringLiteral("registryDockerHub"));
    m_mirror->setObjectName(QStringLiteral("registryMirror"));
    m_mirrorUrl->setObjectName(QStringLiteral("registryUrl"));
    m_mirrorUrl->setAccessibleName(tr("Registry address"));
    m_mirrorUrl->setPlaceholderText(QStringLiteral("https://mirror.example.com"));
    m_registryFeedback = new FieldFeedback(m_mirrorUrl, tr("Registry address"), this);
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_dockerHub);
    choice->addButton(m_mirror);
    auto *versions = new QGroupBox(tr("Directus versions"), this);
    auto *versionsLayout = new QVBoxLayout(versions);
    versionsLayout->addWidget(note(tr("Where the list of versions for new instances and upgrades comes from. A mirror "
                                      "keeps Docker Hub's names."), versions));
    versionsLayout->addWidget(m_dockerHub);
    versionsLayout->addWidget(m_mirror);
    auto *urlRows = new QVBoxLayout;
    urlRows->setContentsMargins(24, 0, 0, 0);  // under its radio button
    urlRows->addWidget(m_mirrorUrl);
    urlRows->addWidget(m_registryFeedback);
    versionsLayout->addLayout(urlRows);
    if (!qEnvironmentVariableIsEmpty("DD_REGISTRY_URL"))
        versionsLayout->addWidget(note(tr("DD_REGISTRY_URL is set for this session (%1): it is used instead of the "
                                          "choice here.")
                                           .arg(qEnvironmentVariable("DD_REGISTRY_URL")),
                                       versions));

    // Language
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    for (const auto &language : Translations::available())
        m_language->addItem(language.nativeName, language.code);
    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageLayout = new QFormLayout(languageBox);
    languageLayout->addRow(tr("&Language:"), m_language);
    languageLayout->addRow(note(tr("A new language applies at the next start of the app."), languageBox));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(backups);
    layout->addWidget(versions);
    layout->addWidget(languageBox);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_backupsFolder, &QLineEdit::textChanged, this, &PreferencesDialog::checkFolder);
    connect(m_browse, &QPushButton::clicked, this, &PreferencesDialog::browse);
    connect(m_mirror, &QRadioButton::toggled, this, &PreferencesDialog::checkRegistry);
    connect(m_mirrorUrl, &QLineEdit::textChanged, this, &PreferencesDialog::checkRegistry);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    load();
}

// settings.ini is a few lines in the data folder: read as the dialog opens.
void PreferencesDialog::load()
{
    m_backupsFolder->setText(QDir::toNativeSeparators(AppSettings::backupsFolder()));
    const QString url = AppSettings::registryUrl();
    m_mirrorUrl->setText(url);
    (url.isEmpty() ? m_dockerHub : m_mirror)->setChecked(true);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::preferred())));
    checkFolder();
    checkRegistry();
}

void PreferencesDialog::checkFolder()
{
    const QString text = m_backupsFolder->text().trimmed();
    ++m_folderCheck;
    if (text.isEmpty()) {
        m_folderPending = false;
        m_folderFeedback->clear();
        updateOk();
        return;
    }
    if (QDir::isRelativePath(QDir::fromNativeSeparators(text))) {
        m_folderPending = false;
        m_folderFeedback->showError(tr("Type the whole path, starting at the top of the disk."));
        updateOk();
        return;
    }
    const QString path = QDir::cleanPath(QDir::fromNativeSeparators(text));
    m_folderPending = true;
    m_folderFeedback->showBusy(tr("Checking the folder…"));
    updateOk();
    const int check = m_folderCheck;
    runInBackground<instance::FolderCheckResult>(
        this, [path] { return instance::FolderCheck::check(path); },
        [this, check](const instance::FolderCheckResult &result) {
            if (check != m_folderCheck)
                return;  // typed on meanwhile
            m_folderPending = false;
            m_folderFeedback->showResult(result.severity, result.reason);
            updateOk();
        });
}

void PreferencesDialog::checkRegistry()
{
    const bool mirror = m_mirror->isChecked();
    m_mirrorUrl->setEnabled(mirror);
    if (!mirror) {
        m_registryFeedback->clear();
    } else if (m_mirrorUrl->text().trimmed().isEmpty()) {
        m_registryFeedback->showError(tr("Type the mirror's address, or choose Docker Hub."));
    } else if (const QString problem = AppSettings::registryUrlProblem(m_mirrorUrl->text()); !problem.isEmpty()) {
        m_registryFeedback->showError(problem);
    } else {
        m_registryFeedback->clear();
    }
    updateOk();
}

void PreferencesDialog::browse()
{
    // Not modal to the app: the logs and the engine keep going while the user looks.
    auto *dialog = new QFileDialog(this, tr("Backups folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    const QString current = m_backupsFolder->text().trimmed();
    dialog->setDirectory(current.isEmpty() ? QDir::homePath() : current);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
        m_backupsFolder->setText(QDir::toNativeSeparators(folder));
    });
    dialog->open();
}

void PreferencesDialog::updateOk()
{
    const bool ok = !m_folderPending && m_folderFeedback->isOk() && m_registryFeedback->isOk();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void PreferencesDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;  // Enter in a field while something is wrong
    AppSettings::setBackupsFolder(QDir::fromNativeSeparators(m_backupsFolder->text()));
    AppSettings::setRegistryUrl(m_mirror->isChecked() ? m_mirrorUrl->text() : QString());
    const QString language = m_language->currentData().toString();
    if (language != Translations::preferred())
        Translations::setPreferred(language);
    Q_EMIT saved();
    QDialog::accept();
}

} // namespace dd::ui
