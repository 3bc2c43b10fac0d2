// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/EngineClient.h"

#include "core/Logging.h"
#include "docker/DockerTr.h"
#include "docker/EngineNetworkAccessManager.h"
#include "docker/EventStream.h"
#include "docker/ExecJob.h"
#include "docker/ImageReference.h"
#include "docker/LogStream.h"
#include "docker/PullJob.h"
#include "docker/StatsStream.h"
#include "docker/TransportAttributes.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace dd::docker {

namespace {

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject labelsObject(const QMap<QString, QString> &labels)
{
    QJsonObject out;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QString pathPart(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

EngineClient::EngineClient(const EngineEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_nam(new EngineNetworkAccessManager(endpoint, this))
{
}

EngineClient::~EngineClient()
{
    // Calls and streams still in flight abort their replies when they go, and a reply tells its
    // network manager it finished: so they go first, while the manager is still there (children
    // are otherwise deleted in creation order, the manager first).
    const QObjectList children = this->children();
    for (QObject *child : children) {
        if (child != m_nam)
            delete child;
    }
}

QString EngineClient::encodeFilters(const QMap<QString, QStringList> &filters)
{
    QJsonObject object;
    for (auto it = filters.cbegin(); it != filters.cend(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QString::fromUtf8(toJson(object));
}

QString EngineClient::versioned(const QString &path) const
{
    return QLatin1String("/v") + m_api.toString() + path;
}

QNetworkRequest EngineClient::makeRequest(const QString &path, const QUrlQuery &query, int idleTimeoutMs) const
{
    QUrl url = m_endpoint.baseUrl();
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (idleTimeoutMs >= 0)
        request.setAttribute(IdleTimeoutAttribute, idleTimeoutMs);
    return request;
}

EngineCall *EngineClient::wrap(QNetworkReply *reply, EngineCall::Mode mode, const QString &what)
{
    return new EngineCall(reply, mode, m_endpoint.toHost(), what, this);
}

EngineCall *EngineClient::request(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                                  const QByteArray &jsonBody, const QString &what, EngineCall::Mode mode,
                                  int idleTimeoutMs)
{
    const QNetworkRequest request = makeRequest(versioned(path), query, idleTimeoutMs);
    QNetworkReply *reply = jsonBody.isNull() && verb == "GET"
        ? m_nam->get(request)
        : m_nam->sendCustomRequest(request, verb, jsonBody);
    return wrap(reply, mode, what);
}

EngineCall *EngineClient::connectToEngine()
{
    // /_ping is unversioned: it is how we learn which version to speak.
    QNetworkReply *reply = m_nam->get(makeRequest(QStringLiteral("/_ping"), {}, 10000));
    EngineCall *ping = wrap(reply, EngineCall::Mode::Buffered, Tr::tr("the engine"));
    EngineCall *result = EngineCall::composite(this);
    connect(ping, &EngineCall::finished, result, [this, result](const EngineResponse &response) {
        EngineResponse out = response;
        if (response.ok()) {
            const QString serverApi = QString::fromLatin1(response.header("Api-Version"));
            const auto parsed = ApiVersion::parse(serverApi);
            const auto negotiated = parsed ? ApiVersion::negotiate(*parsed) : std::nullopt;
            if (!parsed) {
                out.error = EngineError::make(EngineError::Kind::Protocol,
                                              Tr::tr("%1 answered, but not like a Docker engine (no API version in its reply).").arg(m_endpoint.toHost()));
            } else if (!negotiated) {
                out.error = EngineError::apiTooOld(serverApi, ApiVersion::minimum().toString());
            } else {
                m_api = *negotiated;
                m_podman = !response.header("Libpod-Api-Version").isEmpty();
                m_serverHeader = QString::fromLatin1(response.header("Server"));
                m_connected = true;
                qCDebug(ddDocker) << "connected to" << m_endpoint.toHost() << "API" << m_api.toString()
                                  << (m_podman ? "(Podman)" : "");
            }
        }
        result->complete(out);
    });
    return result;
}

EngineCall *EngineClient::version()
{
    return request("GET", QStringLiteral("/version"));
}

EngineCall *EngineClient::info()
{
    return request("GET", QStringLiteral("/info"));
}

EngineCall *EngineClient::inspectImage(const QString &reference)
{
    return request("GET", QLatin1String("/images/") + reference + QLatin1String("/json"), {}, {},
                   Tr::tr("Image %1").arg(reference));
}

EngineCall *EngineClient::listImages(const QMap<QString, QStringList> &filters)
{
    QUrlQuery query;
    if (!filters.isEmpty())
        query.addQueryItem(QStringLiteral("filters"), QString::fromLatin1(QUrl::toPercentEncoding(encodeFilters(filters))));
    return request("GET", QStringLiteral("/images/json"), query);
}

PullJob *EngineClient::pull(const QString &reference)
{
    const ImageReference ref = ImageReference::parse(reference);
    QUrlQuery query;
    // Podman resolves short names by its own rules unless told the registry, and
    // refuses a tag given both in fromImage and tag.
    query.addQueryItem(QStringLiteral("fromImage"), m_podman ? ref.fullyQualifiedRepository() : ref.repository);
    if (!ref.digest.isEmpty())
        query.addQueryItem(QStringLiteral("tag"), ref.digest);
    else
        query.addQueryItem(QStringLiteral("tag"), ref.tagOrLatest());
    // A pull can be silent for a long time while a big layer extracts: no idle timeout.
    EngineCall *call = request("POST", QStringLiteral("/images/create"), query, QByteArray(""),
                               Tr::tr("Image %1").arg(reference), EngineCall::Mode::Streamed, 0);
    return new PullJob(call, reference, this);
}

EngineCall *EngineClient::createContainer(const QString &name, const ContainerSpec &spec)
{
    const ContainerSpec::CreateBody body = spec.toCreateBody(m_api);
    QUrlQuery query;
    if (!name.isEmpty())
        query.addQueryItem(QStringLiteral("name"), name);
    const QString what = Tr::tr("Container %1").arg(name);
    EngineCall *create = request("POST", QStringLiteral("/containers/create"), query, toJson(body.json), what);
    if (body.networksToConnectAfterCreate.isEmpty())
        return create;

    // Older engines: join the remaining networks one by one before anyone starts it.
    EngineCall *result = EngineCall::composite(this);
    connect(create, &EngineCall::finished, result, [this, result, body](const EngineResponse &created) {
        if (!created.ok()) {
            result->complete(created);
            return;
        }
        const QString id = created.json().object().value(QLatin1String("Id")).toString();
        auto remaining = std::make_shared<QList<ContainerSpec::Network>>(body.networksToConnectAfterCreate);
        auto next = std::make_shared<std::function<void()>>();
        *next = [this, result, created, id, remaining, next] {
            if (remaining->isEmpty()) {
                result->complete(created);
                *next = nullptr;  // break the self-reference
                return;
            }
            const ContainerSpec::Network network = remaining->takeFirst();
            EngineCall *join = connectNetwork(network.name, id, network.aliases);
            connect(join, &EngineCall::finished, result, [result, next](const EngineResponse &joined) {
                if (!joined.ok()) {
                    result->complete(joined);
                    *next = nullptr;
                    return;
                }
                (*next)();
            });
        };
        (*next)();
    });
    return result;
}

EngineCall *EngineClient::startContainer(const QString &id)
{
    return request("POST", QLatin1String("/containers/") + pathPart(id) + QLatin1String("/start"), {}, QByteArray(""),
                   Tr::tr("Container %1").arg(id));
}

EngineCall *EngineClient::stopContainer(const QString &id, int timeoutSeconds)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("t"), QString::number(timeoutSeconds));
    // The engine answers only after the container stopped: allow for the grace period.
    return request("POST", QLatin1String("/containers/") + pathPart(id) + QLatin1String("/stop"), query, QByteArray(""),
                   Tr::tr("Container %1").arg(id), EngineCall::Mode::Buffered, (timeoutSeconds + 30) * 1000);
}

EngineCall *EngineClient::restartContainer(const QString &id, int timeoutSeconds)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("t"), QString::number(timeoutSeconds));
    return request("POST", QLatin1String("/containers/") + pathPart(id) + QLatin1String("/restart"), query, QByteArray(""),
                   Tr::tr("Container %1").arg(id), EngineCall::Mode::Buffered, (timeoutSeconds + 30) * 1000);
}

EngineCall *EngineClient::killContainer(const QString &id, const QString &signal)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("signal"), signal);
    return request("POST", QLatin1String("/containers/") + pathPart(id) + QLatin1String("/kill"), query, QByteArray(""),
                   Tr::tr("Container %1").arg(id));
}

EngineCall *EngineClient::removeContainer(const QString &id, bool force, bool removeAnonymousVolumes)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("force"), force ? QStringLiteral("1") : QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("v"), removeAnonymousVolumes ? QStringLiteral("1") : QStringLiteral("0"));
    return request("DELETE", QLatin1String("/containers/") + pathPart(id), query, {}, Tr::tr("Container %1").arg(id));
}

EngineCall *EngineClient::renameContainer(const QString &id, const QString &newName)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), newName);
    return request("POST", QLatin1String("/containers/") + pathPart(id) + QLatin1String("/rename"), query, QByteArray(""),
                   Tr::tr("Container %1").arg(id));
}

EngineCall *EngineClient::inspectContainer(const QString &id)
{
    return request("GET", QLatin1String("/containers/") + pathPart(id) + QLatin1String("/json"), {}, {},
                   Tr::tr("Container %1").arg(id));
}

EngineCall *EngineClient::listContainers(const QMap<QString, QStringList> &filters, bool all)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("all"), all ? QStringLiteral("1") : QStringLiteral("0"));
    if (!filters.isEmpty())
        query.addQueryItem(QStringLiteral("filters"), QString::fromLatin1(QUrl::toPercentEncoding(encodeFilters(filters))));
    return request("GET", QStringLiteral("/containers/json"), query);
}

EngineCall *EngineClient::waitContainer(const QString &id, const QString &condition)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("condition"), condition);
    return request("POST", QLatin1String("/containers/") + pathPart(id) + QLatin1String("/wait"), query, QByteArray(""),
                   Tr::tr("Container %1").arg(id), EngineCall::Mode::Buffered, 0);
}

LogStream *EngineClient::logs(const QString &id, const LogOptions &options)
{
    return new LogStream(this, id, options, this);
}

StatsStream *EngineClient::stats(const QString &id)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("stream"), QStringLiteral("1"));
    EngineCall *call = request("GET", QLatin1String("/containers/") + id + QLatin1String("/stats"), query, {}, id,
                               EngineCall::Mode::Streamed, 0);
    return new StatsStream(call, this);
}

EventStream *EngineClient::events(const QMap<QString, QStringList> &filters, qint64 sinceSeconds)
{
    QUrlQuery query;
    if (!filters.isEmpty())
        query.addQueryItem(QStringLiteral("filters"), QString::fromLatin1(QUrl::toPercentEncoding(encodeFilters(filters))));
    if (sinceSeconds > 0)
        query.addQueryItem(QStringLiteral("since"), QString::number(sinceSeconds));
    EngineCall *call = request("GET", QStringLiteral("/events"), query, {}, {}, EngineCall::Mode::Streamed, 0);
    return new EventStream(call, this);
}

EngineCall *EngineClient::createNamed(const QByteArray &kind, const QString &name, const QByteArray &createPath,
                                      const QJsonObject &body)
{
    // Look the name up first: the engine's name filter matches substrings, so compare exactly.
    EngineCall *lookup = kind == "network" ? listNetworks({{QStringLiteral("name"), {name}}})
                                           : listVolumes({{QStringLiteral("name"), {name}}});
    EngineCall *result = EngineCall::composite(this);
    connect(lookup, &EngineCall::finished, result, [this, result, name, createPath, body, kind](const EngineResponse &found) {
        if (!found.ok()) {
            result->complete(found);
            return;
        }
        const QJsonDocument doc = found.json();
        const QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("Volumes")).toArray();
        for (const QJsonValue &item : list) {
            const QJsonObject object = item.toObject();
            if (object.value(QLatin1String("Name")).toString() == name) {
                EngineResponse existing = found;
                QJsonObject idObject{{QLatin1String("Name"), name}};
                if (object.contains(QLatin1String("Id")))
                    idObject.insert(QLatin1String("Id"), object.value(QLatin1String("Id")));
                existing.status = 200;  // 200 = it was there already; 201 = created now
                existing.body = toJson(idObject);
                result->complete(existing);
                return;
            }
        }
        const QString what = kind == "network" ? Tr::tr("Network %1").arg(name) : Tr::tr("Volume %1").arg(name);
        EngineCall *create = request("POST", QString::fromLatin1(createPath), {}, toJson(body), what);
        connect(create, &EngineCall::finished, result, [result](const EngineResponse &created) { result->complete(created); });
    });
    return result;
}

EngineCall *EngineClient::createNetwork(const QString &name, const QMap<QString, QString> &labels)
{
    const QJsonObject body{{QLatin1String("Name"), name},
                           {QLatin1String("Driver"), QStringLiteral("bridge")},
                           {QLatin1String("CheckDuplicate"), true},
                           {QLatin1String("Labels"), labelsObject(labels)}};
    return createNamed("network", name, "/networks/create", body);
}

EngineCall *EngineClient::inspectNetwork(const QString &idOrName)
{
    return request("GET", QLatin1String("/networks/") + pathPart(idOrName), {}, {}, Tr::tr("Network %1").arg(idOrName));
}

EngineCall *EngineClient::removeNetwork(const QString &idOrName)
{
    return request("DELETE", QLatin1String("/networks/") + pathPart(idOrName), {}, {}, Tr::tr("Network %1").arg(idOrName));
}

EngineCall *EngineClient::connectNetwork(const QString &network, const QString &container, const QStringList &aliases)
{
    QJsonObject endpointConfig;
    if (!aliases.isEmpty())
        endpointConfig.insert(QLatin1String("Aliases"), QJsonArray::fromStringList(aliases));
    const QJsonObject body{{QLatin1String("Container"), container}, {QLatin1String("EndpointConfig"), endpointConfig}};
    return request("POST", QLatin1String("/networks/") + pathPart(network) + QLatin1String("/connect"), {}, toJson(body),
                   Tr::tr("Network %1").arg(network));
}

EngineCall *EngineClient::createVolume(const QString &name, const QMap<QString, QString> &labels)
{
    const QJsonObject body{{QLatin1String("Name"), name},
                           {QLatin1String("Driver"), QStringLiteral("local")},
                           {QLatin1String("Labels"), labelsObject(labels)}};
    return createNamed("volume", name, "/volumes/create", body);
}

EngineCall *EngineClient::inspectVolume(const QString &name)
{
    return request("GET", QLatin1String("/volumes/") + pathPart(name), {}, {}, Tr::tr("Volume %1").arg(name));
}

EngineCall *EngineClient::removeVolume(const QString &name, bool force)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("force"), force ? QStringLiteral("1") : QStringLiteral("0"));
    return request("DELETE", QLatin1String("/volumes/") + pathPart(name), query, {}, Tr::tr("Volume %1").arg(name));
}

EngineCall *EngineClient::listVolumes(const QMap<QString, QStringList> &filters)
{
    QUrlQuery query;
    if (!filters.isEmpty())
        query.addQueryItem(QStringLiteral("filters"), QString::fromLatin1(QUrl::toPercentEncoding(encodeFilters(filters))));
    return request("GET", QStringLiteral("/volumes"), query);
}

EngineCall *EngineClient::listNetworks(const QMap<QString, QStringList> &filters)
{
    QUrlQuery query;
    if (!filters.isEmpty())
        query.addQueryItem(QStringLiteral("filters"), QString::fromLatin1(QUrl::toPercentEncoding(encodeFilters(filters))));
    return request("GET", QStringLiteral("/networks"), query);
}

ExecJob *EngineClient::exec(const QString &container, const QStringList &cmd, const QStringList &env, const QString &user)
{
    return new ExecJob(this, container, cmd, env, user, this);
}

EngineCall *EngineClient::getArchive(const QString &container, const QString &path, QIODevice *sink)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("path"), path);
    EngineCall *call = request("GET", QLatin1String("/containers/") + pathPart(container) + QLatin1String("/archive"), query, {},
                               Tr::tr("Path %1 in container %2").arg(path, container), EngineCall::Mode::Streamed);
    connect(call, &EngineCall::chunk, sink, [sink](const QByteArray &bytes) { sink->write(bytes); });
    return call;
}

EngineCall *EngineClient::putArchive(const QString &container, const QString &path, QIODevice *tarSource)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("path"), path);
    QNetworkRequest request = makeRequest(versioned(QLatin1String("/containers/") + pathPart(container) + QLatin1String("/archive")),
                                          query, -1);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-tar"));
    return wrap(m_nam->put(request, tarSource), EngineCall::Mode::Buffered, Tr::tr("Path %1 in container %2").arg(path, container));
}

} // namespace dd::docker
