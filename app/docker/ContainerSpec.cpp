// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/ContainerSpec.h"

#include <QJsonArray>

namespace dd::docker {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject endpointConfig(const ContainerSpec::Network &network)
{
    QJsonObject config;
    if (!network.aliases.isEmpty())
        config.insert(QLatin1String("Aliases"), toArray(network.aliases));
    return config;
}

QString mountType(ContainerSpec::Mount::Type type)
{
    switch (type) {
    case ContainerSpec::Mount::Type::Volume: return QStringLiteral("volume");
    case ContainerSpec::Mount::Type::Bind: return QStringLiteral("bind");
    case ContainerSpec::Mount::Type::Tmpfs: return QStringLiteral("tmpfs");
    }
    return {};
}

} // namespace

ContainerSpec::CreateBody ContainerSpec::toCreateBody(ApiVersion api) const
{
    CreateBody out;
    QJsonObject &body = out.json;
    body.insert(QLatin1String("Image"), image);
    if (!env.isEmpty())
        body.insert(QLatin1String("Env"), toArray(env));
    if (!cmd.isEmpty())
        body.insert(QLatin1String("Cmd"), toArray(cmd));
    if (!entrypoint.isEmpty())
        body.insert(QLatin1String("Entrypoint"), toArray(entrypoint));
    if (!user.isEmpty())
        body.insert(QLatin1String("User"), user);
    if (!workingDir.isEmpty())
        body.insert(QLatin1String("WorkingDir"), workingDir);
    body.insert(QLatin1String("Tty"), tty);

    QJsonObject labelsJson;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        labelsJson.insert(it.key(), it.value());
    body.insert(QLatin1String("Labels"), labelsJson);

    QJsonObject hostConfig;
    if (!ports.isEmpty()) {
        QJsonObject exposed;
        QJsonObject bindings;
        for (const PortBinding &p : ports) {
            exposed.insert(p.containerPort, QJsonObject());
            QJsonArray list = bindings.value(p.containerPort).toArray();
            list.append(QJsonObject{{QLatin1String("HostIp"), p.hostIp}, {QLatin1String("HostPort"), p.hostPort}});
            bindings.insert(p.containerPort, list);
        }
        body.insert(QLatin1String("ExposedPorts"), exposed);
        hostConfig.insert(QLatin1String("PortBindings"), bindings);
    }
    if (!binds.isEmpty())
        hostConfig.insert(QLatin1String("Binds"), toArray(binds));
    if (!mounts.isEmpty()) {
        QJsonArray list;
        for (const Mount &m : mounts) {
            QJsonObject mount{{QLatin1String("Type"), mountType(m.type)},
                              {QLatin1String("Target"), m.target},
                              {QLatin1String("ReadOnly"), m.readOnly}};
            if (m.type != Mount::Type::Tmpfs)
                mount.insert(QLatin1String("Source"), m.source);
            list.append(mount);
        }
        hostConfig.insert(QLatin1String("Mounts"), list);
    }
    if (!restartPolicy.isEmpty())
        hostConfig.insert(QLatin1String("RestartPolicy"), QJsonObject{{QLatin1String("Name"), restartPolicy}});
    if (init)
        hostConfig.insert(QLatin1String("Init"), true);
    if (!ulimits.isEmpty()) {
        QJsonArray list;
        for (const Ulimit &u : ulimits)
            list.append(QJsonObject{{QLatin1String("Name"), u.name}, {QLatin1String("Soft"), u.soft}, {QLatin1String("Hard"), u.hard}});
        hostConfig.insert(QLatin1String("Ulimits"), list);
    }
    body.insert(QLatin1String("HostConfig"), hostConfig);

    if (healthcheck) {
        const Healthcheck &h = *healthcheck;
        QJsonObject hc{{QLatin1String("Test"), toArray(h.test)}};
        auto setDuration = [&hc](const char *key, std::chrono::nanoseconds ns) {
            if (ns.count() > 0)
                hc.insert(QLatin1String(key), static_cast<qint64>(ns.count()));
        };
        setDuration("Interval", h.interval);
        setDuration("Timeout", h.timeout);
        setDuration("StartPeriod", h.startPeriod);
        if (api >= ApiVersion{1, 44})
            setDuration("StartInterval", h.startInterval);
        if (h.retries > 0)
            hc.insert(QLatin1String("Retries"), h.retries);
        body.insert(QLatin1String("Healthcheck"), hc);
    }

    if (!networks.isEmpty()) {
        const bool manyAtCreate = api >= ApiVersion{1, 44};
        QJsonObject endpoints;
        for (qsizetype i = 0; i < networks.size(); ++i) {
            if (i == 0 || manyAtCreate)
                endpoints.insert(networks[i].name, endpointConfig(networks[i]));
            else
                out.networksToConnectAfterCreate.append(networks[i]);
        }
        body.insert(QLatin1String("NetworkingConfig"), QJsonObject{{QLatin1String("EndpointsConfig"), endpoints}});
        // The engine would otherwise also attach the default bridge.
        hostConfig.insert(QLatin1String("NetworkMode"), networks.first().name);
        body.insert(QLatin1String("HostConfig"), hostConfig);
    }
    return out;
}

} // namespace dd::docker
