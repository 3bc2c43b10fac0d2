// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/EngineError.h"
#include "docker/JsonLinesDecoder.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace dd::docker {

class EngineCall;
struct EngineResponse;

// One message of GET /events.
struct EngineEvent
{
    QString type;    // "container", "network", "volume", "image", ...
    QString action;  // "create", "start", "die", "health_status: healthy", ...
    QString actorId;
    QMap<QString, QString> attributes;  // name, image, labels, exitCode, ...
    qint64 timeNano = 0;

    static EngineEvent fromJson(const QJsonObject &object);
};

// The engine's endless event stream, decoded. Ends only when cancelled or when the
// engine goes away (finished with EngineUnreachable); reconnect with `since`.
class EventStream : public QObject
{
    Q_OBJECT
public:
    explicit EventStream(EngineCall *call, QObject *parent = nullptr);
    void cancel();

Q_SIGNALS:
    void received(const dd::docker::EngineEvent &event);
    void finished(const dd::docker::EngineError &error);

private:
    void onChunk(const QByteArray &bytes);
    void onFinished(const EngineResponse &response);

    QPointer<EngineCall> m_call;
    JsonLinesDecoder m_decoder;
};

} // namespace dd::docker

Q_DECLARE_METATYPE(dd::docker::EngineEvent)
