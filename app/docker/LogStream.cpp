// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/LogStream.h"

#include "docker/EngineClient.h"
#include "docker/LogLineDecoder.h"

#include <QTimer>
#include <QUrlQuery>

namespace dd::docker {

namespace {

// The engine's `since` takes "seconds.nanoseconds" and is inclusive.
QString sinceParameter(qint64 ns)
{
    return QString::number(ns / 1'000'000'000) + QLatin1Char('.')
         + QString::number(ns % 1'000'000'000).rightJustified(9, QLatin1Char('0'));
}

} // namespace

LogStream::LogStream(EngineClient *client, QString container, LogOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_container(std::move(container))
    , m_options(options)
    , m_toSkip(options.skipAtSince)
{
    // Start on the next turn, so the caller can connect to our signals first.
    QTimer::singleShot(0, this, &LogStream::start);
}

LogStream::~LogStream() = default;

void LogStream::start()
{
    if (m_finished)
        return;
    if (m_options.tty) {
        open(*m_options.tty);
        return;
    }
    // Tty decides the framing: raw bytes with a terminal, 8-byte frames without.
    m_call = m_client->inspectContainer(m_container);
    connect(m_call, &EngineCall::finished, this, [this](const EngineResponse &response) {
        if (!response.ok()) {
            finish(response.error);
            return;
        }
        open(response.json()[QLatin1String("Config")][QLatin1String("Tty")].toBool());
    });
}

void LogStream::open(bool tty)
{
    if (m_finished)
        return;
    m_decoder = std::make_unique<LogLineDecoder>(tty ? LogLineDecoder::Framing::Raw : LogLineDecoder::Framing::Multiplexed, true);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("follow"), m_options.follow ? QStringLiteral("1") : QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("stdout"), m_options.stdoutLines ? QStringLiteral("1") : QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("stderr"), m_options.stderrLines ? QStringLiteral("1") : QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("timestamps"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("tail"), m_options.tail < 0 ? QStringLiteral("all") : QString::number(m_options.tail));
    if (m_options.sinceNs > 0)
        query.addQueryItem(QStringLiteral("since"), sinceParameter(m_options.sinceNs));
    QString path = QLatin1String("/containers/") + m_container + QLatin1String("/logs");
    // A followed log can be silent for hours: no idle timeout.
    m_call = m_client->request("GET", path, query, {}, m_container, EngineCall::Mode::Streamed,
                               m_options.follow ? 0 : -1);
    connect(m_call, &EngineCall::chunk, this, &LogStream::onChunk);
    connect(m_call, &EngineCall::finished, this, &LogStream::onFinished);
}

void LogStream::onChunk(const QByteArray &bytes)
{
    QList<LogLine> batch;
    m_decoder->decode(bytes, batch);
    deliver(batch);
}

void LogStream::deliver(QList<LogLine> &batch)
{
    // Drop what an earlier stream already delivered: `since` is inclusive.
    qsizetype keepFrom = 0;
    while (keepFrom < batch.size()) {
        const LogLine &line = batch.at(keepFrom);
        if (line.timestampNs != 0 && line.timestampNs < m_options.sinceNs) {
            ++keepFrom;
        } else if (m_toSkip > 0 && line.timestampNs == m_options.sinceNs) {
            --m_toSkip;
            ++keepFrom;
        } else {
            break;
        }
    }
    if (keepFrom > 0)
        batch.remove(0, keepFrom);
    if (batch.isEmpty())
        return;
    m_toSkip = 0;
    for (const LogLine &line : std::as_const(batch)) {
        if (line.timestampNs == 0)
            continue;
        if (line.timestampNs == m_lastTimestampNs) {
            ++m_linesAtLastTimestamp;
        } else {
            m_lastTimestampNs = line.timestampNs;
            m_linesAtLastTimestamp = 1;
        }
    }
    m_delivered += batch.size();
    Q_EMIT lines(batch);
}

void LogStream::onFinished(const EngineResponse &response)
{
    if (m_decoder && response.ok()) {
        QList<LogLine> batch;
        m_decoder->finish(batch);
        deliver(batch);
    }
    finish(response.error);
}

LogOptions LogStream::resumeOptions() const
{
    LogOptions next = m_options;
    next.tail = -1;
    if (m_lastTimestampNs > 0) {
        next.sinceNs = m_lastTimestampNs;
        next.skipAtSince = m_linesAtLastTimestamp;
    }
    return next;
}

void LogStream::cancel()
{
    if (m_call)
        m_call->cancel();
    else
        finish(EngineError::make(EngineError::Kind::Cancelled, QString()));
}

void LogStream::finish(const EngineError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(error);
}

} // namespace dd::docker
