// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceSpec.h"

#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace dd::docker {
class EngineClient;
}
namespace dd::secrets {
class SecretStore;
}

namespace dd::operations {

// Takes an instance's stack off the engine: every container labelled with the instance's id
// (stopped gracefully, then removed), and its network when that network is labelled as ours.
// Volumes only when named explicitly, host folders never. Optionally forgets the instance
// too: its secrets, its YAML file and its own folder (the compose export). Used by a failed
// create's rollback and by `remove`. Everything is idempotent: what is already gone is skipped.
// finished() carries one sentence per thing removed and per thing deliberately kept.
class StackCleanup : public QObject
{
    Q_OBJECT
public:
    StackCleanup(docker::EngineClient &engine, instance::InstanceSpec spec, QObject *parent = nullptr);

    void setRemoveVolumesOf(const QStringList &volumeNames) { m_volumes = volumeNames; }
    void setForgetInstance(secrets::SecretStore &secrets, const QString &instancesDirectory);
    void start();

Q_SIGNALS:
    void finished(const QStringList &notes, bool complete);

private:
    void removeContainers(QStringList ids);
    // The app's own containers of the instance; nothing (and a note) when the engine fails.
    void listOwnContainers(std::function<void(const std::optional<QJsonArray> &)> then);
    void checkContainersGone();
    void removeNetwork();
    void removeVolumes(QStringList names);
    void forget();
    void done();

    docker::EngineClient &m_engine;
    instance::InstanceSpec m_spec;
    QStringList m_volumes;
    secrets::SecretStore *m_secrets = nullptr;
    QString m_instancesDirectory;
    QStringList m_notes;
    bool m_complete = true;
};

} // namespace dd::operations
