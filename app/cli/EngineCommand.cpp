// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/EngineCommand.h"

#include "cli/ExitCodes.h"
#include "docker/EngineClient.h"
#include "docker/EngineResolver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace dd::cli {

namespace {

struct Probe
{
    docker::EngineResponse ping;
    QString apiVersion;
    bool podman = false;
};

// Pings one endpoint; the event loop runs meanwhile (this is the CLI, there is no UI to keep alive).
Probe probe(const docker::EngineEndpoint &endpoint)
{
    docker::EngineClient client(endpoint);
    Probe result;
    QEventLoop loop;
    docker::EngineCall *call = client.connectToEngine();
    QObject::connect(call, &docker::EngineCall::finished, &loop, [&](const docker::EngineResponse &r) {
        result.ping = r;
        loop.quit();
    });
    loop.exec();
    result.apiVersion = client.apiVersion().toString();
    result.podman = client.isPodman();
    return result;
}

} // namespace

int runEngineCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const bool json = arguments.contains(QLatin1String("--json"));
    docker::EngineResolver::Result resolution = docker::EngineResolver::resolve(docker::EngineResolver::Environment::fromProcess());

    // Try candidates in order until one answers like an engine.
    std::optional<Probe> answered;
    std::optional<docker::EngineEndpoint> current = resolution.chosen;
    while (current) {
        Probe p = probe(*current);
        if (p.ping.ok()) {
            answered = p;
            break;
        }
        const auto status = p.ping.error.kind == docker::EngineError::Kind::PermissionDenied
            ? docker::EngineResolver::Status::PermissionDenied
            : docker::EngineResolver::Status::NotAnEngine;
        resolution.setStatus(*current, status, p.ping.error.sentence);
        current = resolution.chosen;
    }

    if (json) {
        QJsonObject object;
        object.insert(QLatin1String("reachable"), bool(answered));
        if (answered && resolution.chosen) {
            object.insert(QLatin1String("endpoint"), resolution.chosen->toHost());
            object.insert(QLatin1String("reason"), resolution.chosenReason);
            object.insert(QLatin1String("apiVersion"), answered->apiVersion);
            object.insert(QLatin1String("podman"), answered->podman);
        }
        QJsonArray candidates;
        for (const auto &c : std::as_const(resolution.candidates)) {
            candidates.append(QJsonObject{{QLatin1String("endpoint"), c.endpoint.toHost()},
                                          {QLatin1String("origin"), c.origin},
                                          {QLatin1String("status"), docker::EngineResolver::statusText(c.status)},
                                          {QLatin1String("reason"), c.reason}});
        }
        object.insert(QLatin1String("candidates"), candidates);
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        if (answered) {
            out << QCoreApplication::translate("Cli", "Engine: %1 (API %2%3)")
                       .arg(resolution.chosen->toHost(), answered->apiVersion,
                            answered->podman ? QStringLiteral(", Podman") : QString())
                << Qt::endl;
            out << resolution.explain() << Qt::endl;
        } else {
            err << resolution.explain() << Qt::endl;
        }
    }
    return answered ? ExitCode::Ok : ExitCode::EngineUnreachable;
}

} // namespace dd::cli
