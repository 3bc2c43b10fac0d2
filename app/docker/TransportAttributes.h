// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocalSocket>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QVariant>

#include <optional>

namespace dd::docker {

// Request attributes the engine transport reads (EngineNetworkAccessManager and
// LocalSocketReply), and the reply attribute it sets. Values are milliseconds; 0 disables.

// How long connecting to the socket may take. Default 5 s: a local engine that does not
// accept within that is hung, and the user should hear so rather than wait.
inline constexpr auto ConnectTimeoutAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 1);
// The longest silence, no byte received or sent, before the call fails with TimeoutError.
// Default 60 s. Set 0 for calls that are silent by nature: followed logs, events, stats,
// and long polls such as /containers/{id}/wait.
inline constexpr auto IdleTimeoutAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 2);
// Set on a reply whose local socket failed before a response arrived: the int value of
// QLocalSocket::LocalSocketError (ServerNotFoundError, ConnectionRefusedError,
// SocketAccessError, SocketTimeoutError, ...). Absent on HTTP errors and on TCP replies.
inline constexpr auto LocalSocketErrorAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 3);

inline constexpr int DefaultConnectTimeoutMs = 5000;
inline constexpr int DefaultIdleTimeoutMs = 60000;

inline int connectTimeoutMs(const QNetworkRequest &request)
{
    const QVariant v = request.attribute(ConnectTimeoutAttribute);
    return v.isValid() ? qMax(0, v.toInt()) : DefaultConnectTimeoutMs;
}

inline int idleTimeoutMs(const QNetworkRequest &request)
{
    const QVariant v = request.attribute(IdleTimeoutAttribute);
    return v.isValid() ? qMax(0, v.toInt()) : DefaultIdleTimeoutMs;
}

inline std::optional<QLocalSocket::LocalSocketError> localSocketError(const QNetworkReply &reply)
{
    const QVariant v = reply.attribute(LocalSocketErrorAttribute);
    if (!v.isValid())
        return std::nullopt;
    return QLocalSocket::LocalSocketError(v.toInt());
}

// The socket exists but this user may not open it (not in the docker group, rootless
// socket of another user). error() is then QNetworkReply::ContentAccessDenied, like an
// HTTP 403, but with no HttpStatusCodeAttribute: this is how to tell the two apart.
inline bool isSocketPermissionDenied(const QNetworkReply &reply)
{
    return localSocketError(reply) == QLocalSocket::SocketAccessError;
}

} // namespace dd::docker
