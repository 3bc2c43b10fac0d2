// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/StatsStream.h"

#include "docker/EngineCall.h"

#include <QJsonArray>

namespace dd::docker {

namespace {

qint64 integer(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInteger();
}

} // namespace

ContainerStats ContainerStats::fromJson(const QJsonObject &object)
{
    ContainerStats stats;
    const QJsonObject cpu = object.value(QLatin1String("cpu_stats")).toObject();
    const QJsonObject precpu = object.value(QLatin1String("precpu_stats")).toObject();
    const qint64 total = integer(cpu.value(QLatin1String("cpu_usage")).toObject(), "total_usage");
    const qint64 previousTotal = integer(precpu.value(QLatin1String("cpu_usage")).toObject(), "total_usage");
    const qint64 system = integer(cpu, "system_cpu_usage");
    const qint64 previousSystem = integer(precpu, "system_cpu_usage");
    qint64 cpus = integer(cpu, "online_cpus");
    if (cpus <= 0)  // older engines: count the per-CPU figures instead
        cpus = cpu.value(QLatin1String("cpu_usage")).toObject().value(QLatin1String("percpu_usage")).toArray().size();
    // Counters only grow from zero: a negative one is not a sample, and subtracting it could overflow.
    if (previousSystem > 0 && system > previousSystem && previousTotal >= 0 && total >= previousTotal && cpus > 0) {
        stats.cpuPercent = double(total - previousTotal) / double(system - previousSystem) * double(cpus) * 100.0;
        stats.cpuKnown = true;
    }

    const QJsonObject memory = object.value(QLatin1String("memory_stats")).toObject();
    const QJsonObject detail = memory.value(QLatin1String("stats")).toObject();
    // cgroup v2 calls the page cache inactive_file, v1 total_inactive_file (docker CLI does the same).
    qint64 cache = integer(detail, "inactive_file");
    if (cache == 0)
        cache = integer(detail, "total_inactive_file");
    const qint64 usage = integer(memory, "usage");
    stats.memoryBytes = usage > cache && cache >= 0 ? usage - cache : usage;
    stats.memoryLimitBytes = integer(memory, "limit");
    return stats;
}

StatsStream::StatsStream(EngineCall *call, QObject *parent)
    : QObject(parent)
    , m_call(call)
{
    m_decoder.setObjectSink([this](const QJsonObject &object) { Q_EMIT sample(ContainerStats::fromJson(object)); });
    connect(call, &EngineCall::chunk, this, [this](const QByteArray &bytes) { m_decoder.feed(bytes); });
    connect(call, &EngineCall::finished, this, &StatsStream::onFinished);
}

void StatsStream::cancel()
{
    if (m_call)
        m_call->cancel();
}

void StatsStream::onFinished(const EngineResponse &response)
{
    m_decoder.finish();
    Q_EMIT finished(response.error);
    deleteLater();
}

} // namespace dd::docker
