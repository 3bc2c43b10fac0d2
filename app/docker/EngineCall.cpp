// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/EngineCall.h"

#include "docker/DockerTr.h"
#include "docker/TransportAttributes.h"

#include <QNetworkReply>
#include <QTimer>

namespace dd::docker {

QByteArray EngineResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

EngineCall::EngineCall(QObject *parent)
    : QObject(parent)
{
}

EngineCall::EngineCall(QNetworkReply *reply, Mode mode, QString endpointName, QString subject, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_mode(mode)
    , m_endpointName(std::move(endpointName))
    , m_subject(std::move(subject))
{
    reply->setParent(this);
    connect(reply, &QNetworkReply::metaDataChanged, this, &EngineCall::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &EngineCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &EngineCall::onFinished);
}

EngineCall::~EngineCall()
{
    if (m_reply && !m_reply->isFinished())
        m_reply->abort();
}

EngineCall *EngineCall::failed(EngineError error, QObject *parent)
{
    auto *call = new EngineCall(parent);
    QTimer::singleShot(0, call, [call, error] {
        EngineResponse response;
        response.error = error;
        call->finish(response);
    });
    return call;
}

EngineCall *EngineCall::composite(QObject *parent)
{
    return new EngineCall(parent);
}

void EngineCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();  // finished() follows, reported as Cancelled
    else
        finish(EngineResponse{EngineError::make(EngineError::Kind::Cancelled, Tr::tr("Cancelled.")), 0, {}, {}});
}

void EngineCall::onMetaData()
{
    if (m_headersSeen || !m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_headersSeen = true;
    m_response.status = status.toInt();
    for (const auto &pair : m_reply->rawHeaderPairs())
        m_response.headers.append(pair);
    Q_EMIT headersReceived(m_response.status);
}

void EngineCall::onReadyRead()
{
    if (!m_reply || !m_reply->isOpen())
        return;
    onMetaData();
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty())
        return;
    // Error bodies are always kept: they carry the engine's message.
    if (m_mode == Mode::Buffered || m_response.status >= 400)
        m_response.body.append(bytes);
    else
        Q_EMIT chunk(bytes);
}

void EngineCall::onFinished()
{
    if (!m_reply)
        return;
    onMetaData();
    onReadyRead();
    EngineResponse response = m_response;
    if (m_cancelled) {
        response.error = EngineError::make(EngineError::Kind::Cancelled, Tr::tr("Cancelled."));
    } else if (m_response.status >= 400) {
        response.error = EngineError::fromHttp(m_response.status, m_response.body, m_subject);
    } else if (m_reply->error() != QNetworkReply::NoError) {
        response.error = translateNetworkError();
    } else if (m_response.status == 0) {
        response.error = EngineError::unreachable(m_endpointName, Tr::tr("no HTTP answer"));
    }
    finish(std::move(response));
}

EngineError EngineCall::translateNetworkError() const
{
    if (isSocketPermissionDenied(*m_reply))
        return EngineError::permissionDenied(m_endpointName);
    switch (m_reply->error()) {
    case QNetworkReply::TimeoutError:
        return EngineError::make(EngineError::Kind::Timeout,
                                 Tr::tr("The Docker engine at %1 did not answer in time. It may be overloaded or stuck; try again, or restart Docker.").arg(m_endpointName));
    case QNetworkReply::OperationCanceledError:
        return EngineError::make(EngineError::Kind::Cancelled, Tr::tr("Cancelled."));
    default:
        break;
    }
    if (m_headersSeen) {
        // The engine went away in the middle of a body (stopped, restarted, crashed).
        return EngineError::make(EngineError::Kind::EngineUnreachable,
                                 Tr::tr("The connection to the Docker engine at %1 was lost (%2).").arg(m_endpointName, m_reply->errorString()));
    }
    return EngineError::unreachable(m_endpointName, m_reply->errorString());
}

void EngineCall::finish(EngineResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_response = std::move(response);
    if (m_reply)
        m_reply->disconnect(this);
    Q_EMIT finished(m_response);
    deleteLater();
}

} // namespace dd::docker
