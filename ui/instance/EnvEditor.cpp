// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/EnvEditor.h"

#include "instance/EnvRules.h"
#include "instance/InstanceValidator.h"
#include "instance/ResolvedSecrets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

EnvEditor::EnvEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add variable"), this))
    , m_remove(new QPushButton(tr("Re&move variable"), this))
    , m_notesLabel(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("envTable"));
    m_table->setAccessibleName(tr("Extra environment variables"));
    m_table->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, 260);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_add->setObjectName(QStringLiteral("envAdd"));
    m_add->setAccessibleName(tr("Add an environment variable"));
    m_remove->setObjectName(QStringLiteral("envRemove"));
    m_remove->setAccessibleName(tr("Remove the selected environment variable"));
    m_notesLabel->setObjectName(QStringLiteral("envNotes"));
    m_notesLabel->setAccessibleName(tr("Notes on the environment"));
    m_notesLabel->setWordWrap(true);
    m_notesLabel->setTextFormat(Qt::RichText);

    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        recheck();
        Q_EMIT edited();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow(QString(), QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        recheck();
        Q_EMIT edited();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_notesLabel);
}

void EnvEditor::setSpec(const instance::InstanceSpec &spec)
{
    m_spec = spec;
    setVariables(spec.extraEnv);
}

void EnvEditor::setVariables(const QList<instance::EnvVar> &variables)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const instance::EnvVar &v : variables) {
        if (v.secret)
            addSecretRow(v.key);
        else
            addRow(v.key, v.value);
    }
    m_filling = false;
    recheck();
}

void EnvEditor::addRow(const QString &key, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
}

void EnvEditor::addSecretRow(const QString &key)
{
    // The value is in the secret store and never comes into the window: the row shows that it is
    // there and keeps the variable's name fixed, so the stored value stays attached to it.
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(key);
    name->setFlags(name->flags() & ~Qt::ItemIsEditable);
    name->setData(Qt::UserRole, true);
    auto *value = new QTableWidgetItem(tr("•••••• (kept in the secret store)"));
    value->setFlags(value->flags() & ~Qt::ItemIsEditable);
    value->setToolTip(tr("A password or token taken over from the compose file. Directus Desktop keeps it in the "
                         "secret store and gives it to the container; remove the row to stop passing it."));
    m_table->setItem(row, 0, name);
    m_table->setItem(row, 1, value);
}

QList<instance::EnvVar> EnvEditor::variables() const
{
    QList<instance::EnvVar> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        const QString name = key ? key->text().trimmed() : QString();
        if (name.isEmpty())
            continue;  // a row being filled in
        if (key->data(Qt::UserRole).toBool())
            out.append({name, QString(), true});
        else
            out.append({name, value ? value->text() : QString()});
    }
    return out;
}

void EnvEditor::recheck()
{
    // Errors block saving (the validator's), warnings are the version rules' words for this
    // spec with these variables: the same table the CLI and the create step use.
    instance::InstanceSpec spec = m_spec;
    spec.extraEnv = variables();
    QStringList errors;
    for (const instance::ValidationIssue &issue : instance::InstanceValidator::checkExtraEnv(spec.extraEnv)) {
        if (issue.severity == instance::Severity::Error)
            errors.append(issue.reason);
    }
    QStringList warnings;
    for (const instance::EnvNote &note : instance::EnvRules::apply(spec, instance::ResolvedSecrets::placeholders()).notes) {
        if (note.severity == instance::Severity::Warning)
            warnings.append(note.sentence);
    }
    m_errors = int(errors.size());
    m_notes = errors + warnings;
    QString html;
    for (const QString &error : errors)
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Error:"), error.toHtmlEscaped());
    for (const QString &warning : warnings)
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Warning:"), warning.toHtmlEscaped());
    m_notesLabel->setText(html);
    m_notesLabel->setVisible(!html.isEmpty());
}

} // namespace dd::ui
