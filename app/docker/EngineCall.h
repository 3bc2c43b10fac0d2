// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/EngineError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

class QNetworkReply;

namespace dd::docker {

// The outcome of one Engine API request.
struct EngineResponse
{
    EngineError error;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;  // empty for streamed calls (their bytes went out through EngineCall::chunk)

    bool ok() const { return error.ok(); }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(QByteArrayView name) const;
};

// One request in flight. Emits finished() exactly once, with the error already
// translated into an EngineError. In streamed mode the body is not kept: each piece
// is handed out through chunk() as it arrives (logs, events, pulls, archives).
// Deletes itself after finished() has been delivered.
class EngineCall : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Buffered, Streamed };

    EngineCall(QNetworkReply *reply, Mode mode, QString endpointName, QString subject, QObject *parent = nullptr);
    ~EngineCall() override;

    // Closes the connection. For a pull this also cancels the pull in the engine.
    void cancel();
    bool isFinished() const { return m_finished; }
    const EngineResponse &response() const { return m_response; }

    // Creates a call that finishes on the next event loop turn with `error`: used when a
    // request cannot even be made, so callers always get the same kind of object.
    static EngineCall *failed(EngineError error, QObject *parent = nullptr);
    // A call made of several requests: the owner finishes it with complete().
    static EngineCall *composite(QObject *parent = nullptr);
    void complete(EngineResponse response) { finish(std::move(response)); }

Q_SIGNALS:
    void headersReceived(int status);
    void chunk(const QByteArray &bytes);
    void finished(const dd::docker::EngineResponse &response);

private:
    explicit EngineCall(QObject *parent);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void finish(EngineResponse response);
    EngineError translateNetworkError() const;

    QPointer<QNetworkReply> m_reply;
    Mode m_mode = Mode::Buffered;
    QString m_endpointName;
    QString m_subject;
    bool m_headersSeen = false;
    bool m_finished = false;
    bool m_cancelled = false;
    EngineResponse m_response;
};

} // namespace dd::docker

Q_DECLARE_METATYPE(dd::docker::EngineResponse)
