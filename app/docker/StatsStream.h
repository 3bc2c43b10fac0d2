// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/EngineError.h"
#include "docker/JsonLinesDecoder.h"

#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QPointer>

namespace dd::docker {

class EngineCall;
struct EngineResponse;

// One sample of GET /containers/{id}/stats, reduced to what a person reads.
struct ContainerStats
{
    double cpuPercent = 0;     // of one CPU: 250 means two and a half cores busy (docker stats' figure)
    qint64 memoryBytes = 0;    // in use, without the page cache (as docker stats shows it)
    qint64 memoryLimitBytes = 0;
    bool cpuKnown = false;     // the first sample has no previous one to compare with

    // CPU comes from the difference between `cpu_stats` and `precpu_stats` of the same object
    // (the engine fills precpu_stats with the sample before), so each object stands alone.
    static ContainerStats fromJson(const QJsonObject &object);
};

// The engine's stream of a container's resource use: one JSON object about every second
// while the container runs. Ends when the container stops, when cancelled, or when the
// engine goes away.
class StatsStream : public QObject
{
    Q_OBJECT
public:
    explicit StatsStream(EngineCall *call, QObject *parent = nullptr);
    void cancel();

Q_SIGNALS:
    void sample(const dd::docker::ContainerStats &stats);
    void finished(const dd::docker::EngineError &error);

private:
    void onFinished(const EngineResponse &response);

    QPointer<EngineCall> m_call;
    JsonLinesDecoder m_decoder;
};

} // namespace dd::docker

Q_DECLARE_METATYPE(dd::docker::ContainerStats)
