// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace dd::ui {

class FieldFeedback;
class WizardState;

// Which database Directus uses: SQLite (the default: nothing else to run), a database
// container (PostgreSQL/PostGIS, MySQL, MariaDB, SQL Server after its EULA, CockroachDB),
// Oracle (explained, not offered) or a server the user already runs.
class DatabasePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DatabasePage(WizardState &state, QWidget *parent = nullptr);

    bool isComplete() const override;

private:
    void validate();

    WizardState &m_state;
    QComboBox *m_kind;
    FieldFeedback *m_kindFeedback;
    QLabel *m_notes;
    QCheckBox *m_eula;
    QLabel *m_eulaLink;
    QGroupBox *m_external;
    QComboBox *m_client;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    FieldFeedback *m_hostFeedback = nullptr;
    FieldFeedback *m_portFeedback = nullptr;
    FieldFeedback *m_databaseFeedback = nullptr;
    FieldFeedback *m_userFeedback = nullptr;
    FieldFeedback *m_passwordFeedback = nullptr;
};

} // namespace dd::ui
