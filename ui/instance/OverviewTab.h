// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InstanceListModel.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QFormLayout;
class QGridLayout;
class QLabel;
class QPushButton;

namespace dd::docker {
class EngineClient;
struct ContainerStats;
}
namespace dd::secrets {
class SecretStore;
}

namespace dd::ui {

class ContainerStatsWatcher;
class Sparkline;

// The Overview tab: where the instance answers (with Open), the admin login (email with
// Copy; the password stays hidden until Reveal reads it from the secret store, asynchronously),
// the database, where the data lives (volumes by name, host folders with Open folder) and each
// container's state and health with CPU and memory sparklines from the engine's stats stream.
class OverviewTab : public QWidget
{
    Q_OBJECT
public:
    using StoreProvider = std::function<secrets::SecretStore *()>;

    explicit OverviewTab(StoreProvider secrets, QWidget *parent = nullptr);
    ~OverviewTab() override;

    void setEntry(const InstanceEntry &entry, docker::EngineClient *client);

    // For tests: what a person sees.
    QString urlText() const;
    QString emailText() const;
    QString databaseText() const;
    QString passwordText() const;
    bool isPasswordShown() const { return m_passwordShown; }
    QPushButton *revealButton() const { return m_reveal; }
    QStringList storageLines() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct ContainerRow
    {
        QLabel *name = nullptr;
        QLabel *state = nullptr;
        Sparkline *cpu = nullptr;
        Sparkline *memory = nullptr;
    };

    void toggleReveal();
    void hidePassword();
    void rebuildStorage();
    void rebuildContainers();
    void updateStats();
    void onSample(const QString &containerId, const docker::ContainerStats &stats);

    StoreProvider m_secrets;
    InstanceEntry m_entry;
    QPointer<docker::EngineClient> m_client;
    QLabel *m_url;
    QPushButton *m_openUrl;
    QLabel *m_email;
    QPushButton *m_copyEmail;
    QLabel *m_password;
    QPushButton *m_reveal;
    QLabel *m_database;
    QLabel *m_version;
    QFormLayout *m_storage;
    QGridLayout *m_containers;
    QLabel *m_noContainers;
    QHash<QString, ContainerRow> m_rows;  // by container id
    QStringList m_rowOrder;
    ContainerStatsWatcher *m_stats;
    bool m_passwordShown = false;
    quint64 m_revealRequest = 0;  // answers to an older Reveal (another instance) are dropped
};

} // namespace dd::ui
