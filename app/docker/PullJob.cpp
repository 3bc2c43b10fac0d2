// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/PullJob.h"

#include "docker/DockerTr.h"
#include "docker/EngineCall.h"

namespace dd::docker {

PullJob::PullJob(EngineCall *call, QString reference, QObject *parent)
    : QObject(parent)
    , m_call(call)
    , m_reference(std::move(reference))
{
    m_decoder.setObjectSink([this](const QJsonObject &message) {
        if (m_progress.apply(message))
            Q_EMIT progressChanged(m_progress);
    });
    connect(call, &EngineCall::chunk, this, &PullJob::onChunk);
    connect(call, &EngineCall::finished, this, &PullJob::onFinished);
}

void PullJob::cancel()
{
    if (m_call)
        m_call->cancel();
}

void PullJob::onChunk(const QByteArray &bytes)
{
    m_decoder.feed(bytes);
}

void PullJob::onFinished(const EngineResponse &response)
{
    m_decoder.finish();
    EngineError error = response.error;
    if (error.ok() && m_progress.hasError()) {
        // The engine said 200, then failed inside the stream (unknown tag, registry down).
        const QString message = m_progress.errorMessage();
        const bool missing = message.contains(QLatin1String("not found")) || message.contains(QLatin1String("manifest unknown"));
        error = EngineError::make(missing ? EngineError::Kind::NotFound : EngineError::Kind::Server,
                                  Tr::tr("Could not download %1: %2").arg(m_reference, message), response.status, message);
    } else if (!error.ok() && error.kind != EngineError::Kind::Cancelled) {
        error.sentence = Tr::tr("Could not download %1: %2").arg(m_reference, error.sentence);
    }
    // A stream that ended cleanly without an error line is a finished pull: Docker closes
    // with a "Status:" line, Podman with the image id; a lost engine shows up as an error.
    Q_EMIT finished(error);
    deleteLater();
}

} // namespace dd::docker
