// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace dd::instance {

// Sqlite is the default: it lives in the Directus container, so there is nothing else to run.
// External is a server the user already runs; Directus Desktop only points Directus at it.
enum class DatabaseKind { Sqlite, Postgres, MySql, MariaDb, MsSql, CockroachDb, Oracle, External };

// Stable ids for files and the command line: "sqlite", "postgres", "mysql", "mariadb", "mssql",
// "cockroachdb", "oracle", "external".
QString databaseKindId(DatabaseKind kind);
std::optional<DatabaseKind> databaseKindFromId(QStringView id);
QList<DatabaseKind> allDatabaseKinds();

} // namespace dd::instance
