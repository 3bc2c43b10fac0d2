// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/StackCleanup.h"

#include "core/AppPaths.h"
#include "core/Background.h"
#include "docker/EngineClient.h"
#include "instance/InstanceStore.h"
#include "instance/ResolvedSecrets.h"
#include "instance/StackLabels.h"
#include "instance/StackPlan.h"
#include "operations/InstanceSecrets.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace dd::operations {

StackCleanup::StackCleanup(docker::EngineClient &engine, instance::InstanceSpec spec, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_spec(std::move(spec))
{
}

void StackCleanup::setForgetInstance(secrets::SecretStore &secrets, const QString &instancesDirectory)
{
    m_secrets = &secrets;
    m_instancesDirectory = instancesDirectory;
}

void StackCleanup::listOwnContainers(std::function<void(const std::optional<QJsonArray> &)> then)
{
    // Only the app's own: a compose-made container of the same project is the user's to remove.
    const QMap<QString, QStringList> filter{{QStringLiteral("label"), {instance::kInstanceLabel + QLatin1Char('=') + m_spec.id}}};
    connect(m_engine.listContainers(filter, true), &docker::EngineCall::finished, this,
            [this, then](const docker::EngineResponse &listed) {
                if (listed.ok()) {
                    then(listed.json().array());
                    return;
                }
                m_notes.append(listed.error.sentence);
                m_complete = false;
                then(std::nullopt);
            });
}

void StackCleanup::start()
{
    listOwnContainers([this](const std::optional<QJsonArray> &listed) {
        if (!listed) {
            done();
            return;
        }
        // Directus first, the database last: the reverse of the start order.
        QStringList ids;
        for (const QJsonValue &value : *listed) {
            const QJsonObject c = value.toObject();
            const QString service = c.value(QLatin1String("Labels")).toObject()
                                        .value(QLatin1String("com.docker.compose.service")).toString();
            const QString id = c.value(QLatin1String("Id")).toString();
            if (service == QLatin1String("directus"))
                ids.prepend(id);
            else
                ids.append(id);
        }
        removeContainers(ids);
    });
}

void StackCleanup::removeContainers(QStringList ids)
{
    if (ids.isEmpty()) {
        checkContainersGone();
        return;
    }
    const QString id = ids.takeFirst();
    connect(m_engine.stopContainer(id, 30), &docker::EngineCall::finished, this, [this, id, ids](const docker::EngineResponse &) {
        connect(m_engine.removeContainer(id, true), &docker::EngineCall::finished, this,
                [this, id, ids](const docker::EngineResponse &removed) {
                    if (!removed.ok() && removed.error.kind != docker::EngineError::Kind::NotFound) {
                        m_notes.append(removed.error.sentence);
                        m_complete = false;
                    }
                    removeContainers(ids);
                });
    });
}

void StackCleanup::checkContainersGone()
{
    // The engine, not the replies above, says whether they are gone: a remove the engine
    // accepted but did not finish (a container stuck in "removal in progress") is caught here.
    listOwnContainers([this](const std::optional<QJsonArray> &listed) {
        for (const QJsonValue &value : listed.value_or(QJsonArray{})) {
            const QString name = value.toObject().value(QLatin1String("Names")).toArray().at(0).toString().mid(1);
            m_notes.append(tr("The container %1 is still on the engine.").arg(name));
            m_complete = false;
        }
        removeNetwork();
    });
}

void StackCleanup::removeNetwork()
{
    const QString network = instance::StackPlan::make(m_spec, instance::ResolvedSecrets::placeholders(), {}).network.name;
    connect(m_engine.inspectNetwork(network), &docker::EngineCall::finished, this,
            [this, network](const docker::EngineResponse &inspected) {
                const QString owner = inspected.json().object().value(QLatin1String("Labels")).toObject()
                                          .value(instance::kInstanceLabel).toString();
                if (!inspected.ok() || owner != m_spec.id) {
                    removeVolumes(m_volumes);  // gone already, or not ours to remove
                    return;
                }
                connect(m_engine.removeNetwork(network), &docker::EngineCall::finished, this,
                        [this, network](const docker::EngineResponse &removed) {
                            if (!removed.ok() && removed.error.kind != docker::EngineError::Kind::NotFound) {
                                m_notes.append(removed.error.sentence);
                                m_complete = false;
                            }
                            removeVolumes(m_volumes);
                        });
            });
}

void StackCleanup::removeVolumes(QStringList names)
{
    if (names.isEmpty()) {
        forget();
        return;
    }
    const QString name = names.takeFirst();
    connect(m_engine.removeVolume(name), &docker::EngineCall::finished, this,
            [this, name, names](const docker::EngineResponse &removed) {
                if (removed.ok())
                    m_notes.append(tr("Deleted the volume %1.").arg(name));
                else if (removed.error.kind != docker::EngineError::Kind::NotFound) {
                    m_notes.append(removed.error.sentence);
                    m_complete = false;
                }
                removeVolumes(names);
            });
}

void StackCleanup::forget()
{
    // What stays on disk is said out loud: the user's data is never removed quietly.
    const auto plan = instance::StackPlan::make(m_spec, instance::ResolvedSecrets::placeholders(), {});
    for (const auto &volume : plan.volumes) {
        if (!m_volumes.contains(volume.name))
            m_notes.append(tr("Kept the volume %1.").arg(volume.name));
    }
    for (const QString &folder : plan.needsOwnershipFix + plan.serverOwnedFolders)
        m_notes.append(tr("Kept the folder %1.").arg(folder));

    if (!m_secrets) {
        done();
        return;
    }
    auto *secrets = new InstanceSecrets(*m_secrets, m_spec.id, false, this);
    connect(secrets, &InstanceSecrets::finished, this,
            [this, secrets](const instance::ResolvedSecrets &, const secrets::SecretResult &error) {
                secrets->deleteLater();
                if (!error.ok()) {
                    m_notes.append(error.message);
                    m_complete = false;
                }
                const QString directory = m_instancesDirectory;
                const QString id = m_spec.id;
                runInBackground<bool>(
                    this,
                    [directory, id] {
                        const bool removedSpec = bool(instance::InstanceStore(directory).remove(id));
                        QDir folder(AppPaths::instanceFolder(id));
                        return removedSpec && (!folder.exists() || folder.removeRecursively());
                    },
                    [this](bool ok) {
                        if (!ok) {
                            m_notes.append(tr("Could not delete the instance's own files in %1.").arg(AppPaths::dataDir()));
                            m_complete = false;
                        }
                        done();
                    });
            });
    secrets->removeAll();
}

void StackCleanup::done()
{
    Q_EMIT finished(m_notes, m_complete);
}

} // namespace dd::operations
