// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InstanceListModel.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QMessageBox;
class QPushButton;

namespace dd::ui {

// The Danger zone tab: Remove, with the data kept unless the person ticks "also delete the
// data volumes" (off by default) and then confirms a question that names every volume that
// goes. The removal itself is the page's business (RemoveOperation, like the CLI's remove).
class DangerZoneTab : public QWidget
{
    Q_OBJECT
public:
    explicit DangerZoneTab(QWidget *parent = nullptr);

    void setEntry(const InstanceEntry &entry);
    void setBusy(bool busy);

    QCheckBox *deleteDataBox() const { return m_deleteData; }
    QPushButton *removeButton() const { return m_remove; }
    // The question asked before removing, naming what goes and what stays.
    static QString confirmationText(const instance::InstanceSpec &spec, bool deleteData);
    // Asks the question (window-modal, not blocking); removeRequested() follows a Yes.
    QMessageBox *askToRemove();

Q_SIGNALS:
    void removeRequested(bool deleteData);

private:
    InstanceEntry m_entry;
    bool m_busy = false;
    QLabel *m_explanation;
    QCheckBox *m_deleteData;
    QPushButton *m_remove;
    QPointer<QMessageBox> m_question;
};

} // namespace dd::ui
