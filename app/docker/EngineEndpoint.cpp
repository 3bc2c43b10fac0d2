// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/EngineEndpoint.h"

namespace dd::docker {

std::optional<EngineEndpoint> EngineEndpoint::fromHost(const QString &dockerHost)
{
    const QString host = dockerHost.trimmed();
    if (host.startsWith(QLatin1String("unix://"))) {
        const QString path = host.mid(7);
        if (path.isEmpty())
            return std::nullopt;
        return unixSocket(path);
    }
    if (host.startsWith(QLatin1String("npipe://"))) {
        // docker writes npipe:////./pipe/docker_engine; slashes stand for backslashes.
        QString name = host.mid(8);
        while (name.startsWith(QLatin1Char('/')))
            name.remove(0, 1);
        name.replace(QLatin1Char('/'), QLatin1Char('\\'));
        if (name.isEmpty())
            return std::nullopt;
        return namedPipe(QLatin1String("\\\\") + name);
    }
    if (host.startsWith(QLatin1String("tcp://")) || host.startsWith(QLatin1String("http://"))) {
        const QUrl url(host.startsWith(QLatin1String("tcp://")) ? QLatin1String("http://") + host.mid(6) : host);
        if (!url.isValid() || url.host().isEmpty())
            return std::nullopt;
        // Keep an IPv6 host in brackets, or "host:port" could not be split again.
        const QString hostPart = url.host().contains(QLatin1Char(':')) ? QLatin1Char('[') + url.host() + QLatin1Char(']') : url.host();
        return EngineEndpoint{Kind::Tcp, hostPart + QLatin1Char(':') + QString::number(url.port(2375))};
    }
    return std::nullopt;
}

EngineEndpoint EngineEndpoint::unixSocket(const QString &path)
{
    return EngineEndpoint{Kind::UnixSocket, path};
}

EngineEndpoint EngineEndpoint::namedPipe(const QString &name)
{
    // Accept "docker_engine" as well as "\\.\pipe\docker_engine".
    if (name.startsWith(QLatin1String("\\\\")))
        return EngineEndpoint{Kind::NamedPipe, name};
    return EngineEndpoint{Kind::NamedPipe, QLatin1String("\\\\.\\pipe\\") + name};
}

QString EngineEndpoint::toHost() const
{
    switch (kind) {
    case Kind::UnixSocket:
        return QLatin1String("unix://") + address;
    case Kind::NamedPipe: {
        QString forward = address;
        forward.replace(QLatin1Char('\\'), QLatin1Char('/'));
        return QLatin1String("npipe://") + forward;
    }
    case Kind::Tcp:
        return QLatin1String("tcp://") + address;
    }
    return {};
}

QUrl EngineEndpoint::baseUrl() const
{
    if (kind == Kind::Tcp)
        return QUrl(QLatin1String("http://") + address);
    return QUrl(QStringLiteral("http://docker"));
}

} // namespace dd::docker
