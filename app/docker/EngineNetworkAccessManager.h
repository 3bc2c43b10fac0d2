// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/EngineEndpoint.h"

#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

namespace dd::docker {

// The one place that decides how bytes reach the engine. Callers build URLs from the
// endpoint (url() below) and use the ordinary QNAM API; for a unix socket or named pipe
// every request, whatever its URL, becomes a LocalSocketReply to endpoint().address, and
// for tcp:// QNAM's own HTTP does the work.
//
// Qt 6.8 can do the local case itself (a "unix+http" URL plus
// QNetworkRequest::FullLocalServerNameAttribute); once 6.8 is the floor, createRequest()
// can rewrite the request that way and LocalSocketReply can go.
//
// The attributes of TransportAttributes.h apply to both paths; on TCP the idle timeout
// becomes QNAM's transfer timeout, which Qt 6.4 reports as OperationCanceledError.
class EngineNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit EngineNetworkAccessManager(QObject *parent = nullptr);
    explicit EngineNetworkAccessManager(const EngineEndpoint &endpoint, QObject *parent = nullptr);

    EngineEndpoint endpoint() const { return m_endpoint; }
    // Applies to requests made from now on; replies already running keep their connection.
    void setEndpoint(const EngineEndpoint &endpoint);

    // endpoint.baseUrl() + path (decoded form, e.g. "/v1.41/images/docker.io/directus/directus:11/json")
    // + query. A '+' in the query is sent as %2B: the engine decodes '+' as a space.
    static QUrl url(const EngineEndpoint &endpoint, const QString &path, const QUrlQuery &query = {});
    QUrl url(const QString &path, const QUrlQuery &query = {}) const { return url(m_endpoint, path, query); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    EngineEndpoint m_endpoint;
};

} // namespace dd::docker
