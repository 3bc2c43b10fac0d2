// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace dd::ui {

class FieldFeedback;
class WizardState;

// Where the data lives: Docker named volumes (the default: Docker fills them with the right
// owner) or folders under one folder the user picks (uploads/, database/ for SQLite,
// extensions/), which the create step makes and hands to the image's uid 1000. The folder is
// checked on a worker thread: exists or can be created, writable, enough free space.
class StoragePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit StoragePage(WizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void validate();
    void browse();

    WizardState &m_state;
    QRadioButton *m_volumes;
    QRadioButton *m_folders;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    FieldFeedback *m_folderFeedback;
    QLabel *m_layout;
    int m_checkGeneration = 0;  // answers of older disk checks are dropped
};

} // namespace dd::ui
