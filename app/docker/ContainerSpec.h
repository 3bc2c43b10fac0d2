// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/ApiVersion.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace dd::docker {

// Everything `POST /containers/create` needs, as a value. toCreateBody() writes the
// JSON for the negotiated API version, so one spec works from API 1.41 to the newest.
struct ContainerSpec
{
    struct PortBinding
    {
        QString containerPort;  // "8055/tcp"
        QString hostIp = QStringLiteral("127.0.0.1");
        QString hostPort;       // "" lets the engine pick
    };
    struct Mount
    {
        enum class Type { Volume, Bind, Tmpfs };
        Type type = Type::Volume;
        QString source;
        QString target;
        bool readOnly = false;
    };
    struct Network
    {
        QString name;
        QStringList aliases;
    };
    struct Healthcheck
    {
        QStringList test;  // {"CMD-SHELL", "pg_isready -U directus"} or {"CMD", ...}
        std::chrono::nanoseconds interval{0};
        std::chrono::nanoseconds timeout{0};
        std::chrono::nanoseconds startPeriod{0};
        std::chrono::nanoseconds startInterval{0};  // API >= 1.44 only; dropped below
        int retries = 0;
    };
    struct Ulimit
    {
        QString name;
        qint64 soft = 0;
        qint64 hard = 0;
    };

    QString image;
    QStringList env;  // "KEY=value"
    QStringList cmd;
    QStringList entrypoint;
    QMap<QString, QString> labels;
    QString user;
    QString workingDir;
    bool tty = false;
    bool init = false;
    QList<PortBinding> ports;
    QStringList binds;  // "volume-or-path:/target[:ro]" (creates missing host folders, like -v)
    QList<Mount> mounts;
    QString restartPolicy;  // "", "no", "unless-stopped", "always", "on-failure"
    std::optional<Healthcheck> healthcheck;
    QList<Network> networks;  // the first is joined at create; see networksToConnectAfterCreate()
    QList<Ulimit> ulimits;    // Podman on some hosts refuses to start without explicit ones

    struct CreateBody
    {
        QJsonObject json;
        // Below API 1.44 a container can join only one network at create; the rest
        // must be connected with POST /networks/{id}/connect before it starts.
        QList<Network> networksToConnectAfterCreate;
    };
    CreateBody toCreateBody(ApiVersion api) const;
};

} // namespace dd::docker
