// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceSpec.h"
#include "instance/ResolvedSecrets.h"
#include "secrets/SecretResult.h"

#include <QObject>
#include <QString>

#include <functional>

namespace dd::secrets {
class SecretStore;
}

namespace dd::operations {

// Reads an instance's secrets from the SecretStore, one key after the other; with
// generateMissing, the ones not there yet are drawn from the CSPRNG and written back before
// finished() is emitted, so nothing the containers get exists only in memory.
// A database password of an external server is never generated: the user must give it.
class InstanceSecrets : public QObject
{
    Q_OBJECT
public:
    InstanceSecrets(secrets::SecretStore &store, QString instanceId, bool externalDatabase, QObject *parent = nullptr);

    void resolve(bool generateMissing);
    // resolve() for `spec` with a resolver of its own (deleted when done): `done` runs on
    // `context`'s thread with the values, or the store's error.
    static void resolveFor(secrets::SecretStore &store, const instance::InstanceSpec &spec, bool generateMissing,
                           QObject *context,
                           std::function<void(instance::ResolvedSecrets, secrets::SecretResult)> done);
    // Writes every value (import, or a password the user typed).
    void store(const instance::ResolvedSecrets &values);
    // Removes every key the instance may have.
    void removeAll();

Q_SIGNALS:
    void finished(const dd::instance::ResolvedSecrets &values, const dd::secrets::SecretResult &error);

private:
    void next();
    // After a write or remove: on to the next key, or finished() with the error.
    void advance(const secrets::SecretResult &result);
    QString *slotFor(int index);

    secrets::SecretStore &m_store;
    QString m_instanceId;
    bool m_external = false;
    bool m_generateMissing = false;
    enum class Mode { Resolve, Store, Remove } m_mode = Mode::Resolve;
    int m_index = 0;
    instance::ResolvedSecrets m_values;
    QString m_extraEnvText;  // the "extra-env" entry as read or to be written (JSON)
};

} // namespace dd::operations
