// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/RegistryTagsClient.h"

#include "registry/RegistryLogging.h"
#include "registry/RegistryTr.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace dd::registry {

namespace {

constexpr qint64 kMaxBody = 16 * 1024 * 1024;

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// The connection failed or broke off (possibly after the status line): the body cannot be
// trusted, whatever the status said. HTTP-level errors (4xx/5xx) are read from the status.
bool isTransportError(QNetworkReply *reply)
{
    const auto e = reply->error();
    return e != QNetworkReply::NoError && e < QNetworkReply::ProxyConnectionRefusedError;
}

} // namespace

RegistryTagsClient::RegistryTagsClient(RegistrySource source, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{
}

RegistryTagsClient::~RegistryTagsClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RegistryTagsClient::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_source.baseUrl.isValid() || m_source.baseUrl.host().isEmpty() || m_source.effectiveRepository().isEmpty()) {
        // Finish on the next turn, so callers always connect before the result arrives.
        QTimer::singleShot(0, this, [this] {
            finish(RegistryError::make(RegistryError::Kind::BadResponse,
                                       Tr::tr("The registry address or the repository name is empty or invalid.")));
        });
        return;
    }
    get(m_source.firstPageUrl(m_pageSize));
}

void RegistryTagsClient::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();  // onPage/onToken report Cancelled
        return;
    }
    finish(RegistryError::make(RegistryError::Kind::Cancelled, Tr::tr("Listing the tags was cancelled.")));
}

bool RegistryTagsClient::mayCarryToken(const QUrl &url) const
{
    // The token is for the registry that asked for it: never send it to another host a
    // Link header or a redirect might point at.
    return !m_token.isEmpty() && url.scheme() == m_source.baseUrl.scheme() && url.host() == m_source.baseUrl.host()
        && url.port() == m_source.baseUrl.port();
}

void RegistryTagsClient::get(const QUrl &url)
{
    m_current = url;
    m_visited.insert(url);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (mayCarryToken(url)) {
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    }
    qCDebug(ddRegistry) << "GET" << url.toDisplayString() << (request.hasRawHeader("Authorization") ? "(token)" : "");
    QNetworkReply *reply = m_nam->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > kMaxBody) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPage(reply); });
}

RegistryError RegistryTagsClient::networkError(QNetworkReply *reply) const
{
    if (m_cancelled)
        return RegistryError::make(RegistryError::Kind::Cancelled, Tr::tr("Listing the tags was cancelled."));
    if (m_tooLarge)
        return RegistryError::badResponse(m_source.displayName(), Tr::tr("the answer is too large"));
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
        return RegistryError::offline(m_source.displayName(), Tr::tr("no answer in time"));
    return RegistryError::offline(m_source.displayName(), reply->errorString());
}

void RegistryTagsClient::onPage(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    const int status = statusOf(reply);
    const QString where = m_source.displayName();
    if (status == 0 || isTransportError(reply)) {
        finish(networkError(reply));
        return;
    }
    if (status == 401) {
        const auto challenge = RegistryParsers::parseBearerChallenge(reply->rawHeader("WWW-Authenticate"));
        if (challenge && !m_tokenTriedForCurrent) {
            m_tokenTriedForCurrent = true;
            requestToken(*challenge);
            return;
        }
        finish(RegistryError::authRefused(where, status));
        return;
    }
    if (status == 403) {
        finish(RegistryError::authRefused(where, status));
        return;
    }
    if (status == 404) {
        finish(RegistryError::notFound(where));
        return;
    }
    if (status == 429) {
        finish(RegistryError::rateLimited(where));
        return;
    }
    if (status != 200) {
        finish(RegistryError::server(where, status));
        return;
    }

    const QByteArray body = reply->readAll();
    QString why;
    QUrl next;
    if (m_source.api == RegistrySource::Api::DockerHubTags) {
        const auto page = RegistryParsers::parseHubPage(body, reply->url(), &why);
        if (!page) {
            finish(RegistryError::badResponse(where, why));
            return;
        }
        m_result.tags += page->tags;
        next = page->next;
    } else {
        const auto page = RegistryParsers::parseTagList(body, &why);
        if (!page) {
            finish(RegistryError::badResponse(where, why));
            return;
        }
        m_result.tags += page->tags;
        next = RegistryParsers::parseNextLink(reply->rawHeader("Link"), reply->url());
    }
    ++m_result.pages;
    if (next.isEmpty()) {
        finish({});
        return;
    }
    if (m_visited.contains(next) || m_result.pages >= m_maxPages) {
        // A loop or endless paging: what we have is incomplete, so say so rather than
        // present a partial list as the whole catalog.
        finish(RegistryError::badResponse(where, Tr::tr("the pages never end")));
        return;
    }
    m_tokenTriedForCurrent = false;
    get(next);
}

void RegistryTagsClient::requestToken(const RegistryParsers::BearerChallenge &challenge)
{
    QUrl url = challenge.realm;
    QUrlQuery query(url);
    if (!challenge.service.isEmpty())
        query.addQueryItem(QStringLiteral("service"), challenge.service);
    // Registries name the scope they want; if one does not, ask for what we are doing.
    const QString scope = challenge.scope.isEmpty()
        ? QLatin1String("repository:") + m_source.effectiveRepository() + QLatin1String(":pull")
        : challenge.scope;
    query.addQueryItem(QStringLiteral("scope"), scope);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    qCDebug(ddRegistry) << "anonymous token from" << url.toDisplayString();
    QNetworkReply *reply = m_nam->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onToken(reply); });
}

void RegistryTagsClient::onToken(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    const int status = statusOf(reply);
    const QString where = m_source.displayName();
    if (status == 0 || isTransportError(reply)) {
        finish(networkError(reply));
        return;
    }
    if (status != 200) {
        finish(RegistryError::authRefused(where, status));
        return;
    }
    const QByteArray token = RegistryParsers::parseToken(reply->readAll());
    if (token.isEmpty()) {
        finish(RegistryError::badResponse(where, Tr::tr("the token service sent no token")));
        return;
    }
    m_token = token;
    get(m_current);
}

void RegistryTagsClient::finish(RegistryError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.error = std::move(error);
    if (!m_result.ok()) {
        qCInfo(ddRegistry) << "tags of" << m_source.displayName() << "failed:"
                           << RegistryError::kindName(m_result.error.kind) << m_result.error.sentence;
    }
    Q_EMIT finished(m_result);
}

} // namespace dd::registry
