// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/DatabaseKind.h"

namespace dd::instance {

QString databaseKindId(DatabaseKind kind)
{
    switch (kind) {
    case DatabaseKind::Sqlite: return QStringLiteral("sqlite");
    case DatabaseKind::Postgres: return QStringLiteral("postgres");
    case DatabaseKind::MySql: return QStringLiteral("mysql");
    case DatabaseKind::MariaDb: return QStringLiteral("mariadb");
    case DatabaseKind::MsSql: return QStringLiteral("mssql");
    case DatabaseKind::CockroachDb: return QStringLiteral("cockroachdb");
    case DatabaseKind::Oracle: return QStringLiteral("oracle");
    case DatabaseKind::External: return QStringLiteral("external");
    }
    return {};
}

QList<DatabaseKind> allDatabaseKinds()
{
    return {DatabaseKind::Sqlite, DatabaseKind::Postgres, DatabaseKind::MySql, DatabaseKind::MariaDb,
            DatabaseKind::MsSql, DatabaseKind::CockroachDb, DatabaseKind::Oracle, DatabaseKind::External};
}

std::optional<DatabaseKind> databaseKindFromId(QStringView id)
{
    for (DatabaseKind kind : allDatabaseKinds()) {
        if (databaseKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

} // namespace dd::instance
