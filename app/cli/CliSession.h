// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/EngineCall.h"
#include "instance/InstanceSpec.h"
#include "instance/InstanceStore.h"
#include "secrets/SecretResult.h"

#include <QEventLoop>
#include <QObject>
#include <QTextStream>

#include <memory>
#include <optional>

namespace dd::docker {
class EngineClient;
}
namespace dd::secrets {
class SecretJob;
class SecretStore;
}

namespace dd::cli {

// What every instance command needs: the instance store, the secret store, and (on request)
// a connected engine. The CLI has no UI to keep responsive, so it may wait for asynchronous
// results by running a local event loop (await()); the core itself never does.
class CliSession
{
public:
    CliSession(QTextStream &out, QTextStream &err);
    ~CliSession();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Resolves and connects; on failure prints why each endpoint failed and returns false.
    bool connectEngine();
    docker::EngineClient &engine() { return *m_engine; }
    instance::InstanceStore &store() { return m_store; }
    secrets::SecretStore &secrets() { return *m_secrets; }

    // By name (compose project) or id. Prints "No instance named …" and returns nullopt.
    std::optional<instance::InstanceSpec> findInstance(const QString &nameOrId);

    docker::EngineResponse await(docker::EngineCall *call);
    secrets::SecretResult await(secrets::SecretJob *job);
    // Runs the event loop until `object` emits `signal` (any arguments).
    template<typename Object, typename Signal>
    void awaitSignal(Object *object, Signal signal)
    {
        QEventLoop loop;
        QObject::connect(object, signal, &loop, [&loop] { loop.quit(); });
        loop.exec();
    }

private:
    QTextStream &m_out;
    QTextStream &m_err;
    instance::InstanceStore m_store;
    std::unique_ptr<secrets::SecretStore> m_secrets;
    std::unique_ptr<QObject> m_engineOwner;
    docker::EngineClient *m_engine = nullptr;
};

} // namespace dd::cli
