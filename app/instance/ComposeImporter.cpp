// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/ComposeImporter.h"

#include "docker/ImageReference.h"
#include "instance/DatabaseProfile.h"
#include "instance/EnvRules.h"
#include "instance/InstanceTr.h"
#include "instance/YamlUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace dd::instance {

namespace {

using yaml::text;

struct Context
{
    QMap<QString, QString> environment;
    QString composeDir;
    QStringList unset;
    QStringList notes;
    QString project;
    YAML::Node topVolumes;  // the file's top-level `volumes:` section

    // The engine's name of a volume the file calls `key`, as Compose names it.
    QString volumeName(const QString &key)
    {
        if (topVolumes && topVolumes.IsMap()) {
            const YAML::Node entry = topVolumes[yaml::s(key)];
            if (entry && entry.IsMap()) {
                const QString explicitName = ComposeImporter::interpolate(text(entry["name"]), environment, &unset);
                if (!explicitName.isEmpty())
                    return explicitName;
                const YAML::Node external = entry["external"];
                if (external && external.IsScalar() && text(external) == QLatin1String("true"))
                    return key;
                if (external && external.IsMap() && !text(external["name"]).isEmpty())
                    return text(external["name"]);
            }
        }
        return project + QLatin1Char('_') + key;
    }

    QString value(const YAML::Node &node) { return ComposeImporter::interpolate(text(node), environment, &unset); }
};

YAML::Node child(const YAML::Node &map, const char *key)
{
    if (map && map.IsMap()) {
        const YAML::Node n = map[key];
        if (n)
            return n;
    }
    return YAML::Node();
}

// Both forms: a map (KEY: value) or a list (- KEY=value).
QList<EnvVar> serviceEnv(const YAML::Node &service, Context &ctx)
{
    QList<EnvVar> env;
    const YAML::Node n = child(service, "environment");
    if (n.IsMap()) {
        for (const auto &kv : n)
            env.append({text(kv.first), ctx.value(kv.second)});
    } else if (n.IsSequence()) {
        for (const YAML::Node &item : n) {
            const QString entry = ctx.value(item);
            const qsizetype eq = entry.indexOf(QLatin1Char('='));
            if (eq < 0)
                env.append({entry, ctx.environment.value(entry)});  // "- KEY" takes the shell's value
            else
                env.append({entry.left(eq), entry.mid(eq + 1)});
        }
    }
    return env;
}

QString envValue(const QList<EnvVar> &env, const QString &key, bool *found = nullptr)
{
    for (const EnvVar &v : env) {
        if (v.key == key) {
            if (found)
                *found = true;
            return v.value;
        }
    }
    if (found)
        *found = false;
    return {};
}

struct Mount
{
    bool bind = false;
    QString source;  // an absolute folder for binds, the volume key otherwise
    QString target;
};

QString resolveFolder(const QString &path, const QString &composeDir)
{
    if (path.startsWith(QLatin1String("~/")))
        return QDir::cleanPath(QDir::homePath() + path.mid(1));
    return QDir::cleanPath(QDir(composeDir).absoluteFilePath(path));
}

QList<Mount> serviceMounts(const YAML::Node &service, Context &ctx)
{
    QList<Mount> mounts;
    for (const YAML::Node &item : child(service, "volumes")) {
        Mount m;
        if (item.IsMap()) {
            m.bind = ctx.value(child(item, "type")) == QLatin1String("bind");
            m.source = ctx.value(child(item, "source"));
            m.target = ctx.value(child(item, "target"));
        } else {
            const QStringList parts = ctx.value(item).split(QLatin1Char(':'));
            if (parts.size() < 2)
                continue;  // an anonymous volume: nothing to carry over
            m.source = parts.at(0);
            m.target = parts.at(1);
            m.bind = m.source.startsWith(QLatin1Char('.')) || m.source.startsWith(QLatin1Char('/'))
                || m.source.startsWith(QLatin1Char('~'));
        }
        if (m.bind)
            m.source = resolveFolder(m.source, ctx.composeDir);
        mounts.append(m);
    }
    return mounts;
}

struct Port
{
    QString hostIp;
    int hostPort = 0;
};

std::optional<Port> directusPort(const YAML::Node &service, Context &ctx)
{
    for (const YAML::Node &item : child(service, "ports")) {
        Port p;
        QString container;
        if (item.IsMap()) {
            container = ctx.value(child(item, "target"));
            p.hostIp = ctx.value(child(item, "host_ip"));
            p.hostPort = ctx.value(child(item, "published")).toInt();
        } else {
            QString spec = ctx.value(item);
            spec = spec.section(QLatin1Char('/'), 0, 0);  // drop "/tcp"
            static const QRegularExpression re(QStringLiteral(R"(^(?:(\[[^\]]*\]|[^:]*):)?(?:(\d*):)?(\d+)$)"));
            const QRegularExpressionMatch m = re.match(spec);
            if (!m.hasMatch())
                continue;
            p.hostIp = m.captured(1);
            if (p.hostIp.startsWith(QLatin1Char('[')))
                p.hostIp = p.hostIp.mid(1, p.hostIp.size() - 2);
            p.hostPort = m.captured(2).toInt();
            container = m.captured(3);
            if (m.captured(2).isEmpty() && !m.captured(1).isEmpty()) {
                // "8055:8055": the regex reads the first number as an address
                p.hostPort = p.hostIp.toInt();
                p.hostIp.clear();
            }
        }
        if (container == QLatin1String("8055"))
            return p;
    }
    return std::nullopt;
}

QString repositoryOf(const QString &image)
{
    QString repo = docker::ImageReference::parse(image).repository;
    for (const QString &prefix : {QStringLiteral("docker.io/library/"), QStringLiteral("docker.io/")}) {
        if (repo.startsWith(prefix))
            repo = repo.mid(prefix.size());
    }
    return repo;
}

std::optional<DatabaseKind> kindFromClient(const QString &client)
{
    if (client == QLatin1String("sqlite3"))
        return DatabaseKind::Sqlite;
    if (client == QLatin1String("pg") || client == QLatin1String("postgres"))
        return DatabaseKind::Postgres;
    if (client == QLatin1String("mysql") || client == QLatin1String("mysql2"))
        return DatabaseKind::MySql;
    if (client == QLatin1String("mssql"))
        return DatabaseKind::MsSql;
    if (client == QLatin1String("cockroachdb"))
        return DatabaseKind::CockroachDb;
    if (client == QLatin1String("oracledb"))
        return DatabaseKind::Oracle;
    return std::nullopt;
}

// The data stays where the file put it: its folder, or its volume under the volume's own name
// (only when that differs from the name the app would pick for `key`).
StorageChoice storageFor(const QList<Mount> &mounts, const QString &target, const QString &key, Context &ctx)
{
    for (const Mount &m : mounts) {
        if (m.target != target)
            continue;
        if (m.bind)
            return StorageChoice::folder(m.source);
        const QString name = ctx.volumeName(m.source);
        return name == ctx.project + QLatin1Char('_') + key ? StorageChoice{} : StorageChoice::volume(name);
    }
    return {};
}

// The first network the service joins; "" for Compose's "default".
QString networkKeyOf(const YAML::Node &service)
{
    const YAML::Node n = child(service, "networks");
    QString key;
    if (n.IsSequence() && n.size() > 0)
        key = text(n[0]);
    else if (n.IsMap() && n.size() > 0)
        key = text(n.begin()->first);
    return key == QLatin1String("default") ? QString() : key;
}

const QStringList &quietServiceOptions()
{
    // Options Directus Desktop sets itself, so dropping the file's version loses nothing.
    static const QStringList keys{QStringLiteral("image"),       QStringLiteral("environment"),
                                  QStringLiteral("ports"),       QStringLiteral("volumes"),
                                  QStringLiteral("depends_on"),  QStringLiteral("restart"),
                                  QStringLiteral("healthcheck"), QStringLiteral("labels"),
                                  QStringLiteral("init"),        QStringLiteral("networks"),
                                  QStringLiteral("container_name"), QStringLiteral("command")};
    return keys;
}

void noteOptions(const QString &service, const YAML::Node &node, Context &ctx)
{
    for (const auto &kv : node) {
        const QString key = text(kv.first);
        if (!quietServiceOptions().contains(key)) {
            ctx.notes.append(Tr::tr("The option “%1” of the service “%2” is not carried over.").arg(key, service));
        }
    }
}

} // namespace

QString ComposeImporter::projectNameFrom(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('-') || c == QLatin1Char('_'))
            out.append(c);
    }
    while (!out.isEmpty() && !out.at(0).isLetterOrNumber())
        out.remove(0, 1);
    return out;
}

QString ComposeImporter::interpolate(const QString &value, const QMap<QString, QString> &environment, QStringList *unset)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\$(?:(\$)|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*)))"));
    QString out;
    qsizetype last = 0;
    for (auto it = re.globalMatch(value); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += value.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        if (!m.captured(1).isEmpty()) {
            out += QLatin1Char('$');
            continue;
        }
        const QString name = m.captured(2).isEmpty() ? m.captured(5) : m.captured(2);
        const QString op = m.captured(3);
        const bool isSet = environment.contains(name);
        const QString v = environment.value(name);
        const bool useDefault = op.startsWith(QLatin1Char(':')) ? v.isEmpty() : !isSet;
        if (!op.isEmpty() && op.endsWith(QLatin1Char('-')) && useDefault) {
            out += m.captured(4);
            continue;
        }
        if (!isSet && unset && !unset->contains(name))
            unset->append(name);
        out += v;
    }
    return out + value.mid(last);
}

QMap<QString, QString> ComposeImporter::variablesFromContainers(const QByteArray &yamlText,
                                                               const QMap<QString, QMap<QString, QString>> &envByService)
{
    // Only a value that is one reference as a whole ("${DB_PASSWORD}", "$KEY", "${X:-default}")
    // tells which variable the container's value came from; "- NAME" passes the shell's NAME on.
    static const QRegularExpression whole(
        QStringLiteral(R"(^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?][^}]*)?\}|([A-Za-z_][A-Za-z0-9_]*))$)"));
    QMap<QString, QString> found;
    YAML::Node root;
    try {
        root = YAML::Load(yamlText.toStdString());
    } catch (const YAML::Exception &) {
        return found;  // importText() says what is wrong with the file
    }
    const YAML::Node services = child(root, "services");
    if (!services.IsMap())
        return found;
    for (const auto &entry : services) {
        const QString service = text(entry.first);
        if (!envByService.contains(service))
            continue;
        const QMap<QString, QString> &running = envByService[service];
        auto take = [&](const QString &key, const QString &raw) {
            const QRegularExpressionMatch m = whole.match(raw.trimmed());
            if (!m.hasMatch() || !running.contains(key))
                return;
            found.insert(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1), running.value(key));
        };
        const YAML::Node env = child(entry.second, "environment");
        if (env.IsMap()) {
            for (const auto &kv : env)
                take(text(kv.first), text(kv.second));
        } else if (env.IsSequence()) {
            for (const YAML::Node &item : env) {
                const QString line = text(item);
                const qsizetype eq = line.indexOf(QLatin1Char('='));
                if (eq < 0)
                    take(line, QLatin1Char('$') + line);
                else
                    take(line.left(eq), line.mid(eq + 1));
            }
        }
    }
    return found;
}

QMap<QString, QString> ComposeImporter::readEnvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseEnv(file.readAll());
}

QMap<QString, QString> ComposeImporter::parseEnv(const QByteArray &text)
{
    QMap<QString, QString> env;
    for (const QString &raw : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("export ")))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed();
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))) {
            value = value.mid(1, value.size() - 2);
        } else if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) {
            value = value.mid(1, value.size() - 2);
            QString unescaped;
            for (qsizetype i = 0; i < value.size(); ++i) {
                if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size()) {
                    const QChar n = value.at(++i);
                    unescaped += n == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : n;
                } else {
                    unescaped += value.at(i);
                }
            }
            value = unescaped;
        } else {
            const qsizetype hash = value.indexOf(QStringLiteral(" #"));
            if (hash >= 0)
                value = value.left(hash).trimmed();
        }
        env.insert(key, value);
    }
    return env;
}

QMap<QString, QString> ComposeImporter::shellEnvironment()
{
    QMap<QString, QString> env;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    const QStringList keys = system.keys();
    for (const QString &key : keys)
        env.insert(key, system.value(key));
    return env;
}

std::optional<ComposeImport> ComposeImporter::importFile(const QString &composePath, const QString &projectName,
                                                         const QMap<QString, QString> &environment, QString *error)
{
    QFile file(composePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = Tr::tr("The compose file %1 cannot be read: %2.")
                         .arg(QDir::toNativeSeparators(composePath), file.errorString());
        }
        return std::nullopt;
    }
    const QFileInfo info(composePath);
    QMap<QString, QString> env = readEnvFile(info.absolutePath() + QStringLiteral("/.env"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    const QString name = projectName.isEmpty() ? info.absoluteDir().dirName() : projectName;
    return importText(file.readAll(), info.absolutePath(), name, env, error);
}

std::optional<ComposeImport> ComposeImporter::importText(const QByteArray &yamlText, const QString &composeDir,
                                                         const QString &projectName,
                                                         const QMap<QString, QString> &environment, QString *error)
{
    const auto failed = [error](const QString &sentence) -> std::optional<ComposeImport> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    YAML::Node root;
    try {
        root = YAML::Load(yamlText.toStdString());
    } catch (const YAML::Exception &e) {
        return failed(Tr::tr("The compose file is not valid YAML: %1 at line %2, column %3.")
                          .arg(yaml::q(e.msg))
                          .arg(e.mark.line + 1)
                          .arg(e.mark.column + 1));
    }
    const YAML::Node services = child(root, "services");
    if (!services.IsMap() || services.size() == 0)
        return failed(Tr::tr("The file is not a compose file: it has no services."));

    try {
        Context ctx{environment, composeDir, {}, {}, projectNameFrom(projectName), child(root, "volumes")};
        ComposeImport result;
        InstanceSpec &spec = result.spec;
        spec = InstanceSpec::create(ctx.project);

        for (const auto &kv : root) {
            const QString key = text(kv.first);
            if (key != QLatin1String("version") && key != QLatin1String("services") && key != QLatin1String("volumes")
                && key != QLatin1String("networks") && key != QLatin1String("name")) {
                ctx.notes.append(Tr::tr("The top-level section “%1” is not carried over.").arg(key));
            }
        }

        // Which service is which: Directus by its image, the database by DB_HOST, the cache by its image.
        QString directusName;
        for (const auto &kv : services) {
            const QString repo = repositoryOf(ctx.value(child(kv.second, "image")));
            if (repo == imageRepository(ProductLine::Directus) || repo == imageRepository(ProductLine::Directus9Fork)) {
                directusName = text(kv.first);
                break;
            }
        }
        if (directusName.isEmpty())
            return failed(Tr::tr("The compose file has no service running a Directus image."));
        const YAML::Node directus = services[yaml::s(directusName)];
        const QString directusImage = ctx.value(child(directus, "image"));
        const docker::ImageReference ref = docker::ImageReference::parse(directusImage);
        spec.productLine = repositoryOf(directusImage) == imageRepository(ProductLine::Directus9Fork)
            ? ProductLine::Directus9Fork
            : ProductLine::Directus;
        spec.imageTag = ref.tagOrLatest();
        if (!ref.digest.isEmpty())
            ctx.notes.append(Tr::tr("The image digest %1 is not kept; the tag “%2” is used.").arg(ref.digest, spec.imageTag));

        const QList<EnvVar> env = serviceEnv(directus, ctx);
        QStringList quietServices{directusName};

        // Database
        const QString client = envValue(env, QStringLiteral("DB_CLIENT"));
        std::optional<DatabaseKind> kind = kindFromClient(client);
        if (!kind) {
            ctx.notes.append(Tr::tr("DB_CLIENT “%1” is not known; Directus Desktop proposes SQLite.").arg(client));
            kind = DatabaseKind::Sqlite;
        }
        const QString dbHost = envValue(env, QStringLiteral("DB_HOST"));
        QString dbServiceName;
        for (const auto &kv : services) {
            const QString name = text(kv.first);
            if (name != directusName && (name == dbHost || ctx.value(child(kv.second, "container_name")) == dbHost))
                dbServiceName = name;
        }
        result.secrets.dbPassword = envValue(env, QStringLiteral("DB_PASSWORD"));
        if (*kind != DatabaseKind::Sqlite && !dbServiceName.isEmpty()) {
            quietServices.append(dbServiceName);
            const YAML::Node db = services[yaml::s(dbServiceName)];
            const QString image = ctx.value(child(db, "image"));
            if (*kind == DatabaseKind::MySql && repositoryOf(image).contains(QLatin1String("mariadb")))
                kind = DatabaseKind::MariaDb;
            spec.databaseKind = *kind;
            const DatabaseProfile profile = DatabaseProfile::of(*kind);
            if (image != profile.defaultImage)
                spec.databaseImage = image;
            const QList<EnvVar> dbEnv = serviceEnv(db, ctx);
            // The file's user already agreed to Microsoft's terms by writing ACCEPT_EULA=Y.
            spec.msSqlEulaAccepted = *kind == DatabaseKind::MsSql
                && envValue(dbEnv, QStringLiteral("ACCEPT_EULA")).compare(QLatin1String("Y"), Qt::CaseInsensitive) == 0;
            for (const char *k : {"MYSQL_ROOT_PASSWORD", "MARIADB_ROOT_PASSWORD"}) {
                bool found = false;
                const QString v = envValue(dbEnv, QString::fromLatin1(k), &found);
                if (found)
                    result.secrets.dbRootPassword = v;
            }
            if (result.secrets.dbPassword.isEmpty()) {
                for (const char *k : {"POSTGRES_PASSWORD", "MYSQL_PASSWORD", "MARIADB_PASSWORD", "MSSQL_SA_PASSWORD"}) {
                    if (const QString v = envValue(dbEnv, QString::fromLatin1(k)); !v.isEmpty())
                        result.secrets.dbPassword = v;
                }
            }
            // The server already holds the data under the file's database and user names: keep them.
            const DatabaseConnection expected = profile.defaultConnection({}, {});
            const QString user = envValue(env, QStringLiteral("DB_USER"));
            const QString database = envValue(env, QStringLiteral("DB_DATABASE"));
            if (!database.isEmpty() && database != expected.database)
                spec.databaseName = database;
            if (!user.isEmpty() && user != expected.user && *kind != DatabaseKind::MsSql)
                spec.databaseUser = user;
            for (const Mount &m : serviceMounts(db, ctx)) {
                if (m.target != profile.dataPath)
                    continue;
                if (m.bind) {
                    spec.databaseServerStorage = StorageChoice::folder(m.source);
                } else if (const QString name = ctx.volumeName(m.source); name != spec.name + QStringLiteral("_db-data")) {
                    spec.databaseServerStorage = StorageChoice::volume(name);
                }
            }
            noteOptions(dbServiceName, db, ctx);
        } else if (*kind != DatabaseKind::Sqlite) {
            spec.databaseKind = DatabaseKind::External;
            spec.external.client = *kind;
            spec.external.host = dbHost;
            const int port = envValue(env, QStringLiteral("DB_PORT")).toInt();
            spec.external.port = port == DatabaseProfile::of(*kind).port ? 0 : port;
            spec.external.database = envValue(env, QStringLiteral("DB_DATABASE"));
            spec.external.user = envValue(env, QStringLiteral("DB_USER"));
        }

        // Cache: a Redis service the Directus env points at or that simply runs next to it.
        for (const auto &kv : services) {
            const QString name = text(kv.first);
            const QString image = ctx.value(child(kv.second, "image"));
            if (!quietServices.contains(name) && repositoryOf(image) == QLatin1String("redis") && !spec.redisCache) {
                spec.redisCache = true;
                spec.cacheImage = image;
                quietServices.append(name);
                noteOptions(name, kv.second, ctx);
            }
        }
        for (const auto &kv : services) {
            const QString name = text(kv.first);
            if (!quietServices.contains(name))
                ctx.notes.append(Tr::tr("The service “%1” is not carried over.").arg(name));
        }

        result.secrets.key = envValue(env, QStringLiteral("KEY"));
        result.secrets.secret = envValue(env, QStringLiteral("SECRET"));
        result.secrets.adminPassword = envValue(env, QStringLiteral("ADMIN_PASSWORD"));
        spec.adminEmail = envValue(env, QStringLiteral("ADMIN_EMAIL"));
        spec.websockets = envValue(env, QStringLiteral("WEBSOCKETS_ENABLED")) == QLatin1String("true");
        spec.telemetry = envValue(env, QStringLiteral("TELEMETRY")) == QLatin1String("true");

        if (const std::optional<Port> port = directusPort(directus, ctx)) {
            if (port->hostPort > 0)
                spec.hostPort = port->hostPort;
            if (port->hostIp.isEmpty() || port->hostIp == QLatin1String("0.0.0.0")
                || port->hostIp == QLatin1String("::")) {
                ctx.notes.append(Tr::tr("The file publishes Directus on every network address; Directus Desktop "
                                        "proposes 127.0.0.1 so only this computer can reach it."));
            } else {
                spec.bindAddress = port->hostIp;
            }
        } else {
            ctx.notes.append(Tr::tr("The file does not publish port 8055; Directus Desktop publishes it on %1:%2.")
                                 .arg(spec.bindAddress)
                                 .arg(spec.hostPort));
        }
        const QString publicUrl = envValue(env, QStringLiteral("PUBLIC_URL"));
        if (publicUrl != spec.effectivePublicUrl())
            spec.publicUrl = publicUrl;

        const QList<Mount> mounts = serviceMounts(directus, ctx);
        spec.uploadsStorage = storageFor(mounts, QStringLiteral("/directus/uploads"), QStringLiteral("uploads"), ctx);
        QString sqliteFolder = QStringLiteral("/directus/database");
        if (spec.usesSqlite()) {
            // The SQLite file stays the file it is: its folder's mount becomes the database
            // storage (mounted at /directus/database) and its name is kept.
            const QString file = QDir::cleanPath(envValue(env, QStringLiteral("DB_FILENAME")));
            const QString folder = QFileInfo(file).path();
            bool mounted = false;
            for (const Mount &m : mounts)
                mounted = mounted || QDir::cleanPath(m.target) == folder;
            if (!file.isEmpty() && file != QLatin1String(".") && !mounted) {
                result.blockers.append(Tr::tr("The SQLite file %1 is inside the Directus container, not in a volume "
                                              "or folder of the file, so replacing the container would lose it. Mount "
                                              "%2 as a volume or folder, restart the stack once, then take it over.")
                                           .arg(file, folder));
            } else if (!file.isEmpty() && file != QLatin1String(".")) {
                sqliteFolder = folder;
                const QString name = QFileInfo(file).fileName();
                if (name != QLatin1String("database.sqlite"))
                    spec.databaseName = name;
            }
        }
        spec.databaseStorage = storageFor(mounts, sqliteFolder, QStringLiteral("database"), ctx);
        spec.extensionsStorage =
            storageFor(mounts, QStringLiteral("/directus/extensions"), QStringLiteral("extensions"), ctx);
        for (const Mount &m : mounts) {
            if (m.target != QLatin1String("/directus/uploads") && m.target != QLatin1String("/directus/database")
                && m.target != QLatin1String("/directus/extensions") && !(spec.usesSqlite() && m.target == sqliteFolder)) {
                ctx.notes.append(Tr::tr("The mount of %1 at %2 is not carried over.").arg(m.source, m.target));
            }
        }
        noteOptions(directusName, directus, ctx);
        // The short form of depends_on only orders the starts; it does not wait for the database.
        if (!dbServiceName.isEmpty() && child(directus, "depends_on").IsSequence()) {
            ctx.notes.append(Tr::tr("The file starts Directus without waiting for the database to be ready, so the "
                                    "first start can fail; Directus Desktop starts Directus once the database "
                                    "answers."));
        }
        QStringList fixedNames;
        for (const auto &kv : services) {
            // A default yaml-cpp node is "defined" (Null): ask for a value, not for the node.
            if (quietServices.contains(text(kv.first)) && child(kv.second, "container_name").IsScalar())
                fixedNames.append(ctx.value(child(kv.second, "container_name")));
        }
        if (!fixedNames.isEmpty()) {
            // Fixed names collide as soon as a second stack from the same guide runs.
            ctx.notes.append(Tr::tr("The containers are named %1-<service>-1 instead of %2, so a second stack made "
                                    "from the same file cannot collide with this one.")
                                 .arg(spec.name, fixedNames.join(QStringLiteral(", "))));
        }
        bool telemetrySet = false;
        envValue(env, QStringLiteral("TELEMETRY"), &telemetrySet);
        if (!telemetrySet)
            ctx.notes.append(Tr::tr("The file does not set TELEMETRY, so Directus would send telemetry; Directus "
                                    "Desktop turns it off."));
        spec.networkKey = networkKeyOf(directus);

        // Everything not managed is the user's extra env; managed values that differ from what the
        // rules would write are reported, never dropped silently.
        QMap<QString, QString> applied;
        for (const EnvVar &v : EnvRules::apply(spec, result.secrets).directusEnv)
            applied.insert(v.key, v.value);
        for (const EnvVar &v : env) {
            if (!EnvRules::isManagedKey(v.key)) {
                // A password or token the user added (SMTP_PASSWORD, a storage secret) goes to the
                // secret store with the others; the instance file only names it.
                if (EnvRules::isSecretName(v.key) && !v.value.isEmpty()) {
                    result.secrets.env.insert(v.key, v.value);
                    spec.extraEnv.append({v.key, QString(), true});
                } else {
                    spec.extraEnv.append(v);
                }
                continue;
            }
            const bool cacheKey = v.key == QLatin1String("CACHE_REDIS") || v.key == QLatin1String("REDIS");
            if (cacheKey && spec.redisCache) {
                // The rules pick the name this version reads; the guide's name is one it ignores.
                const std::optional<DirectusVersion> version = spec.version();
                if (v.key == QLatin1String("CACHE_REDIS") && version
                    && EnvRules::has(EnvFeature::SharedRedis, spec.productLine, *version)) {
                    ctx.notes.append(Tr::tr("Directus %1 ignores CACHE_REDIS (renamed REDIS in 10.4), so this stack "
                                            "looked for Redis on its own container and never found it; Directus "
                                            "Desktop sets REDIS.")
                                         .arg(spec.imageTag));
                }
                continue;
            }
            if (!applied.contains(v.key) || applied.value(v.key) != v.value) {
                // A secret's value is never printed, not even one the app does not use.
                ctx.notes.append(EnvRules::isSecretName(v.key)
                                     ? Tr::tr("%1 is set by Directus Desktop; the file's value is not used.").arg(v.key)
                                     : Tr::tr("%1 is set by Directus Desktop; the file's value “%2” is not used.")
                                           .arg(v.key, v.value));
            }
        }
        for (const QString &name : std::as_const(ctx.unset)) {
            ctx.notes.append(Tr::tr("The variable %1 is not set (neither in .env nor given); it was read as empty.")
                                 .arg(name));
        }
        if (result.secrets.key.isEmpty() || result.secrets.secret.isEmpty())
            ctx.notes.append(Tr::tr("KEY or SECRET is missing; Directus Desktop generates new ones."));
        result.notes = ctx.notes;
        return result;
    } catch (const YAML::Exception &e) {
        return failed(Tr::tr("The compose file has an unexpected structure: %1.").arg(yaml::q(e.msg)));
    }
}

} // namespace dd::instance
