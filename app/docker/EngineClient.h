// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/ApiVersion.h"
#include "docker/ContainerSpec.h"
#include "docker/EngineCall.h"
#include "docker/EngineEndpoint.h"

#include <QJsonObject>
#include <QMap>
#include <QNetworkRequest>
#include <QObject>
#include <QStringList>
#include <QUrlQuery>

class QIODevice;

namespace dd::docker {

class EngineNetworkAccessManager;
class EventStream;
class ExecJob;
class LogStream;
class StatsStream;
class PullJob;
struct LogOptions;

// The typed Docker Engine API client. Every method is asynchronous and returns an
// object that emits finished() once; nothing here blocks the event loop.
// Call connectToEngine() first: it pings the engine and negotiates the API version.
class EngineClient : public QObject
{
    Q_OBJECT
public:
    explicit EngineClient(const EngineEndpoint &endpoint, QObject *parent = nullptr);
    ~EngineClient() override;

    const EngineEndpoint &endpoint() const { return m_endpoint; }
    // Valid after connectToEngine() succeeded.
    ApiVersion apiVersion() const { return m_api; }
    bool isPodman() const { return m_podman; }
    bool isConnected() const { return m_connected; }
    QString serverVersionHeader() const { return m_serverHeader; }

    // GET /_ping, then the version both sides speak. Fails with ApiTooOld when the
    // engine is older than ApiVersion::minimum().
    EngineCall *connectToEngine();

    // Any request, for what has no typed method. `what` names the object for error sentences.
    EngineCall *request(const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
                        const QByteArray &jsonBody = {}, const QString &what = {},
                        EngineCall::Mode mode = EngineCall::Mode::Buffered, int idleTimeoutMs = -1);

    EngineCall *version();
    EngineCall *info();

    // Images
    EngineCall *inspectImage(const QString &reference);
    EngineCall *listImages(const QMap<QString, QStringList> &filters = {});
    PullJob *pull(const QString &reference);

    // Containers
    EngineCall *createContainer(const QString &name, const ContainerSpec &spec);
    EngineCall *startContainer(const QString &id);
    EngineCall *stopContainer(const QString &id, int timeoutSeconds = 10);
    EngineCall *restartContainer(const QString &id, int timeoutSeconds = 10);
    EngineCall *killContainer(const QString &id, const QString &signal = QStringLiteral("SIGKILL"));
    EngineCall *removeContainer(const QString &id, bool force = false, bool removeAnonymousVolumes = false);
    EngineCall *renameContainer(const QString &id, const QString &newName);
    EngineCall *inspectContainer(const QString &id);
    // filters like {"label": {"com.docker.compose.project=blog"}}
    EngineCall *listContainers(const QMap<QString, QStringList> &filters = {}, bool all = true);
    // condition: "not-running", "next-exit" or "removed". Long poll: no idle timeout.
    EngineCall *waitContainer(const QString &id, const QString &condition = QStringLiteral("not-running"));
    LogStream *logs(const QString &id, const LogOptions &options);
    // Resource use, one sample about every second while the container runs (deletes itself when it ends).
    StatsStream *stats(const QString &id);

    // Events: filters as for /events, e.g. {"type": {"container"}, "label": {...}}.
    EventStream *events(const QMap<QString, QStringList> &filters = {}, qint64 sinceSeconds = 0);

    // Networks and volumes. create* looks the name up first and returns the existing
    // one (status 200) instead of making a duplicate (20.10 allows duplicate network names).
    EngineCall *createNetwork(const QString &name, const QMap<QString, QString> &labels = {});
    EngineCall *inspectNetwork(const QString &idOrName);
    EngineCall *removeNetwork(const QString &idOrName);
    EngineCall *connectNetwork(const QString &network, const QString &container, const QStringList &aliases = {});
    EngineCall *createVolume(const QString &name, const QMap<QString, QString> &labels = {});
    EngineCall *inspectVolume(const QString &name);
    EngineCall *removeVolume(const QString &name, bool force = false);
    EngineCall *listVolumes(const QMap<QString, QStringList> &filters = {});
    EngineCall *listNetworks(const QMap<QString, QStringList> &filters = {});

    // Runs a command in a running container and captures stdout, stderr and the exit code.
    ExecJob *exec(const QString &container, const QStringList &cmd, const QStringList &env = {},
                  const QString &user = {});

    // GET: the tar stream of `path` is written to `sink` as it arrives.
    // PUT: `tarSource` (sequential or not) is streamed into the folder `path`.
    EngineCall *getArchive(const QString &container, const QString &path, QIODevice *sink);
    EngineCall *putArchive(const QString &container, const QString &path, QIODevice *tarSource);

    static QString encodeFilters(const QMap<QString, QStringList> &filters);

private:
    QString versioned(const QString &path) const;
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query, int idleTimeoutMs) const;
    EngineCall *wrap(QNetworkReply *reply, EngineCall::Mode mode, const QString &what);
    EngineCall *createNamed(const QByteArray &kind, const QString &name, const QByteArray &createPath,
                            const QJsonObject &body);

    EngineEndpoint m_endpoint;
    EngineNetworkAccessManager *m_nam = nullptr;
    ApiVersion m_api = ApiVersion::minimum();
    bool m_podman = false;
    bool m_connected = false;
    QString m_serverHeader;
};

} // namespace dd::docker
