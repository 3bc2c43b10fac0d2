// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/EnvVar.h"
#include "instance/InstanceSpec.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dd::ui {

// The advanced user's own Directus environment: a two-column table (variable, value) with
// Add and Remove, and under it what the version rules and the validator say about it for this
// instance's Directus version ("FLOWS_EXEC_ALLOWED_MODULES has no effect on this version",
// "KEY is set by Directus Desktop…"), updated as the person types.
class EnvEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EnvEditor(QWidget *parent = nullptr);

    // The spec gives the version the rules are checked against and the starting variables.
    void setSpec(const instance::InstanceSpec &spec);
    QList<instance::EnvVar> variables() const;
    void setVariables(const QList<instance::EnvVar> &variables);

    bool hasErrors() const { return m_errors > 0; }
    // The sentences shown under the table, errors first.
    QStringList notes() const { return m_notes; }
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void edited();

private:
    void addRow(const QString &key, const QString &value);
    void addSecretRow(const QString &key);
    void recheck();

    instance::InstanceSpec m_spec;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_notesLabel;
    QStringList m_notes;
    int m_errors = 0;
    bool m_filling = false;
};

} // namespace dd::ui
