// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/EngineError.h"
#include "docker/LogLine.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace dd::docker {

class EngineCall;
class EngineClient;
class LogLineDecoder;
struct EngineResponse;

struct LogOptions
{
    bool follow = true;
    bool stdoutLines = true;
    bool stderrLines = true;
    int tail = -1;          // -1 = all
    qint64 sinceNs = 0;     // 0 = from the start
    // Lines stamped exactly sinceNs that were already delivered before a reconnect:
    // the engine's `since` is inclusive, so these would otherwise come twice.
    int skipAtSince = 0;
    // The container's Config.Tty when the caller knows it; otherwise it is inspected first
    // (Tty=true streams are raw bytes, Tty=false streams are multiplexed frames).
    std::optional<bool> tty;
};

// A container's log, decoded into lines (stream, engine timestamp, text) and delivered
// in batches, one per chunk received. Timestamps are always requested, so the stream
// can be resumed after the engine went away without repeating a line: resumeOptions().
class LogStream : public QObject
{
    Q_OBJECT
public:
    LogStream(EngineClient *client, QString container, LogOptions options, QObject *parent = nullptr);
    ~LogStream() override;

    void cancel();
    bool isFinished() const { return m_finished; }
    qint64 lastTimestampNs() const { return m_lastTimestampNs; }
    qint64 linesDelivered() const { return m_delivered; }
    // Options that continue exactly after the last delivered line.
    LogOptions resumeOptions() const;

Q_SIGNALS:
    void lines(const QList<dd::docker::LogLine> &batch);
    // The stream ended: the container stopped (error none), or the engine went away.
    void finished(const dd::docker::EngineError &error);

private:
    void start();
    void open(bool tty);
    void onChunk(const QByteArray &bytes);
    void onFinished(const EngineResponse &response);
    void deliver(QList<LogLine> &batch);
    void finish(const EngineError &error);

    EngineClient *m_client;
    QString m_container;
    LogOptions m_options;
    std::unique_ptr<LogLineDecoder> m_decoder;
    QPointer<EngineCall> m_call;
    QList<LogLine> m_pending;
    qint64 m_lastTimestampNs = 0;
    int m_linesAtLastTimestamp = 0;
    int m_toSkip = 0;
    qint64 m_delivered = 0;
    bool m_finished = false;
};

} // namespace dd::docker

Q_DECLARE_METATYPE(dd::docker::LogLine)
