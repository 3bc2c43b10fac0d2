// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/LogServiceFeed.h"

#include "docker/EngineClient.h"
#include "docker/EngineError.h"
#include "logs/LogStore.h"

namespace dd::ui {

LogServiceFeed::LogServiceFeed(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_store(std::make_unique<logs::LogStore>())
{
}

LogServiceFeed::~LogServiceFeed()
{
    stop();
}

bool LogServiceFeed::isStreaming() const
{
    return m_stream && !m_stream->isFinished();
}

void LogServiceFeed::follow(docker::EngineClient *client, const QString &container)
{
    if (!client || container.isEmpty())
        return;
    // Another client means the engine connection was made anew: the old stream may never
    // report its end, so it is replaced (resuming after the last line all the same).
    if (container == m_container && isStreaming() && client == m_client)
        return;
    docker::LogOptions options;
    if (container == m_container)
        options = resumeOptions();
    // A recreated container starts a log of its own: everything it prints is new.
    stop();
    m_container = container;
    m_client = client;
    m_stream = client->logs(container, options);
    m_stream->setParent(this);
    docker::LogStream *stream = m_stream.data();
    connect(stream, &docker::LogStream::lines, this, [this, stream](const QList<docker::LogLine> &batch) {
        if (stream == m_stream.data())
            append(batch);
    });
    connect(stream, &docker::LogStream::finished, this, [this, stream](const docker::EngineError &error) {
        if (stream == m_stream.data())
            Q_EMIT ended(error);
    });
}

void LogServiceFeed::stop()
{
    // Forgotten before it is cancelled, so its last finished() is not reported as an end.
    QPointer<docker::LogStream> stream = m_stream;
    m_stream = nullptr;
    if (!stream)
        return;
    if (!stream->isFinished())
        stream->cancel();
    stream->deleteLater();
}

void LogServiceFeed::append(const QList<docker::LogLine> &batch)
{
    if (batch.isEmpty())
        return;
    for (const docker::LogLine &line : batch) {
        if (line.timestampNs == 0)
            continue;  // a line without a timestamp cannot anchor a resume
        if (line.timestampNs == m_lastTimestampNs) {
            ++m_linesAtLastTimestamp;
        } else {
            m_lastTimestampNs = line.timestampNs;
            m_linesAtLastTimestamp = 1;
        }
    }
    m_store->append(batch);
}

docker::LogOptions LogServiceFeed::resumeOptions() const
{
    docker::LogOptions options;
    if (m_lastTimestampNs > 0) {
        // `since` is inclusive: the stream drops what is older and skips the lines it
        // already gave us at exactly that nanosecond.
        options.sinceNs = m_lastTimestampNs;
        options.skipAtSince = m_linesAtLastTimestamp;
    }
    return options;
}

} // namespace dd::ui
