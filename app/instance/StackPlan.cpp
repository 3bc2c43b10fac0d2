// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/StackPlan.h"

#include "instance/DatabaseProfile.h"
#include "instance/InstanceSpec.h"
#include "instance/ResolvedSecrets.h"
#include "instance/StackLabels.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace std::chrono_literals;

namespace dd::instance {

namespace {

using Labels = QMap<QString, QString>;
using docker::ContainerSpec;

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

const QString kDatabase = QStringLiteral("database");
const QString kCache = QStringLiteral("cache");
const QString kDirectus = QStringLiteral("directus");

Labels commonLabels(const InstanceSpec &spec)
{
    return {{kProjectLabel, spec.name},
            {str("com.docker.compose.version"), StackPlan::composeVersion()},
            {kInstanceLabel, spec.id}};
}

QString volumeName(const InstanceSpec &spec, const QString &key)
{
    return spec.name + QLatin1Char('_') + key;
}

QString volumeName(const InstanceSpec &spec, const StorageChoice &storage, const QString &key)
{
    return storage.volumeName.isEmpty() ? volumeName(spec, key) : storage.volumeName;
}

QString networkKey(const InstanceSpec &spec)
{
    return spec.networkKey.isEmpty() ? str("default") : spec.networkKey;
}

// The parts of a plan that carry secrets. Built twice: once with the real secrets for the
// engine, once with placeholders for the config-hash, so the hash neither reveals a secret
// nor changes when one is rotated.
struct Services
{
    QList<StackPlan::Container> containers;
    EnvPlan env;
};

ContainerSpec::Mount storageMount(const InstanceSpec &spec, const StorageChoice &storage, const QString &key,
                                  const QString &target)
{
    // Mounts, not Binds, for folders: Binds would quietly create a missing folder owned by root,
    // which the node user cannot write to. The app creates and chowns them first.
    if (storage.kind == StorageChoice::Kind::HostFolder)
        return {ContainerSpec::Mount::Type::Bind, storage.hostPath, target, false};
    return {ContainerSpec::Mount::Type::Volume, volumeName(spec, storage, key), target, false};
}

StackPlan::Container baseContainer(const InstanceSpec &spec, const QString &service, const QString &instanceFolder,
                                   const QString &dependsOn)
{
    StackPlan::Container c;
    c.service = service;
    c.name = spec.name + QLatin1Char('-') + service + QStringLiteral("-1");
    c.spec.labels = commonLabels(spec);
    c.spec.labels.insert(kServiceLabel, service);
    c.spec.labels.insert(kOneOffLabel, str("False"));
    c.spec.labels.insert(str("com.docker.compose.container-number"), str("1"));
    c.spec.labels.insert(str("com.docker.compose.project.working_dir"), instanceFolder);
    c.spec.labels.insert(str("com.docker.compose.project.config_files"), instanceFolder + QStringLiteral("/docker-compose.yml"));
    c.spec.labels.insert(kDependsOnLabel, dependsOn);
    c.spec.labels.insert(kAppServiceLabel, service);
    c.spec.restartPolicy = str("unless-stopped");
    c.spec.networks = {{spec.name + QLatin1Char('_') + networkKey(spec), {service}}};  // the alias is how DB_HOST=database resolves
    return c;
}

Services buildServices(const InstanceSpec &spec, const ResolvedSecrets &secrets, const QString &instanceFolder)
{
    Services out;
    out.env = EnvRules::apply(spec, secrets);
    const DatabaseProfile profile = DatabaseProfile::of(spec.databaseKind);
    const bool hasDatabase = profile.runsContainer;

    if (hasDatabase) {
        StackPlan::Container db = baseContainer(spec, kDatabase, instanceFolder, {});
        db.spec.image = spec.effectiveDatabaseImage();
        const DatabaseConnection connection = EnvRules::connectionFor(spec, secrets);
        db.spec.env = toEnvStrings(profile.containerEnv(connection));
        db.spec.cmd = profile.containerCmd() + out.env.databaseArgs;
        db.spec.mounts = {storageMount(spec, spec.databaseServerStorage, str("db-data"), profile.dataPath)};
        db.spec.healthcheck = profile.healthcheck();
        db.waitFor = {StackPlan::WaitFor::Kind::Healthy, {}};
        db.execWhenReady = profile.initExec(connection);
        out.containers.append(db);
    }

    if (spec.redisCache) {
        StackPlan::Container cache = baseContainer(spec, kCache, instanceFolder, {});
        cache.spec.image = spec.cacheImage;
        // The image declares VOLUME /data; naming it keeps anonymous volumes from piling up.
        cache.spec.mounts = {{ContainerSpec::Mount::Type::Volume, volumeName(spec, str("cache-data")), str("/data"), false}};
        ContainerSpec::Healthcheck h;
        h.test = {str("CMD"), str("redis-cli"), str("ping")};
        h.interval = 5s;
        h.timeout = 3s;
        h.retries = 10;
        h.startPeriod = 5s;
        h.startInterval = 1s;
        cache.spec.healthcheck = h;
        cache.waitFor = {StackPlan::WaitFor::Kind::Running, {}};
        out.containers.append(cache);
    }

    QStringList dependsOn;
    if (hasDatabase)
        dependsOn << kDatabase + QStringLiteral(":service_healthy:false");
    if (spec.redisCache)
        dependsOn << kCache + QStringLiteral(":service_started:false");
    StackPlan::Container directus = baseContainer(spec, kDirectus, instanceFolder, dependsOn.join(QLatin1Char(',')));
    directus.spec.image = spec.directusImage();
    directus.spec.env = toEnvStrings(out.env.directusEnv);
    // The image's CMD is shell form, so PID 1 would be a shell that does not reap or forward signals.
    directus.spec.init = true;
    directus.spec.ports = {{str("8055/tcp"), spec.bindAddress, QString::number(spec.hostPort)}};
    directus.spec.mounts.append(storageMount(spec, spec.uploadsStorage, str("uploads"), str("/directus/uploads")));
    if (spec.usesSqlite())
        directus.spec.mounts.append(storageMount(spec, spec.databaseStorage, str("database"), str("/directus/database")));
    directus.spec.mounts.append(storageMount(spec, spec.extensionsStorage, str("extensions"), str("/directus/extensions")));
    ContainerSpec::Healthcheck h;
    // /server/ping needs neither the database nor a login. Node asks it: node is in every
    // Directus image, while wget and a shell are not (the distroless -dhi images have neither).
    // Plain http.get keeps it working on Node 16 (the official 9.x image), which has no fetch().
    h.test = {str("CMD"), str("node"), str("-e"),
              str("require('http').get('http://127.0.0.1:8055/server/ping', (r) => process.exit(r.statusCode === 200 ? 0 : 1))"
                  ".on('error', () => process.exit(1))")};
    h.interval = 10s;
    h.timeout = 5s;
    h.retries = 5;
    // A first start runs every migration; it must never be taken for a hang (directus#20592).
    h.startPeriod = 120s;
    h.startInterval = 2s;
    directus.spec.healthcheck = h;
    directus.waitFor = {StackPlan::WaitFor::Kind::HttpPing, str("/server/ping")};
    out.containers.append(directus);
    return out;
}

QString configHash(const ContainerSpec &spec)
{
    const QJsonObject body = spec.toCreateBody(docker::ApiVersion::minimum()).json;
    const QByteArray canonical = QJsonDocument(body).toJson(QJsonDocument::Compact);  // QJsonObject keys are sorted
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QJsonObject labelsJson(const Labels &labels)
{
    QJsonObject o;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString waitKind(StackPlan::WaitFor::Kind kind)
{
    switch (kind) {
    case StackPlan::WaitFor::Kind::Running: return str("running");
    case StackPlan::WaitFor::Kind::Healthy: return str("healthy");
    case StackPlan::WaitFor::Kind::HttpPing: return str("http");
    }
    return {};
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return str("info");
    case Severity::Warning: return str("warning");
    case Severity::Error: return str("error");
    }
    return {};
}

} // namespace

QString StackPlan::composeVersion()
{
    return QStringLiteral("2.20.0");
}

StackPlan StackPlan::make(const InstanceSpec &spec, const ResolvedSecrets &secrets, const QString &instanceFolder)
{
    StackPlan plan;
    plan.project = spec.name;
    plan.network.key = networkKey(spec);
    plan.network.name = spec.name + QLatin1Char('_') + plan.network.key;
    plan.network.labels = commonLabels(spec);
    plan.network.labels.insert(str("com.docker.compose.network"), plan.network.key);

    Services real = buildServices(spec, secrets, instanceFolder);
    const Services hashed = buildServices(spec, ResolvedSecrets::placeholders(), instanceFolder);
    for (qsizetype i = 0; i < real.containers.size(); ++i)
        real.containers[i].spec.labels.insert(kConfigHashLabel, configHash(hashed.containers[i].spec));
    plan.containers = real.containers;
    plan.notes = real.env.notes;

    // Volumes and folders in the order the containers mount them, each once.
    for (const Container &c : std::as_const(plan.containers)) {
        for (const ContainerSpec::Mount &m : c.spec.mounts) {
            if (m.type == ContainerSpec::Mount::Type::Bind) {
                QStringList &folders = c.service == kDatabase ? plan.serverOwnedFolders : plan.needsOwnershipFix;
                if (!folders.contains(m.source))
                    folders.append(m.source);
                continue;
            }
            // A kept volume of another naming ("external" in the user's file) is its own key.
            const QString prefix = spec.name + QLatin1Char('_');
            const QString key = m.source.startsWith(prefix) ? m.source.mid(prefix.size()) : m.source;
            Volume v{key, m.source, commonLabels(spec)};
            v.labels.insert(str("com.docker.compose.volume"), key);
            plan.volumes.append(v);
        }
    }
    return plan;
}

const StackPlan::Container *StackPlan::container(const QString &service) const
{
    for (const Container &c : containers) {
        if (c.service == service)
            return &c;
    }
    return nullptr;
}

QJsonObject StackPlan::toJson(docker::ApiVersion api) const
{
    QJsonArray volumesJson;
    for (const Volume &v : volumes)
        volumesJson.append(QJsonObject{{str("key"), v.key}, {str("name"), v.name}, {str("labels"), labelsJson(v.labels)}});
    QJsonArray containersJson;
    for (const Container &c : containers) {
        const ContainerSpec::CreateBody body = c.spec.toCreateBody(api);
        QJsonArray later;
        for (const ContainerSpec::Network &n : body.networksToConnectAfterCreate)
            later.append(n.name);
        QJsonObject wait{{str("kind"), waitKind(c.waitFor.kind)}};
        if (!c.waitFor.path.isEmpty())
            wait.insert(str("path"), c.waitFor.path);
        containersJson.append(QJsonObject{{str("service"), c.service},
                                          {str("name"), c.name},
                                          {str("waitFor"), wait},
                                          {str("createBody"), body.json},
                                          {str("connectAfterCreate"), later},
                                          {str("execWhenReady"), QJsonArray::fromStringList(c.execWhenReady)}});
    }
    QJsonArray notesJson;
    for (const EnvNote &n : notes)
        notesJson.append(QJsonObject{{str("severity"), severityName(n.severity)}, {str("sentence"), n.sentence}});
    QJsonObject json{{str("project"), project},
                     {str("network"), QJsonObject{{str("name"), network.name}, {str("labels"), labelsJson(network.labels)}}},
                     {str("volumes"), volumesJson},
                     {str("containers"), containersJson},
                     {str("needsOwnershipFix"), QJsonArray::fromStringList(needsOwnershipFix)},
                     {str("notes"), notesJson}};
    if (!serverOwnedFolders.isEmpty())  // only taken-over stacks have one; the other golden files stay as they are
        json.insert(str("serverOwnedFolders"), QJsonArray::fromStringList(serverOwnedFolders));
    return json;
}

} // namespace dd::instance
