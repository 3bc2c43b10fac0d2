// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/DatabaseKind.h"
#include "instance/DirectusVersion.h"
#include "instance/EnvVar.h"

#include <QList>
#include <QString>

#include <optional>

namespace dd::instance {

// Where one of Directus' data paths lives on the host.
struct StorageChoice
{
    // A named volume is the default: Docker fills a new one from the image, ownership included,
    // so none of the uid-1000 permission trouble of host folders arises.
    enum class Kind { NamedVolume, HostFolder };
    Kind kind = Kind::NamedVolume;
    QString hostPath;  // absolute; only for HostFolder
    // NamedVolume only: "" is the app's own "<project>_<key>". A stack taken over from the
    // user's compose file keeps the volume its file named, so the data stays where it is.
    QString volumeName;

    static StorageChoice folder(const QString &path) { return {Kind::HostFolder, path, {}}; }
    static StorageChoice volume(const QString &name) { return {Kind::NamedVolume, {}, name}; }
    friend bool operator==(const StorageChoice &, const StorageChoice &) = default;
};

// A database server the user already runs (DatabaseKind::External). Its password is a secret
// ("db-password"), so it is not here.
struct ExternalDatabase
{
    DatabaseKind client = DatabaseKind::Postgres;  // which server it is: Postgres, MySql, MariaDb, MsSql, CockroachDb
    QString host;
    int port = 0;  // 0: the client's usual port
    QString database;
    QString user;
    friend bool operator==(const ExternalDatabase &, const ExternalDatabase &) = default;
};

// What the user chose for one instance. It holds no secret: KEY, SECRET, the admin password and
// the database passwords are stored in the SecretStore under this instance's id and handed to
// StackPlan as ResolvedSecrets.
struct InstanceSpec
{
    QString id;    // a uuid without braces, fixed at creation; names and labels may change, this does not
    QString name;  // the compose project name
    ProductLine productLine = ProductLine::Directus;
    QString imageTag = QStringLiteral("latest");

    DatabaseKind databaseKind = DatabaseKind::Sqlite;
    QString databaseImage;  // "" = the profile's default image
    ExternalDatabase external;
    bool msSqlEulaAccepted = false;

    bool redisCache = false;
    QString cacheImage = QStringLiteral("redis:7");

    QString adminEmail;
    int hostPort = 8055;
    QString bindAddress = QStringLiteral("127.0.0.1");  // not 0.0.0.0: the guide's -p 8055:8055 exposes Directus to the network
    QString publicUrl;  // "" = http://localhost:<hostPort>

    StorageChoice uploadsStorage;
    StorageChoice databaseStorage;  // SQLite only
    StorageChoice extensionsStorage;
    // Where the database server's container keeps its files (PostgreSQL, MySQL, ...). A host
    // folder only for a stack taken over from the user's compose file: the server already wrote
    // there as its own user, so the app mounts it as it is and never creates or re-owns it.
    StorageChoice databaseServerStorage;

    // Names a taken-over stack keeps from the user's compose file, so `docker compose -p <name>`
    // with that file and its data go on working. "" is the app's own choice.
    QString databaseName;  // "" = "directus"; for SQLite the file's name in /directus/database ("" = database.sqlite)
    QString databaseUser;  // "" = "directus"
    QString networkKey;    // "" = "default"; the network is "<name>_<key>" (the guide's file says "directus")

    bool telemetry = false;
    bool websockets = false;
    QList<EnvVar> extraEnv;  // the advanced user's own, in their order, after ours

    // A spec with the defaults and a fresh id.
    static InstanceSpec create(const QString &name);
    static QString newId();

    QString directusImage() const;  // "directus/directus:11.1.2"
    std::optional<DirectusVersion> version() const { return DirectusVersion::parse(imageTag); }
    QString effectivePublicUrl() const;
    QString effectiveDatabaseImage() const;
    bool usesSqlite() const { return databaseKind == DatabaseKind::Sqlite; }

    friend bool operator==(const InstanceSpec &, const InstanceSpec &) = default;
};

} // namespace dd::instance
