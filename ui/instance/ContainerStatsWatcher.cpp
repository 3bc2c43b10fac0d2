// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/ContainerStatsWatcher.h"

#include "docker/EngineClient.h"
#include "docker/StatsStream.h"

namespace dd::ui {

ContainerStatsWatcher::ContainerStatsWatcher(QObject *parent) : QObject(parent) {}

ContainerStatsWatcher::~ContainerStatsWatcher()
{
    stopAll();
}

void ContainerStatsWatcher::watch(docker::EngineClient *client, const QStringList &containerIds)
{
    for (auto it = m_streams.begin(); it != m_streams.end();) {
        if (!it.value() || !containerIds.contains(it.key())) {
            if (it.value())
                it.value()->cancel();
            it = m_streams.erase(it);
        } else {
            ++it;
        }
    }
    if (!client)
        return;
    for (const QString &id : containerIds) {
        if (m_streams.value(id))
            continue;
        docker::StatsStream *stream = client->stats(id);
        connect(stream, &docker::StatsStream::sample, this,
                [this, id](const docker::ContainerStats &stats) { Q_EMIT sample(id, stats); });
        m_streams.insert(id, stream);  // the stream deletes itself when it ends; QPointer notices
    }
}

void ContainerStatsWatcher::stopAll()
{
    for (const QPointer<docker::StatsStream> &stream : std::as_const(m_streams)) {
        if (stream)
            stream->cancel();
    }
    m_streams.clear();
}

} // namespace dd::ui
