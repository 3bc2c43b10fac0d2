// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/ContainerLogTail.h"

#include "docker/EngineClient.h"
#include "docker/LogStream.h"
#include "logs/DirectusLogParser.h"
#include "logs/LogLevel.h"

#include <QTimer>

#include <utility>

namespace dd::ui {

namespace {
constexpr int kTailLines = 100;        // what the container printed before we looked
constexpr int kLookAgainMs = 1000;     // while the step has not created the container yet
}

ContainerLogTail::ContainerLogTail(QObject *parent) : QObject(parent) {}

ContainerLogTail::~ContainerLogTail()
{
    stop();
}

void ContainerLogTail::follow(docker::EngineClient *engine, const QString &container, const QString &service)
{
    stop();
    m_engine = engine;
    m_container = container;
    m_service = service;
    open();
}

void ContainerLogTail::stop()
{
    m_container.clear();
    // Forgotten before the cancel: cancel() may report finished() at once, and that handler
    // must take it for an old stream (it would clear m_stream under us otherwise).
    QPointer<docker::LogStream> stream = std::exchange(m_stream, nullptr);
    if (stream) {
        stream->cancel();
        if (stream)
            stream->deleteLater();
    }
}

void ContainerLogTail::open()
{
    if (m_container.isEmpty() || m_stream || !m_engine)
        return;
    docker::LogOptions options;
    options.tail = kTailLines;
    docker::LogStream *stream = m_engine->logs(m_container, options);
    stream->setParent(this);
    m_stream = stream;
    const QString service = m_service;
    connect(stream, &docker::LogStream::lines, this, [this, service](const QList<docker::LogLine> &batch) {
        for (const docker::LogLine &logLine : batch) {
            // Directus writes JSON lines: their level and message, not the raw JSON.
            const logs::ParsedLogLine parsed = logs::DirectusLogParser::parse(logLine.text, logLine.stream);
            const QString level = parsed.level == logs::LogLevel::Unknown ? QString()
                                                                         : logs::levelDisplayName(parsed.level) + QLatin1Char(' ');
            Q_EMIT line(service + QStringLiteral(" | ") + level + parsed.message);
        }
    });
    const QString container = m_container;
    connect(stream, &docker::LogStream::finished, this, [this, stream, container](const docker::EngineError &error) {
        stream->deleteLater();
        if (m_stream != stream)
            return;  // replaced or stopped meanwhile
        m_stream = nullptr;
        if (error.kind == docker::EngineError::Kind::NotFound) {
            QTimer::singleShot(kLookAgainMs, this, [this, container] {
                if (m_container == container)
                    open();
            });
        }
    });
}

} // namespace dd::ui
