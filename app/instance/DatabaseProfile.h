// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/ContainerSpec.h"
#include "instance/DatabaseKind.h"
#include "instance/EnvVar.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd::instance {

// Where and as whom Directus logs in. For a database container host is the network alias
// "database"; for an External server it is what the user typed.
struct DatabaseConnection
{
    QString host;
    int port = 0;
    QString database;
    QString user;
    QString password;
    QString rootPassword;  // only images that have a separate administrator (MySQL, MariaDB)
};

// What one database needs: the official image's contract (env, data path, healthcheck) and
// the Directus DB_* settings that point at it. Version-dependent parts (the MySQL login plugin)
// are EnvRules' business, not the profile's.
struct DatabaseProfile
{
    DatabaseKind kind = DatabaseKind::Sqlite;
    QString displayName;
    QString dbClient;            // DB_CLIENT: "sqlite3", "pg", "mysql", "mssql", "cockroachdb", "oracledb"; "" for External
    bool offered = true;         // false: shown disabled with notOfferedReason
    QString notOfferedReason;
    bool runsContainer = false;  // false for SQLite (inside Directus) and External
    QString defaultImage;
    QStringList otherImages;     // offered alternatives, e.g. plain postgres:15 next to PostGIS
    QString dataPath;            // inside the database container
    int port = 0;
    bool testedWithRealImage = false;  // false: this repository tests its plan, never a running server
    QStringList notes;           // sentences for the wizard

    static DatabaseProfile of(DatabaseKind kind);

    // Host "database", the profile's port, database "directus", and the user the image creates.
    DatabaseConnection defaultConnection(const QString &password, const QString &rootPassword) const;
    QList<EnvVar> containerEnv(const DatabaseConnection &connection) const;
    QStringList containerCmd() const;
    std::optional<docker::ContainerSpec::Healthcheck> healthcheck() const;
    // A command to exec in the database container once it is healthy and before Directus first
    // starts, for images that cannot create the database from their env (SQL Server). Empty if none.
    QStringList initExec(const DatabaseConnection &connection) const;
    // DB_* for the Directus container.
    QList<EnvVar> directusEnv(const DatabaseConnection &connection) const;
};

} // namespace dd::instance
