// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSession.h"

#include "core/AppPaths.h"
#include "docker/EngineClient.h"
#include "docker/EngineConnector.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStoreChoice.h"

#include <QCoreApplication>

namespace dd::cli {

CliSession::CliSession(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_store(AppPaths::instancesDir())
    , m_secrets(secrets::SecretStoreChoice::current().makeStore())
    , m_engineOwner(std::make_unique<QObject>())
{
}

CliSession::~CliSession() = default;

bool CliSession::connectEngine()
{
    if (m_engine)
        return true;
    docker::EngineConnector connector(docker::EngineResolver::Environment::fromProcess(), m_engineOwner.get());
    QEventLoop loop;
    QObject::connect(&connector, &docker::EngineConnector::finished, &loop, [&loop] { loop.quit(); });
    connector.start();
    loop.exec();
    if (!connector.client()) {
        m_err << connector.error().sentence << Qt::endl;
        return false;
    }
    m_engine = connector.client();
    return true;
}

std::optional<instance::InstanceSpec> CliSession::findInstance(const QString &nameOrId)
{
    QStringList problems;
    const QList<instance::InstanceSpec> all = m_store.list(&problems);
    for (const auto &spec : all) {
        if (spec.name == nameOrId || spec.id == nameOrId)
            return spec;
    }
    m_err << QCoreApplication::translate("Cli", "No instance named \"%1\". `%2 list` shows the instances.")
                 .arg(nameOrId, QCoreApplication::applicationName())
          << Qt::endl;
    for (const QString &problem : std::as_const(problems))
        m_err << problem << Qt::endl;
    return std::nullopt;
}

docker::EngineResponse CliSession::await(docker::EngineCall *call)
{
    docker::EngineResponse result;
    QEventLoop loop;
    QObject::connect(call, &docker::EngineCall::finished, &loop, [&](const docker::EngineResponse &response) {
        result = response;
        loop.quit();
    });
    loop.exec();
    return result;
}

secrets::SecretResult CliSession::await(secrets::SecretJob *job)
{
    secrets::SecretResult result;
    QEventLoop loop;
    QObject::connect(job, &secrets::SecretJob::finished, &loop, [&](const secrets::SecretResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace dd::cli
