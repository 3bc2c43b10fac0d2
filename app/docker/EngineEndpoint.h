// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace dd::docker {

// Where a Docker-compatible engine listens: a unix socket, a Windows named pipe,
// or a TCP address. Parsed from the forms DOCKER_HOST and docker contexts use:
//   unix:///var/run/docker.sock   npipe:////./pipe/docker_engine   tcp://127.0.0.1:2375
struct EngineEndpoint
{
    enum class Kind { UnixSocket, NamedPipe, Tcp };

    Kind kind = Kind::UnixSocket;
    // The socket path, the pipe's full name (\\.\pipe\NAME), or "host:port".
    QString address;

    static std::optional<EngineEndpoint> fromHost(const QString &dockerHost);
    static EngineEndpoint unixSocket(const QString &path);
    static EngineEndpoint namedPipe(const QString &name);

    bool isLocal() const { return kind != Kind::Tcp; }
    // The DOCKER_HOST form, e.g. "unix:///var/run/docker.sock".
    QString toHost() const;
    // The base URL requests are made against: "http://host:port" for TCP, and
    // "http://docker" for local endpoints (the transport ignores the host there).
    QUrl baseUrl() const;

    friend bool operator==(const EngineEndpoint &, const EngineEndpoint &) = default;
};

} // namespace dd::docker
