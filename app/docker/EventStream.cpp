// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/EventStream.h"

#include "docker/EngineCall.h"

#include <limits>

namespace dd::docker {

EngineEvent EngineEvent::fromJson(const QJsonObject &object)
{
    EngineEvent e;
    e.type = object.value(QLatin1String("Type")).toString();
    e.action = object.value(QLatin1String("Action")).toString();
    const QJsonObject actor = object.value(QLatin1String("Actor")).toObject();
    e.actorId = actor.value(QLatin1String("ID")).toString();
    const QJsonObject attributes = actor.value(QLatin1String("Attributes")).toObject();
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it)
        e.attributes.insert(it.key(), it.value().toString());
    e.timeNano = object.value(QLatin1String("timeNano")).toInteger();
    if (e.timeNano == 0) {
        // Seconds to nanoseconds only while the product fits: a time past the year 2262 (or
        // before 1678) is not a time the engine sends, and the multiplication would overflow.
        constexpr qint64 perSecond = 1'000'000'000;
        const qint64 seconds = object.value(QLatin1String("time")).toInteger();
        if (seconds <= std::numeric_limits<qint64>::max() / perSecond && seconds >= std::numeric_limits<qint64>::min() / perSecond)
            e.timeNano = seconds * perSecond;
    }
    return e;
}

EventStream::EventStream(EngineCall *call, QObject *parent)
    : QObject(parent)
    , m_call(call)
{
    m_decoder.setObjectSink([this](const QJsonObject &object) { Q_EMIT received(EngineEvent::fromJson(object)); });
    connect(call, &EngineCall::chunk, this, &EventStream::onChunk);
    connect(call, &EngineCall::finished, this, &EventStream::onFinished);
}

void EventStream::cancel()
{
    if (m_call)
        m_call->cancel();
}

void EventStream::onChunk(const QByteArray &bytes)
{
    m_decoder.feed(bytes);
}

void EventStream::onFinished(const EngineResponse &response)
{
    m_decoder.finish();
    Q_EMIT finished(response.error);
    deleteLater();
}

} // namespace dd::docker
