// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InstanceListModel.h"
#include "secrets/SecretStore.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace dd::ui {

class EnvEditor;

// The Settings tab: the port and addresses the instance was made with, and the env editor.
// Save writes the spec through InstanceStore off the UI thread; the running containers keep
// their old environment until the instance is restarted, and the tab says so.
class SettingsTab : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsTab(QWidget *parent = nullptr);

    void setEntry(const InstanceEntry &entry);
    EnvEditor *envEditor() const { return m_env; }
    QPushButton *saveButton() const { return m_save; }
    QString statusText() const;
    void save();
    void saveSpec(const instance::InstanceSpec &spec);

Q_SIGNALS:
    // The spec on disk changed (the main window reloads the list).
    void saved();

private:
    void updateSave();

    InstanceEntry m_entry;
    bool m_dirty = false;
    bool m_saving = false;
    QLabel *m_port;
    QLabel *m_bind;
    QLabel *m_publicUrl;
    QLabel *m_image;
    EnvEditor *m_env;
    QPushButton *m_save;
    QLabel *m_status;
    std::unique_ptr<secrets::SecretStore> m_secrets;  // made at the first save that needs it
};

} // namespace dd::ui
