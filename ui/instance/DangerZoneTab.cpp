// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/DangerZoneTab.h"

#include "operations/RemoveOperation.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd::ui {

namespace {

QStringList hostFoldersOf(const instance::InstanceSpec &spec)
{
    QStringList folders;
    for (const instance::StorageChoice *choice : {&spec.uploadsStorage, &spec.databaseStorage, &spec.extensionsStorage}) {
        if (choice->kind == instance::StorageChoice::Kind::HostFolder && !choice->hostPath.isEmpty())
            folders.append(choice->hostPath);
    }
    return folders;
}

} // namespace

DangerZoneTab::DangerZoneTab(QWidget *parent)
    : QWidget(parent)
    , m_explanation(new QLabel(this))
    , m_deleteData(new QCheckBox(tr("Also delete the dat&a volumes (uploads, database, extensions)"), this))
    , m_remove(new QPushButton(tr("&Remove instance…"), this))
{
    m_explanation->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("dangerExplanation"));
    m_deleteData->setObjectName(QStringLiteral("deleteDataBox"));
    m_deleteData->setAccessibleName(tr("Also delete the data volumes"));
    m_deleteData->setChecked(false);  // data goes only on an explicit request
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setAccessibleName(tr("Remove the instance"));
    connect(m_remove, &QPushButton::clicked, this, &DangerZoneTab::askToRemove);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_deleteData);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

void DangerZoneTab::setEntry(const InstanceEntry &entry)
{
    if (entry.key != m_entry.key)
        m_deleteData->setChecked(false);  // never carried over to another instance
    m_entry = entry;
    if (!entry.spec) {
        m_explanation->setText(tr("This stack was made with docker compose, not by this app: remove it where it "
                                  "was made (docker compose -p %1 down).")
                                   .arg(entry.stack ? entry.stack->project : entry.name));
    } else {
        m_explanation->setText(tr("Removing %1 deletes its containers, its network, its secrets in the secret store "
                                  "and its settings. Its data is kept unless you choose to delete the volumes "
                                  "below; folders on this computer are never deleted.")
                                   .arg(entry.spec->name));
    }
    setBusy(m_busy);
}

void DangerZoneTab::setBusy(bool busy)
{
    m_busy = busy;
    m_remove->setEnabled(m_entry.spec.has_value() && !busy);
    m_deleteData->setEnabled(m_entry.spec.has_value() && !busy);
}

QString DangerZoneTab::confirmationText(const instance::InstanceSpec &spec, bool deleteData)
{
    const QString volumes = operations::RemoveOperation::volumesOf(spec).join(QStringLiteral(", "));
    QString text = tr("Remove %1? Its containers, network, secrets and settings are deleted.").arg(spec.name);
    text += QStringLiteral("\n\n");
    if (deleteData)
        text += tr("These volumes are deleted for good, with everything in them: %1.").arg(volumes);
    else
        text += tr("These volumes are kept: %1.").arg(volumes);
    const QStringList folders = hostFoldersOf(spec);
    if (!folders.isEmpty())
        text += QLatin1Char(' ') + tr("These folders are kept: %1.").arg(folders.join(QStringLiteral(", ")));
    return text;
}

QMessageBox *DangerZoneTab::askToRemove()
{
    if (!m_entry.spec || m_busy)
        return nullptr;
    if (m_question)
        m_question->close();
    const bool deleteData = m_deleteData->isChecked();
    auto *question = new QMessageBox(deleteData ? QMessageBox::Warning : QMessageBox::Question, tr("Remove instance"),
                                     confirmationText(*m_entry.spec, deleteData), QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("removeConfirmation"));
    QPushButton *yes = question->addButton(deleteData ? tr("Remove and delete data") : tr("Remove"),
                                           QMessageBox::DestructiveRole);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);  // Enter must not delete anything
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question, yes, deleteData] {
        if (question->clickedButton() == yes)
            Q_EMIT removeRequested(deleteData);
    });
    m_question = question;
    question->open();
    return question;
}

} // namespace dd::ui
