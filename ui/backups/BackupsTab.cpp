// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups/BackupsTab.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupJob.h"
#include "backup/CloneJob.h"
#include "core/Background.h"
#include "core/PortProbe.h"
#include "operations/InstanceLock.h"
#include "operations/RestoreOperation.h"
#include "operations/OperationResult.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace dd::ui {

namespace {
QPushButton *button(const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAccessibleName(accessibleName);
    return b;
}
} // namespace

BackupsTab::BackupsTab(QWidget *parent)
    : QWidget(parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setAccessibleName(tr("Backups"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Directus"), tr("Database"), tr("Size"), tr("Made")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_backUp = button(tr("Bac&k up now"), tr("Back up now"), this);
    m_restore = button(tr("&Restore…"), tr("Restore the selected backup"), this);
    m_clone = button(tr("&Clone to a new instance…"), tr("Clone the selected backup to a new instance"), this);
    m_open = button(tr("Open &folder"), tr("Open the backups folder"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Backup status"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_clone);
    buttons->addStretch();
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_backUp, &QPushButton::clicked, this, &BackupsTab::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupsTab::askRestore);
    connect(m_clone, &QPushButton::clicked, this, &BackupsTab::askClone);
    connect(m_open, &QPushButton::clicked, this, &BackupsTab::openFolder);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupsTab::updateButtons);
    updateButtons();
}

void BackupsTab::setInstance(const std::optional<instance::InstanceSpec> &spec,
                             const operations::CreateOperation::Context &context, const QString &backupsRoot)
{
    const bool same = spec && m_spec && spec->id == m_spec->id && backupsRoot == m_backupsRoot;
    m_spec = spec;
    m_context = context;
    m_backupsRoot = backupsRoot;
    m_intro->setText(spec ? tr("Backups of %1 in %2. A backup holds the database, the uploads and the extensions.")
                                .arg(spec->name, backupsRoot)
                          : tr("Backups are made for instances this app manages. Import this stack first (File ▸ Import)."));
    if (!same)
        refresh();
    updateButtons();
}

void BackupsTab::refresh()
{
    const int generation = ++m_generation;
    if (!m_spec) {
        showList({});
        return;
    }
    const QString root = m_backupsRoot;
    const QString id = m_spec->id;
    runInBackground<QList<backup::BackupInfo>>(
        this, [root, id] { return backup::BackupCatalog::list(root, id); },
        [this, generation](const QList<backup::BackupInfo> &list) {
            if (generation == m_generation)
                showList(list);
        });
}

void BackupsTab::showList(const QList<backup::BackupInfo> &backups)
{
    m_backups = backups;
    m_table->setRowCount(int(backups.size()));
    const QLocale locale;
    for (int row = 0; row < backups.size(); ++row) {
        const backup::BackupInfo &b = backups.at(row);
        const QStringList cells{locale.toString(b.createdAt.toLocalTime(), QLocale::ShortFormat), b.imageTag,
                                instance::databaseKindId(b.databaseKind), locale.formattedDataSize(b.sizeBytes), b.reason};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    if (!backups.isEmpty() && m_table->currentRow() < 0)
        m_table->selectRow(0);
    updateButtons();
}

std::optional<backup::BackupInfo> BackupsTab::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_backups.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_backups.at(row);
}

void BackupsTab::updateButtons()
{
    const bool usable = m_spec.has_value() && m_context.engine && !m_busy;
    m_backUp->setEnabled(usable);
    m_restore->setEnabled(usable && selected().has_value());
    m_clone->setEnabled(usable && selected().has_value());
    m_open->setEnabled(!m_backupsRoot.isEmpty());
}

bool BackupsTab::holdInstance(const QString &operation)
{
    m_lock = std::make_unique<operations::InstanceLock>(m_context.journalDirectory, m_spec->id);
    if (m_lock->tryTake(operation))
        return true;
    m_status->setText(m_lock->refusal(m_spec->name));
    m_lock.reset();
    return false;
}

void BackupsTab::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    if (!busy)
        m_lock.reset();
    if (!text.isEmpty())
        m_status->setText(text);
    updateButtons();
    Q_EMIT busyChanged(busy);
}

void BackupsTab::report(const operations::OperationResult &result, const QString &success)
{
    if (result.ok) {
        m_status->setText(success);
        return;
    }
    QStringList lines{tr("Failed: %1").arg(result.sentence)};
    lines += result.notes;
    m_status->setText(lines.join(QLatin1Char('\n')));
}

void BackupsTab::backUpNow()
{
    if (!m_spec || m_busy || !holdInstance(QStringLiteral("backup")))
        return;
    setBusy(true, tr("Backing up %1…").arg(m_spec->name));
    backup::BackupJob::Options options;
    options.backupsRoot = m_backupsRoot;
    auto *job = new backup::BackupJob(m_context.engine, *m_spec, options, this);
    connect(job, &backup::BackupJob::progress, m_status, &QLabel::setText);
    connect(job, &backup::BackupJob::finished, this,
            [this, job](const operations::OperationResult &result, const backup::BackupInfo &info) {
                job->deleteLater();
                setBusy(false);
                report(result, tr("Backup written and verified: %1 (%2).")
                                   .arg(info.folder, QLocale().formattedDataSize(info.sizeBytes)));
                refresh();
            });
    job->start();
}

QString BackupsTab::restoreQuestion(const backup::BackupInfo &backup) const
{
    return tr("Restore the backup of %1 (Directus %2)?\n\nThe database, uploads and extensions of %3 are replaced by the "
              "backup's; what was changed since then is lost. Directus is stopped during the restore and started again "
              "afterwards.\n\nA safety backup of the data as it is now is made first (it appears in this list) and is "
              "put back if the restore fails.")
        .arg(QLocale().toString(backup.createdAt.toLocalTime(), QLocale::ShortFormat), backup.imageTag,
             m_spec ? m_spec->name : QString());
}

void BackupsTab::askRestore()
{
    const auto backup = selected();
    if (!m_spec || !backup || m_busy)
        return;
    if (backup->imageTag != m_spec->imageTag) {
        m_status->setText(tr("This backup was made with Directus %1 and %2 runs %3. Directus cannot go back to an older "
                             "version; clone the backup to a new instance instead.")
                              .arg(backup->imageTag, m_spec->name, m_spec->imageTag));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Restore a backup"), restoreQuestion(*backup),
                                QMessageBox::Cancel, this);
    QPushButton *confirm = box->addButton(tr("Replace with the backup"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);  // Enter must not replace data
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("restoreConfirmation"));
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, backup](QAbstractButton *clicked) {
        if (clicked == confirm)
            restore(*backup);
    });
    box->open();
}

void BackupsTab::restore(const backup::BackupInfo &backup)
{
    if (!holdInstance(QStringLiteral("restore")))
        return;
    setBusy(true, tr("Restoring %1 from %2…").arg(m_spec->name, backup.folder));
    // What the restore acts on is fixed now: the page may show another instance when it ends.
    const instance::InstanceSpec spec = *m_spec;
    const operations::CreateOperation::Context context = m_context;
    auto *job = new operations::RestoreOperation(context, spec, backup, m_backupsRoot, /*makeSafetyBackup=*/true, this);
    connect(job, &operations::Operation::progress, m_status, &QLabel::setText);
    connect(job, &operations::Operation::stepStarted, m_status,
            [this](const QString &, const QString &title) { m_status->setText(title); });
    connect(job, &operations::Operation::finished, this, [this, job, spec, context](const operations::OperationResult &result) {
        job->deleteLater();
        refresh();  // the safety backup is in the list now
        if (!result.ok) {
            setBusy(false);
            report(result, {});
            return;
        }
        // The restore leaves Directus stopped; start the instance again as "Start" does.
        auto *start = new operations::CreateOperation(context, spec, operations::CreateOperation::Mode::BringUp,
                                                      std::nullopt, this);
        connect(start, &operations::Operation::progress, m_status, &QLabel::setText);
        connect(start, &operations::Operation::finished, this, [this, start, spec](const operations::OperationResult &started) {
            start->deleteLater();
            setBusy(false);
            report(started, tr("Restored; %1 is running again. The data as it was before is in the safety backup.").arg(spec.name));
            Q_EMIT instancesChanged();
        });
        start->start();
    });
    job->start();
}

void BackupsTab::askClone()
{
    const auto backup = selected();
    if (!m_spec || !backup || m_busy)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Clone to a new instance"));
    dialog->setLabelText(tr("Name of the new instance (made from the backup of %1):")
                             .arg(QLocale().toString(backup->createdAt.toLocalTime(), QLocale::ShortFormat)));
    dialog->setTextValue(m_spec->name + QStringLiteral("-copy"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("cloneName"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, backup](const QString &name) {
        if (!name.trimmed().isEmpty())
            clone(*backup, name.trimmed());
    });
    dialog->open();
}

void BackupsTab::clone(const backup::BackupInfo &backup, const QString &newName)
{
    setBusy(true, tr("Making %1 from the backup…").arg(newName));
    const int port = PortProbe::freePort(m_spec->bindAddress, m_spec->hostPort + 1);
    auto *job = new backup::CloneJob(m_context, *m_spec, backup, newName, port, this);
    connect(job, &backup::CloneJob::progress, m_status, &QLabel::setText);
    connect(job, &backup::CloneJob::finished, this, [this, job, newName, source = m_spec->name](const operations::OperationResult &result) {
        job->deleteLater();
        setBusy(false);
        report(result, tr("%1 is ready: a copy of %2 from the backup.").arg(newName, source));
        Q_EMIT instancesChanged();
    });
    job->start();
}

void BackupsTab::openFolder()
{
    const auto backup = selected();
    QDesktopServices::openUrl(QUrl::fromLocalFile(backup ? backup->folder : m_backupsRoot));
}

} // namespace dd::ui
