// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/EnvRules.h"

#include "docker/ImageReference.h"
#include "instance/DatabaseProfile.h"
#include "instance/InstanceSpec.h"
#include "instance/InstanceTr.h"
#include "instance/ResolvedSecrets.h"

#include <optional>

namespace dd::instance {

namespace {

using V = DirectusVersion;

// [from, until): an empty bound is open. `never` marks a feature a line does not have at all.
struct Range
{
    std::optional<V> from;
    std::optional<V> until;
    bool never = false;

    bool contains(const V &v) const
    {
        if (never)
            return false;
        return (!from || v >= *from) && (!until || v < *until);
    }
};

struct FeatureRow
{
    EnvFeature feature;
    Range upstream;
    Range fork;  // the fork continues 9.x: its numbers say nothing about upstream's changes
};

const QList<FeatureRow> &featureTable()
{
    static const QList<FeatureRow> table{
        // PR #22320 (April 2024) made KEY optional; setting it later is harmless.
        {EnvFeature::KeyRequired, {{}, V::exact(10, 11, 0)}, {}},
        {EnvFeature::LegacyCacheRedis, {{}, V::exact(10, 4, 0)}, {}},
        {EnvFeature::SharedRedis, {V::exact(10, 4, 0), {}}, {{}, {}, true}},
        // vm2 gave way to isolated-vm: upstream 10.6.0, fork 10.3.0.
        {EnvFeature::FlowsExecModules, {{}, V::exact(10, 6, 0)}, {{}, V::exact(10, 3, 0)}},
        {EnvFeature::AdminToken, {V::exact(10, 0, 0), {}}, {{}, {}, true}},
        {EnvFeature::AdminNeedsEmailAndPassword, {V::exact(11, 13, 0), {}}, {{}, {}, true}},
        {EnvFeature::AbsolutePublicUrlRequired, {V::exact(12, 0, 0), {}}, {{}, {}, true}},
        // 11.0 moved to mysql2, which speaks caching_sha2_password.
        {EnvFeature::LegacyMysqlDriver, {{}, V::exact(11, 0, 0)}, {}},
    };
    return table;
}

struct ChangeRow
{
    ProductLine line;
    V since;
    Severity severity;
    const char *sentence;
};

const QList<ChangeRow> &changeTable()
{
    static const QList<ChangeRow> table{
        {ProductLine::Directus, V::exact(10, 0, 0), Severity::Warning,
         QT_TRANSLATE_NOOP("Instance", "Directus 10.0 changes the licence from GPLv3 to the Business Source License "
                                       "1.1: free for organisations under USD 5 million in total finances, a paid "
                                       "licence above that.")},
        {ProductLine::Directus, V::exact(10, 2, 0), Severity::Info,
         QT_TRANSLATE_NOOP("Instance", "From Directus 10.2 only administrators can see the version number.")},
        {ProductLine::Directus, V::exact(10, 4, 0), Severity::Info,
         QT_TRANSLATE_NOOP("Instance", "Crossing 10.4 renames the Redis variables (CACHE_REDIS becomes REDIS) and "
                                       "drops Memcached; Directus Desktop migrates its own, check any you added.")},
        {ProductLine::Directus, V::exact(10, 6, 0), Severity::Warning,
         QT_TRANSLATE_NOOP("Instance", "From Directus 10.6 Flows scripts cannot load npm modules and "
                                       "FLOWS_EXEC_ALLOWED_MODULES is gone; move such code into an operation "
                                       "extension.")},
        {ProductLine::Directus, V::exact(10, 10, 0), Severity::Warning,
         QT_TRANSLATE_NOOP("Instance", "Directus 10.10 ignores the old per-type extension folders and moves "
                                       "migrations and email templates out of the extensions folder; while old "
                                       "folders remain, no extension loads.")},
        {ProductLine::Directus, V::exact(11, 0, 0), Severity::Warning,
         QT_TRANSLATE_NOOP("Instance", "Directus 11.0 replaces role permissions with policies (migrated "
                                       "automatically) and switches to the mysql2 driver; check custom extensions "
                                       "against the new permissions.")},
        // Directus 11.4 release notes: the images and engines.node move to Node 22.
        {ProductLine::Directus, V::exact(11, 4, 0), Severity::Warning,
         QT_TRANSLATE_NOOP("Instance", "Directus 11.4 runs on Node.js 22: extensions with native parts built for an "
                                       "older Node.js may not load until they are rebuilt.")},
        // Directus 11.7 release notes: MySQL 5.7 is no longer supported.
        {ProductLine::Directus, V::exact(11, 7, 0), Severity::Warning,
         QT_TRANSLATE_NOOP("Instance", "From Directus 11.7 MySQL 5.7 is no longer supported: move the database to "
                                       "MySQL 8 first. Instances Directus Desktop made use MySQL 8, MariaDB, "
                                       "PostgreSQL or SQLite.")},
        {ProductLine::Directus, V::exact(11, 13, 0), Severity::Info,
         QT_TRANSLATE_NOOP("Instance", "From Directus 11.13 a new project without an admin shows an onboarding "
                                       "screen; existing projects are not affected.")},
        {ProductLine::Directus, V::exact(12, 0, 0), Severity::Warning,
         QT_TRANSLATE_NOOP("Instance", "Directus 12.0 changes the licence to MSCL 1.0 with a free Core tier and "
                                       "enforces it after a 30-day grace period; it needs an absolute PUBLIC_URL, "
                                       "which Directus Desktop sets.")},
        // 12.0 breaking changes: IP_TRUST_PROXY now defaults to false.
        {ProductLine::Directus, V::exact(12, 0, 0), Severity::Info,
         QT_TRANSLATE_NOOP("Instance", "From Directus 12.0 IP_TRUST_PROXY is off by default: behind a reverse proxy, "
                                       "set IP_TRUST_PROXY in the extra environment so that client addresses and "
                                       "rate limits stay right. A local instance needs nothing.")},
        // 12.1 release notes: the official image is hardened, without npm and npx.
        {ProductLine::Directus, V::exact(12, 1, 0), Severity::Warning,
         QT_TRANSLATE_NOOP("Instance", "From Directus 12.1 the official image has no npm and no npx: a custom image "
                                       "that runs them on top of it must install its packages in a build stage. "
                                       "Directus Desktop itself needs neither.")},
        {ProductLine::Directus9Fork, V::exact(10, 3, 0), Severity::Warning,
         QT_TRANSLATE_NOOP("Instance", "From directus9 10.3 Flows scripts run in isolated-vm and cannot load npm "
                                       "modules.")},
    };
    return table;
}

EnvVar var(const char *key, const QString &value)
{
    return {QString::fromLatin1(key), value};
}

QString trueFalse(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

bool extraEnvSets(const InstanceSpec &spec, QStringView key)
{
    for (const EnvVar &v : spec.extraEnv) {
        if (v.key == key || v.key == key.toString() + QStringLiteral("_FILE"))
            return true;
    }
    return false;
}

} // namespace

DatabaseConnection EnvRules::connectionFor(const InstanceSpec &spec, const ResolvedSecrets &secrets)
{
    if (spec.databaseKind != DatabaseKind::External) {
        DatabaseConnection c = DatabaseProfile::of(spec.databaseKind).defaultConnection(secrets.dbPassword, secrets.dbRootPassword);
        // For SQLite, `database` is the file's name in /directus/database.
        // SQL Server and CockroachDB have fixed logins (sa, root); the others take the kept names.
        const bool namedLogin = spec.databaseKind != DatabaseKind::MsSql && spec.databaseKind != DatabaseKind::CockroachDb;
        if (!spec.databaseName.isEmpty())
            c.database = spec.databaseName;
        if (namedLogin && !spec.databaseUser.isEmpty())
            c.user = spec.databaseUser;
        return c;
    }
    const DatabaseProfile client = DatabaseProfile::of(spec.external.client);
    DatabaseConnection c;
    c.host = spec.external.host;
    c.port = spec.external.port > 0 ? spec.external.port : client.port;
    c.database = spec.external.database;
    c.user = spec.external.user;
    c.password = secrets.dbPassword;
    return c;
}

bool EnvRules::has(EnvFeature feature, ProductLine line, const DirectusVersion &version)
{
    for (const FeatureRow &row : featureTable()) {
        if (row.feature == feature)
            return (line == ProductLine::Directus ? row.upstream : row.fork).contains(version);
    }
    return false;
}

EnvPlan EnvRules::apply(const InstanceSpec &spec, const ResolvedSecrets &secrets)
{
    EnvPlan plan;
    const std::optional<V> parsed = spec.version();
    const V version = parsed.value_or(V::latest());
    const ProductLine line = spec.productLine;
    auto feature = [&](EnvFeature f) { return has(f, line, version); };

    if (!parsed) {
        plan.notes.append({Severity::Warning,
                           Tr::tr("The tag “%1” is not a version number, so Directus Desktop assumes the newest "
                                  "Directus rules.").arg(spec.imageTag)});
    } else if (version.isLatest()) {
        plan.notes.append({Severity::Warning,
                           Tr::tr("The tag “latest” can bring a new major version with breaking changes on any "
                                  "pull; pick a version for a project you keep.")});
    } else if (version.isFloating()) {
        plan.notes.append({Severity::Info,
                           Tr::tr("The tag “%1” follows the newest %1.x release: a pull may upgrade Directus, and "
                                  "the rules of that newest release apply.").arg(version.toString())});
    }

    QList<EnvVar> &env = plan.directusEnv;
    // KEY is only required by older versions, but setting it is harmless and keeps a downgrade
    // or a switch to the fork working.
    env.append(var("KEY", secrets.key));
    env.append(var("SECRET", secrets.secret));  // unset, a random one per start would log everyone out
    env.append(var("PUBLIC_URL", spec.effectivePublicUrl()));

    const DatabaseProfile profile =
        DatabaseProfile::of(spec.databaseKind == DatabaseKind::External ? spec.external.client : spec.databaseKind);
    env.append(profile.directusEnv(EnvRules::connectionFor(spec, secrets)));

    if (spec.redisCache) {
        const QString url = QStringLiteral("redis://cache:6379");
        env.append(var("CACHE_ENABLED", QStringLiteral("true")));
        env.append(var("CACHE_STORE", QStringLiteral("redis")));
        env.append(var(feature(EnvFeature::SharedRedis) ? "REDIS" : "CACHE_REDIS", url));
    }

    if (!spec.adminEmail.isEmpty()) {
        env.append(var("ADMIN_EMAIL", spec.adminEmail));
        env.append(var("ADMIN_PASSWORD", secrets.adminPassword));
        if (feature(EnvFeature::AdminNeedsEmailAndPassword)) {
            plan.notes.append({Severity::Info,
                               Tr::tr("From Directus 11.13 the first admin is created only when both an email and "
                                      "a password are given; Directus Desktop sets both.")});
        }
    } else if (feature(EnvFeature::AdminNeedsEmailAndPassword)) {
        plan.notes.append({Severity::Warning,
                           Tr::tr("Without an admin email no admin is created: Directus shows its onboarding "
                                  "screen on the first visit instead.")});
    } else {
        plan.notes.append({Severity::Warning,
                           Tr::tr("Without an admin email Directus creates admin@example.com with a random "
                                  "password printed once in its log.")});
    }

    if (!spec.telemetry)
        env.append(var("TELEMETRY", QStringLiteral("false")));
    env.append(var("WEBSOCKETS_ENABLED", trueFalse(spec.websockets)));
    env.append(var("LOG_STYLE", QStringLiteral("raw")));  // one JSON object per line, which the log view parses

    if (extraEnvSets(spec, u"FLOWS_EXEC_ALLOWED_MODULES") && !feature(EnvFeature::FlowsExecModules)) {
        plan.notes.append({Severity::Warning,
                           Tr::tr("FLOWS_EXEC_ALLOWED_MODULES has no effect on this version: Flows scripts can no "
                                  "longer load npm modules. Use an operation extension instead.")});
    }
    if (extraEnvSets(spec, u"ADMIN_TOKEN") && !feature(EnvFeature::AdminToken)) {
        plan.notes.append({Severity::Warning, Tr::tr("ADMIN_TOKEN has no effect on this version.")});
    }
    for (const EnvVar &v : spec.extraEnv)
        env.append(v.secret ? EnvVar{v.key, secrets.envValue(v.key), true} : v);

    const bool mysqlServer = spec.databaseKind == DatabaseKind::MySql
        || (spec.databaseKind == DatabaseKind::External && spec.external.client == DatabaseKind::MySql);
    if (mysqlServer && feature(EnvFeature::LegacyMysqlDriver)) {
        if (spec.databaseKind == DatabaseKind::MySql) {
            plan.databaseArgs.append(QStringLiteral("--default-authentication-plugin=mysql_native_password"));
            const QString tag = docker::ImageReference::parse(spec.effectiveDatabaseImage()).tagOrLatest();
            if (!tag.startsWith(QLatin1String("8.0"))) {
                plan.notes.append({Severity::Warning,
                                   Tr::tr("This Directus version needs MySQL's mysql_native_password login, which "
                                          "MySQL 8.4 and later turn off. Use the mysql:8.0 image.")});
            }
        } else {
            plan.notes.append({Severity::Warning,
                               Tr::tr("This Directus version logs in to MySQL 8 only with mysql_native_password: "
                                      "make sure the server's user for Directus uses it.")});
        }
    }
    return plan;
}

QList<EnvNote> EnvRules::changesBetween(ProductLine line, const DirectusVersion &from, const DirectusVersion &to)
{
    QList<EnvNote> notes;
    if (to < from) {
        notes.append({Severity::Warning,
                      Tr::tr("Directus cannot go back to an older version on the same data: restore a backup made "
                             "with %1 instead.").arg(to.toString())});
        return notes;
    }
    for (const ChangeRow &row : changeTable()) {
        if (row.line == line && from < row.since && row.since <= to)
            notes.append({row.severity, Tr::tr(row.sentence)});
    }
    return notes;
}

bool EnvRules::isManagedKey(QStringView key)
{
    if (key.endsWith(QLatin1String("_FILE")))
        key.chop(5);
    static const QStringList exact{QStringLiteral("KEY"),
                                   QStringLiteral("SECRET"),
                                   QStringLiteral("PUBLIC_URL"),
                                   QStringLiteral("HOST"),
                                   QStringLiteral("PORT"),
                                   QStringLiteral("CACHE_ENABLED"),
                                   QStringLiteral("CACHE_STORE"),
                                   QStringLiteral("REDIS"),
                                   QStringLiteral("TELEMETRY"),
                                   QStringLiteral("WEBSOCKETS_ENABLED"),
                                   QStringLiteral("LOG_STYLE"),
                                   QStringLiteral("ADMIN_EMAIL"),
                                   QStringLiteral("ADMIN_PASSWORD")};
    // ADMIN_TOKEN stays the user's: Directus Desktop does not set one.
    static const QStringList prefixes{QStringLiteral("DB_"), QStringLiteral("CACHE_REDIS"),
                                      QStringLiteral("REDIS_")};
    for (const QString &k : exact) {
        if (key == k)
            return true;
    }
    for (const QString &p : prefixes) {
        if (key.startsWith(p))
            return true;
    }
    return false;
}

bool EnvRules::isSecretName(QStringView key)
{
    const QString upper = key.toString().toUpper();
    static const QStringList settingSuffixes{
        QStringLiteral("_TTL"),    QStringLiteral("_URL"),       QStringLiteral("_ALLOW_LIST"),
        QStringLiteral("_POLICY"), QStringLiteral("_SECURE"),    QStringLiteral("_NAME"),
        QStringLiteral("_DOMAIN"), QStringLiteral("_SAME_SITE"), QStringLiteral("_MODE"),
        QStringLiteral("_ENABLED"), QStringLiteral("_LENGTH")};
    for (const QString &suffix : settingSuffixes) {
        if (upper.endsWith(suffix))
            return false;
    }
    return upper == QLatin1String("KEY") || upper.endsWith(QLatin1String("_KEY"))
        || upper.contains(QLatin1String("PASSWORD")) || upper.contains(QLatin1String("SECRET"))
        || upper.contains(QLatin1String("TOKEN"));
}

} // namespace dd::instance
