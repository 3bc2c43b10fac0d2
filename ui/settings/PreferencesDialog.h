// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace dd::ui {

class FieldFeedback;

// Settings > Preferences: where backups go, where the list of Directus versions comes from
// (Docker Hub or a mirror), and the language. Every field is checked as it is typed (the
// folder on a worker thread: it may be on a slow or sleeping disk); OK stays disabled while
// one is wrong. Nothing is written until OK; Cancel leaves settings.ini as it was.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

Q_SIGNALS:
    // The choices were written (after OK): the registry may be another one now.
    void saved();

private:
    void load();
    void checkFolder();
    void checkRegistry();
    void browse();
    void updateOk();

    QLineEdit *m_backupsFolder;
    QPushButton *m_browse;
    FieldFeedback *m_folderFeedback;
    QRadioButton *m_dockerHub;
    QRadioButton *m_mirror;
    QLineEdit *m_mirrorUrl;
    FieldFeedback *m_registryFeedback;
    QComboBox *m_language;
    QDialogButtonBox *m_buttons;
    int m_folderCheck = 0;  // the folder check in flight; an older answer is ignored
    bool m_folderPending = false;
};

} // namespace dd::ui
