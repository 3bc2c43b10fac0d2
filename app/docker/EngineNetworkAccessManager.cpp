// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/EngineNetworkAccessManager.h"

#include "docker/LocalSocketReply.h"
#include "docker/TransportAttributes.h"

#include <QNetworkProxy>

namespace dd::docker {

EngineNetworkAccessManager::EngineNetworkAccessManager(QObject *parent)
    : EngineNetworkAccessManager(EngineEndpoint{}, parent)
{
}

EngineNetworkAccessManager::EngineNetworkAccessManager(const EngineEndpoint &endpoint, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_endpoint(endpoint)
{
    // An http_proxy meant for the internet must not capture the engine's API, which the
    // docker CLI never sends through a proxy on loopback either.
    setProxy(QNetworkProxy::NoProxy);
}

void EngineNetworkAccessManager::setEndpoint(const EngineEndpoint &endpoint)
{
    m_endpoint = endpoint;
}

QUrl EngineNetworkAccessManager::url(const EngineEndpoint &endpoint, const QString &path, const QUrlQuery &query)
{
    QUrl u = endpoint.baseUrl();
    QString joined = u.path();
    if (joined.endsWith(QLatin1Char('/')))
        joined.chop(1);
    if (!path.startsWith(QLatin1Char('/')))
        joined += QLatin1Char('/');
    u.setPath(joined + path);
    if (!query.isEmpty()) {
        // Encoded by hand: QUrlQuery leaves '+' alone and Go's query parser reads it as a
        // space, which would garble filters, timestamps with offsets and label values.
        QByteArray encoded;
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (!encoded.isEmpty())
                encoded += '&';
            encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
        }
        u.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    }
    return u;
}

QNetworkReply *EngineNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                         QIODevice *outgoingData)
{
    if (m_endpoint.isLocal())
        return new LocalSocketReply(m_endpoint.address, op, request, outgoingData, this);

    QNetworkRequest tcp(request);
    if (tcp.transferTimeout() == 0)
        tcp.setTransferTimeout(idleTimeoutMs(request));
    return QNetworkAccessManager::createRequest(op, tcp, outgoingData);
}

} // namespace dd::docker
