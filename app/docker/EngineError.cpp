// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/EngineError.h"

#include "docker/DockerTr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dd::docker {

EngineError EngineError::make(Kind kind, QString sentence, int httpStatus, QString engineMessage)
{
    EngineError e;
    e.kind = kind;
    e.sentence = std::move(sentence);
    e.httpStatus = httpStatus;
    e.engineMessage = std::move(engineMessage);
    return e;
}

namespace {

QString messageFromBody(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QString message = doc.object().value(QLatin1String("message")).toString();
        if (!message.isEmpty())
            return message;
    }
    return QString::fromUtf8(body).trimmed().left(500);
}

// "Bind for 127.0.0.1:8055 failed: port is already allocated" or a plain
// "listen tcp4 0.0.0.0:8055: bind: address already in use": both mean the port is taken.
bool isPortInUse(const QString &message)
{
    return message.contains(QLatin1String("port is already allocated"))
        || message.contains(QLatin1String("address already in use"));
}

QString portFrom(const QString &message)
{
    static const QRegularExpression re(QStringLiteral(R"(:(\d{1,5})(?: failed|: bind))"));
    const auto m = re.match(message);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

EngineError EngineError::fromHttp(int status, const QByteArray &body, const QString &what)
{
    const QString message = messageFromBody(body);
    const QString subject = what.isEmpty() ? Tr::tr("The requested object") : what;

    if (isPortInUse(message)) {
        const QString port = portFrom(message);
        return make(Kind::PortInUse,
                    port.isEmpty()
                        ? Tr::tr("A host port needed by %1 is already in use by another program. Pick another port and try again.").arg(subject)
                        : Tr::tr("Port %1 is already in use by another program. Pick another port (or stop the program using %1) and try again.").arg(port),
                    status, message);
    }
    if (status == 400 && message.contains(QLatin1String("client version"))
        && message.contains(QLatin1String("too old"))) {
        return make(Kind::ApiTooOld,
                    Tr::tr("The Docker engine refused our API version: %1. Update Directus Desktop or use a supported engine.").arg(message),
                    status, message);
    }
    // Podman answers a taken name with 500, Docker with 409: the text is what they share.
    if (message.contains(QLatin1String("is already in use by"))) {
        return make(Kind::Conflict,
                    Tr::tr("The name is already taken by another container: %1 Choose another name, or remove that container.").arg(message),
                    status, message);
    }
    switch (status) {
    case 404:
        if (message.startsWith(QLatin1String("No such image"), Qt::CaseInsensitive)) {
            return make(Kind::NotFound,
                        Tr::tr("The image is not on this machine yet (%1). Pull it first.").arg(message), status, message);
        }
        return make(Kind::NotFound, Tr::tr("%1 does not exist (any more): %2").arg(subject, message), status, message);
    case 409:
        return make(Kind::Conflict, Tr::tr("%1 is in a state that does not allow this: %2").arg(subject, message), status, message);
    case 400:
        return make(Kind::BadRequest, Tr::tr("The Docker engine refused the request: %1").arg(message), status, message);
    case 401:
    case 403:
        return make(Kind::PermissionDenied, Tr::tr("The Docker engine refused access: %1").arg(message), status, message);
    default:
        break;
    }
    if (status >= 500) {
        return make(Kind::Server,
                    Tr::tr("The Docker engine reported an error: %1").arg(message.isEmpty() ? Tr::tr("(no details)") : message),
                    status, message);
    }
    return make(Kind::Protocol, Tr::tr("Unexpected answer from the Docker engine (HTTP %1): %2").arg(status).arg(message),
                status, message);
}

EngineError EngineError::unreachable(const QString &endpoint, const QString &detail)
{
    return make(Kind::EngineUnreachable,
                Tr::tr("The Docker engine at %1 is not answering (%2). Start Docker (or Podman) and try again.").arg(endpoint, detail));
}

EngineError EngineError::permissionDenied(const QString &endpoint)
{
#if defined(Q_OS_WIN)
    return make(Kind::PermissionDenied,
                Tr::tr("Permission denied on %1. Start Docker Desktop, and make sure your account is in the docker-users group.").arg(endpoint));
#else
    return make(Kind::PermissionDenied,
                Tr::tr("Permission denied on %1. Add your user to the docker group (sudo usermod -aG docker $USER), then log out and back in.").arg(endpoint));
#endif
}

EngineError EngineError::apiTooOld(const QString &serverVersion, const QString &minimum)
{
    return make(Kind::ApiTooOld,
                Tr::tr("This Docker engine speaks API %1; Directus Desktop needs %2 or newer (Docker 20.10 or later). Update Docker.").arg(serverVersion, minimum));
}

QString EngineError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("None");
    case Kind::EngineUnreachable: return QStringLiteral("EngineUnreachable");
    case Kind::PermissionDenied: return QStringLiteral("PermissionDenied");
    case Kind::NotFound: return QStringLiteral("NotFound");
    case Kind::Conflict: return QStringLiteral("Conflict");
    case Kind::PortInUse: return QStringLiteral("PortInUse");
    case Kind::ApiTooOld: return QStringLiteral("ApiTooOld");
    case Kind::BadRequest: return QStringLiteral("BadRequest");
    case Kind::Timeout: return QStringLiteral("Timeout");
    case Kind::Cancelled: return QStringLiteral("Cancelled");
    case Kind::Server: return QStringLiteral("Server");
    case Kind::Protocol: return QStringLiteral("Protocol");
    }
    return {};
}

} // namespace dd::docker
