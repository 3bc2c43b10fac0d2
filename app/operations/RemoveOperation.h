// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceSpec.h"
#include "operations/Operation.h"

#include <optional>

namespace dd::docker {
class EngineClient;
}
namespace dd::secrets {
class SecretStore;
}

namespace dd::operations {

// Removes an instance: its containers and network, its secrets, its YAML and compose files.
// Its data (volumes and host folders) is kept unless deleteData is set; then the volumes are
// deleted and named in the result. Host folders are never deleted by the app: the user picked
// them and removes them with their file manager if they want to.
class RemoveOperation : public Operation
{
    Q_OBJECT
public:
    RemoveOperation(docker::EngineClient &engine, secrets::SecretStore &secrets, const QString &instancesDirectory,
                    const instance::InstanceSpec &spec, bool deleteData, const QString &journalDirectory,
                    std::optional<JournalEntry> interrupted = std::nullopt, QObject *parent = nullptr);

    // The volumes deleteData would delete, for the confirmation question.
    static QStringList volumesOf(const instance::InstanceSpec &spec);
    QStringList notes() const { return m_notes; }

private:
    docker::EngineClient &m_engine;
    secrets::SecretStore &m_secrets;
    QString m_instancesDirectory;
    instance::InstanceSpec m_spec;
    bool m_deleteData = false;
    QStringList m_notes;
};

} // namespace dd::operations
