// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace dd::docker {

// What went wrong talking to the engine, as a value: a kind a caller can branch on,
// the engine's own message, and a sentence for a person that says what to do.
struct EngineError
{
    enum class Kind {
        None,
        EngineUnreachable,  // no socket, connection refused, engine stopped mid-call
        PermissionDenied,   // the socket exists but this user may not open it
        NotFound,           // 404: no such container / image / network / volume
        Conflict,           // 409: name in use, container not running, ...
        PortInUse,          // start failed because the host port is taken
        ApiTooOld,          // the engine speaks an API older than we support
        BadRequest,         // 400: the engine refused our parameters
        Timeout,            // no answer in time
        Cancelled,          // the caller aborted
        Server,             // 5xx without a better match
        Protocol,           // the bytes were not what the Engine API promises
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString engineMessage;  // the engine's "message" field, verbatim
    QString sentence;       // for a person: what happened and the fix

    bool ok() const { return kind == Kind::None; }
    explicit operator bool() const { return !ok(); }

    static EngineError none() { return {}; }
    static EngineError make(Kind kind, QString sentence, int httpStatus = 0, QString engineMessage = {});

    // Turns an HTTP error status and the engine's JSON body ({"message": "..."}) into a
    // typed error. `what` names the thing acted on ("container directus-1") for the sentence.
    static EngineError fromHttp(int status, const QByteArray &body, const QString &what = {});
    static EngineError unreachable(const QString &endpoint, const QString &detail);
    static EngineError permissionDenied(const QString &endpoint);
    static EngineError apiTooOld(const QString &serverVersion, const QString &minimum);

    static QString kindName(Kind kind);
};

} // namespace dd::docker

#include <QMetaType>
Q_DECLARE_METATYPE(dd::docker::EngineError)
