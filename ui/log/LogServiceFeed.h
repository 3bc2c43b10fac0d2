// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/LogLine.h"
#include "docker/LogStream.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace dd::docker {
class EngineClient;
struct EngineError;
}
namespace dd::logs {
class LogStore;
}

namespace dd::ui {

// One service's log (directus, database, cache): its LogStore and the LogStream following its
// container. The feed remembers the engine timestamp of the last line it stored and how many
// lines carried exactly that timestamp, so following the same container again (the engine
// restarted, the container was stopped and started) asks the engine for the log `since` that
// moment and skips the lines it already has: no line is stored twice.
class LogServiceFeed : public QObject
{
    Q_OBJECT
public:
    explicit LogServiceFeed(const QString &service, QObject *parent = nullptr);
    ~LogServiceFeed() override;

    QString service() const { return m_service; }
    QString container() const { return m_container; }
    logs::LogStore *store() const { return m_store.get(); }
    bool isStreaming() const;

    // Follows `container`. Nothing happens while it is already followed; the same container
    // again resumes after the last stored line; another container is a new log (its lines are
    // added after the old container's, which stay).
    void follow(docker::EngineClient *client, const QString &container);
    void stop();

    // Where every line goes, from the stream or from a test: stored, and the resume point moved.
    void append(const QList<docker::LogLine> &batch);

    // What a new stream of the same container is opened with.
    docker::LogOptions resumeOptions() const;
    qint64 lastTimestampNs() const { return m_lastTimestampNs; }

Q_SIGNALS:
    // The stream ended: the container stopped (no error) or the engine went away.
    void ended(const dd::docker::EngineError &error);

private:
    QString m_service;
    QString m_container;
    std::unique_ptr<logs::LogStore> m_store;
    QPointer<docker::LogStream> m_stream;
    QPointer<docker::EngineClient> m_client;  // the stream's
    qint64 m_lastTimestampNs = 0;
    int m_linesAtLastTimestamp = 0;
};

} // namespace dd::ui
