// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace dd::docker {
class EngineClient;
class StatsStream;
struct ContainerStats;
}

namespace dd::ui {

// Follows the stats streams of the running containers of one instance, one stream each; a
// container that stops ends its stream, one that starts again gets a new one on the next
// watch(). Only while the Overview is shown: a stream costs the engine some work each second.
class ContainerStatsWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ContainerStatsWatcher(QObject *parent = nullptr);
    ~ContainerStatsWatcher() override;

    // Watches exactly these container ids (the others' streams are cancelled).
    void watch(docker::EngineClient *client, const QStringList &containerIds);
    void stopAll();
    int streamCount() const { return int(m_streams.size()); }

Q_SIGNALS:
    void sample(const QString &containerId, const dd::docker::ContainerStats &stats);

private:
    QHash<QString, QPointer<docker::StatsStream>> m_streams;
};

} // namespace dd::ui
