// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/InstanceStore.h"

#include "core/AtomicFile.h"

#include "instance/InstanceTr.h"
#include "instance/YamlUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace dd::instance {

namespace {

using yaml::quoted;
using yaml::text;

const char *kindName(StorageChoice::Kind kind)
{
    return kind == StorageChoice::Kind::HostFolder ? "folder" : "volume";
}

QString productLineId(ProductLine line)
{
    return line == ProductLine::Directus9Fork ? QStringLiteral("directus9-fork") : QStringLiteral("directus");
}

void emitStorage(YAML::Emitter &out, const char *key, const StorageChoice &storage)
{
    out << YAML::Key << key << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "kind" << YAML::Value;
    quoted(out, QString::fromLatin1(kindName(storage.kind)));
    out << YAML::Key << "hostPath" << YAML::Value;
    quoted(out, storage.hostPath);
    if (!storage.volumeName.isEmpty()) {
        out << YAML::Key << "volumeName" << YAML::Value;
        quoted(out, storage.volumeName);
    }
    out << YAML::EndMap;
}

void emitString(YAML::Emitter &out, const char *key, const QString &value)
{
    out << YAML::Key << key << YAML::Value;
    quoted(out, value);
}

// A missing section reads as empty instead of an invalid node, whose operator[] would throw.
YAML::Node child(const YAML::Node &map, const char *key)
{
    if (map && map.IsMap()) {
        const YAML::Node n = map[key];
        if (n)
            return n;
    }
    return YAML::Node();
}

// Reading never throws past here: a wrong type becomes a sentence naming the field.
struct Reader
{
    QString error;

    QString string(const YAML::Node &map, const char *key, const QString &fallback)
    {
        const YAML::Node n = child(map, key);
        if (!n || n.IsNull())
            return fallback;
        if (!n.IsScalar()) {
            fail(key);
            return fallback;
        }
        return text(n);
    }
    bool boolean(const YAML::Node &map, const char *key, bool fallback)
    {
        const QString v = string(map, key, fallback ? QStringLiteral("true") : QStringLiteral("false"));
        if (v == QLatin1String("true"))
            return true;
        if (v == QLatin1String("false"))
            return false;
        fail(key);
        return fallback;
    }
    int integer(const YAML::Node &map, const char *key, int fallback)
    {
        bool ok = false;
        const int v = string(map, key, QString::number(fallback)).toInt(&ok);
        if (!ok)
            fail(key);
        return ok ? v : fallback;
    }
    DatabaseKind kind(const YAML::Node &map, const char *key, DatabaseKind fallback)
    {
        const std::optional<DatabaseKind> k = databaseKindFromId(string(map, key, databaseKindId(fallback)));
        if (!k)
            fail(key);
        return k.value_or(fallback);
    }
    StorageChoice storage(const YAML::Node &map, const char *key)
    {
        StorageChoice c;
        const YAML::Node n = child(map, key);
        if (!n || n.IsNull())
            return c;
        const QString kind = string(n, "kind", QStringLiteral("volume"));
        if (kind == QLatin1String("folder"))
            c.kind = StorageChoice::Kind::HostFolder;
        else if (kind != QLatin1String("volume"))
            fail(key);
        c.hostPath = string(n, "hostPath", {});
        c.volumeName = string(n, "volumeName", {});
        return c;
    }
    void fail(const char *key)
    {
        if (error.isEmpty())
            error = Tr::tr("the field “%1” has a value this version cannot read").arg(QString::fromLatin1(key));
    }
};

bool validId(const QString &id)
{
    // Ids become file names: nothing that could climb out of the folder.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$"));
    return re.match(id).hasMatch();
}

} // namespace

InstanceStore::InstanceStore(const QString &directory)
    : m_directory(directory)
{
}

QString InstanceStore::pathFor(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + QStringLiteral(".yaml");
}

QByteArray InstanceStore::serialize(const InstanceSpec &spec)
{
    YAML::Emitter out;
    out << YAML::Comment("Directus Desktop instance. Secrets are not stored here.");
    out << YAML::BeginMap;
    // Format 2 only for a taken-over stack: a version that reads format 1 would ignore the kept
    // names and start that instance on new, empty storage, so it must refuse the file instead.
    const bool keepsNames = !spec.databaseName.isEmpty() || !spec.databaseUser.isEmpty() || !spec.networkKey.isEmpty()
        || spec.databaseServerStorage != StorageChoice{} || !spec.uploadsStorage.volumeName.isEmpty()
        || !spec.databaseStorage.volumeName.isEmpty() || !spec.extensionsStorage.volumeName.isEmpty()
        || std::any_of(spec.extraEnv.begin(), spec.extraEnv.end(), [](const EnvVar &v) { return v.secret; });
    out << YAML::Key << "schema" << YAML::Value << (keepsNames ? schemaVersion : 1);
    emitString(out, "id", spec.id);
    emitString(out, "name", spec.name);
    emitString(out, "productLine", productLineId(spec.productLine));
    emitString(out, "imageTag", spec.imageTag);

    out << YAML::Key << "database" << YAML::Value << YAML::BeginMap;
    emitString(out, "kind", databaseKindId(spec.databaseKind));
    emitString(out, "image", spec.databaseImage);
    out << YAML::Key << "msSqlEulaAccepted" << YAML::Value << spec.msSqlEulaAccepted;
    out << YAML::Key << "external" << YAML::Value << YAML::BeginMap;
    emitString(out, "client", databaseKindId(spec.external.client));
    emitString(out, "host", spec.external.host);
    out << YAML::Key << "port" << YAML::Value << spec.external.port;
    emitString(out, "database", spec.external.database);
    emitString(out, "user", spec.external.user);
    out << YAML::EndMap;
    // Written only when set, so the files of instances the app made stay as they were.
    if (!spec.databaseName.isEmpty())
        emitString(out, "name", spec.databaseName);
    if (!spec.databaseUser.isEmpty())
        emitString(out, "user", spec.databaseUser);
    out << YAML::EndMap;
    if (!spec.networkKey.isEmpty())
        emitString(out, "networkKey", spec.networkKey);

    out << YAML::Key << "cache" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "redis" << YAML::Value << spec.redisCache;
    emitString(out, "image", spec.cacheImage);
    out << YAML::EndMap;

    emitString(out, "adminEmail", spec.adminEmail);
    out << YAML::Key << "hostPort" << YAML::Value << spec.hostPort;
    emitString(out, "bindAddress", spec.bindAddress);
    emitString(out, "publicUrl", spec.publicUrl);

    out << YAML::Key << "storage" << YAML::Value << YAML::BeginMap;
    emitStorage(out, "uploads", spec.uploadsStorage);
    emitStorage(out, "database", spec.databaseStorage);
    emitStorage(out, "extensions", spec.extensionsStorage);
    if (spec.databaseServerStorage != StorageChoice{})
        emitStorage(out, "databaseServer", spec.databaseServerStorage);
    out << YAML::EndMap;

    out << YAML::Key << "telemetry" << YAML::Value << spec.telemetry;
    out << YAML::Key << "websockets" << YAML::Value << spec.websockets;

    out << YAML::Key << "extraEnv" << YAML::Value << YAML::BeginSeq;
    for (const EnvVar &v : spec.extraEnv) {
        out << YAML::BeginMap;
        emitString(out, "key", v.key);
        if (v.secret)
            out << YAML::Key << "secret" << YAML::Value << true;  // the value is in the secret store
        else
            emitString(out, "value", v.value);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::EndMap;
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    bytes.append('\n');
    return bytes;
}

std::optional<InstanceSpec> InstanceStore::parse(const QByteArray &bytes, QString *error)
{
    const auto failed = [error](const QString &sentence) -> std::optional<InstanceSpec> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    YAML::Node root;
    try {
        root = YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        return failed(Tr::tr("it is not valid YAML (%1)").arg(yaml::q(e.what())));
    }
    if (!root.IsMap())
        return failed(Tr::tr("it does not describe an instance"));

    Reader r;
    const int schema = r.integer(root, "schema", 0);
    if (!r.error.isEmpty() || schema < 1)
        return failed(Tr::tr("it has no valid format number"));
    if (schema > schemaVersion) {
        return failed(Tr::tr("it was written by a newer Directus Desktop (format %1; this version reads format %2). "
                             "Update Directus Desktop to open this instance.")
                          .arg(schema)
                          .arg(schemaVersion));
    }

    InstanceSpec spec;
    spec.id = r.string(root, "id", {});
    spec.name = r.string(root, "name", {});
    const QString line = r.string(root, "productLine", productLineId(spec.productLine));
    spec.productLine = line == productLineId(ProductLine::Directus9Fork) ? ProductLine::Directus9Fork : ProductLine::Directus;
    if (line != productLineId(spec.productLine))
        r.fail("productLine");
    spec.imageTag = r.string(root, "imageTag", spec.imageTag);

    const YAML::Node db = child(root, "database");
    spec.databaseKind = r.kind(db, "kind", spec.databaseKind);
    spec.databaseImage = r.string(db, "image", {});
    spec.msSqlEulaAccepted = r.boolean(db, "msSqlEulaAccepted", false);
    const YAML::Node ext = child(db, "external");
    spec.external.client = r.kind(ext, "client", spec.external.client);
    spec.external.host = r.string(ext, "host", {});
    spec.external.port = r.integer(ext, "port", 0);
    spec.external.database = r.string(ext, "database", {});
    spec.external.user = r.string(ext, "user", {});
    spec.databaseName = r.string(db, "name", {});
    spec.databaseUser = r.string(db, "user", {});
    spec.networkKey = r.string(root, "networkKey", {});

    const YAML::Node cache = child(root, "cache");
    spec.redisCache = r.boolean(cache, "redis", false);
    spec.cacheImage = r.string(cache, "image", spec.cacheImage);

    spec.adminEmail = r.string(root, "adminEmail", {});
    spec.hostPort = r.integer(root, "hostPort", spec.hostPort);
    spec.bindAddress = r.string(root, "bindAddress", spec.bindAddress);
    spec.publicUrl = r.string(root, "publicUrl", {});

    const YAML::Node storage = child(root, "storage");
    spec.uploadsStorage = r.storage(storage, "uploads");
    spec.databaseStorage = r.storage(storage, "database");
    spec.extensionsStorage = r.storage(storage, "extensions");
    spec.databaseServerStorage = r.storage(storage, "databaseServer");

    spec.telemetry = r.boolean(root, "telemetry", false);
    spec.websockets = r.boolean(root, "websockets", false);

    const YAML::Node extra = child(root, "extraEnv");
    if (extra && !extra.IsNull() && !extra.IsSequence())
        r.fail("extraEnv");
    if (extra && extra.IsSequence()) {
        for (const YAML::Node &item : extra) {
            if (!item.IsMap()) {
                r.fail("extraEnv");
                continue;
            }
            const bool secret = r.boolean(item, "secret", false);
            spec.extraEnv.append({r.string(item, "key", {}), secret ? QString() : r.string(item, "value", {}), secret});
        }
    }

    if (!r.error.isEmpty())
        return failed(r.error);
    if (!validId(spec.id))
        return failed(Tr::tr("it has no valid instance id"));
    return spec;
}

StoreResult InstanceStore::save(const InstanceSpec &spec) const
{
    const auto failed = [this](const QString &reason) {
        return StoreResult::failure(Tr::tr("Directus Desktop could not save the instance settings in %1: %2.")
                                        .arg(QDir::toNativeSeparators(m_directory), reason));
    };
    if (!validId(spec.id))
        return failed(Tr::tr("the instance has no valid id"));
    if (!QDir().mkpath(m_directory))
        return failed(Tr::tr("the folder cannot be created"));

    // Owner only: the file names folders and an email address.
    const AtomicFile::Result written =
        AtomicFile::write(pathFor(spec.id), serialize(spec), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!written.ok())
        return failed(written.reason);
    return StoreResult::success();
}

std::optional<InstanceSpec> InstanceStore::load(const QString &id, QString *error) const
{
    const QString path = pathFor(id);
    const auto failed = [&](const QString &reason) -> std::optional<InstanceSpec> {
        if (error) {
            *error = Tr::tr("The instance file %1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), reason);
        }
        return std::nullopt;
    };
    if (!validId(id))
        return failed(Tr::tr("“%1” is not a valid instance id").arg(id));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString());
    QString reason;
    std::optional<InstanceSpec> spec = parse(file.readAll(), &reason);
    if (!spec)
        return failed(reason);
    if (spec->id != id)
        return failed(Tr::tr("it belongs to the instance %1, not to %2").arg(spec->id, id));
    return spec;
}

QList<InstanceSpec> InstanceStore::list(QStringList *errors) const
{
    QList<InstanceSpec> specs;
    const QFileInfoList files = QDir(m_directory).entryInfoList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        QString error;
        std::optional<InstanceSpec> spec = load(info.completeBaseName(), &error);
        if (spec)
            specs.append(*spec);
        else if (errors)
            errors->append(error);
    }
    std::stable_sort(specs.begin(), specs.end(), [](const InstanceSpec &a, const InstanceSpec &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return specs;
}

StoreResult InstanceStore::remove(const QString &id) const
{
    if (!validId(id))
        return StoreResult::failure(Tr::tr("“%1” is not a valid instance id.").arg(id));
    QFile file(pathFor(id));
    if (!file.exists())
        return StoreResult::success();  // already gone is what the caller wanted
    if (!file.remove()) {
        return StoreResult::failure(Tr::tr("Directus Desktop could not delete %1: %2.")
                                        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    return StoreResult::success();
}

QStringList InstanceStore::takenNames() const
{
    QStringList names;
    for (const InstanceSpec &spec : list())
        names.append(spec.name);
    return names;
}

} // namespace dd::instance
