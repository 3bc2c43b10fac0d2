// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/DatabaseDump.h"

#include <QCoreApplication>

namespace dd::backup {

namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

QStringList shell(const QString &script)
{
    return {str("sh"), str("-c"), script};
}

// The MySQL and MariaDB images name the root password differently; MariaDB 11 has only
// mariadb-dump, MySQL only mysqldump, MariaDB 10.x both.
const char kMySqlSetup[] =
    "ROOTPW=\"${MARIADB_ROOT_PASSWORD:-$MYSQL_ROOT_PASSWORD}\"; "
    "DB=\"${MARIADB_DATABASE:-$MYSQL_DATABASE}\"; "
    "if command -v mariadb-dump >/dev/null 2>&1; then DUMP=mariadb-dump; CLIENT=mariadb; "
    "else DUMP=mysqldump; CLIENT=mysql; fi; ";

} // namespace

std::optional<DatabaseDump> DatabaseDump::forKind(instance::DatabaseKind kind)
{
    using instance::DatabaseKind;
    DatabaseDump d;
    d.kind = kind;
    switch (kind) {
    case DatabaseKind::Sqlite:
        d.fileName = str("database.sqlite");
        d.displayName = str("SQLite");
        d.isFile = true;
        d.completeMarker = QByteArray("SQLite format 3\0", 16);
        d.markerAtStart = true;
        return d;
    case DatabaseKind::Postgres:
        // Plain SQL: readable, and psql loads it into any server of the same major version or newer.
        // --no-owner/--no-privileges: the dump does not depend on role names.
        d.fileName = str("database.sql");
        d.displayName = str("PostgreSQL");
        d.dumpCommand = shell(str("exec pg_dump -U \"$POSTGRES_USER\" -d \"$POSTGRES_DB\" --no-owner --no-privileges"));
        d.completeMarker = "PostgreSQL database dump complete";
        return d;
    case DatabaseKind::MySql:
    case DatabaseKind::MariaDb:
        // --single-transaction: a consistent dump without locking Directus out.
        d.fileName = str("database.sql");
        d.displayName = kind == DatabaseKind::MySql ? str("MySQL") : str("MariaDB");
        d.dumpCommand = shell(str(kMySqlSetup) + str("MYSQL_PWD=\"$ROOTPW\" exec $DUMP -uroot --single-transaction "
                                                       "--routines --triggers --events --databases \"$DB\""));
        d.completeMarker = "Dump completed";
        return d;
    case DatabaseKind::MsSql:
    case DatabaseKind::CockroachDb:
    case DatabaseKind::Oracle:
    case DatabaseKind::External:
        return std::nullopt;
    }
    return std::nullopt;
}

QStringList DatabaseDump::restoreCommand(const QString &dumpPath) const
{
    using instance::DatabaseKind;
    const QString path = QLatin1Char('\'') + dumpPath + QLatin1Char('\'');
    switch (kind) {
    case DatabaseKind::Postgres:
        // The whole database is dropped and made again from template0, so nothing made after the
        // dump survives (a newer version's tables, extensions, schemas). The dump brings back its
        // own extensions (PostGIS). Directus is stopped, so nobody is connected.
        return shell(str("set -e; U=\"$POSTGRES_USER\"; D=\"$POSTGRES_DB\"; "
                         "psql -v ON_ERROR_STOP=1 -q -U \"$U\" -d postgres -c \"DROP DATABASE IF EXISTS \\\"$D\\\"\" "
                         "-c \"CREATE DATABASE \\\"$D\\\" OWNER \\\"$U\\\" TEMPLATE template0\"; "
                         "psql -v ON_ERROR_STOP=1 -q -U \"$U\" -d \"$D\" -f %1 >/dev/null; rm -f %1")
                         .arg(path));
    case DatabaseKind::MySql:
    case DatabaseKind::MariaDb:
        // The dump was made with --databases, so it creates and selects the database itself.
        return shell(str("set -e; ") + str(kMySqlSetup)
                     + str("export MYSQL_PWD=\"$ROOTPW\"; $CLIENT -uroot -e \"DROP DATABASE IF EXISTS \\`$DB\\`\"; "
                           "$CLIENT -uroot < %1; rm -f %1")
                           .arg(path));
    default:
        return {};
    }
}

QString DatabaseDump::unsupportedSentence(instance::DatabaseKind kind)
{
    using instance::DatabaseKind;
    const char *what = kind == DatabaseKind::MsSql         ? "SQL Server"
                       : kind == DatabaseKind::CockroachDb ? "CockroachDB"
                       : kind == DatabaseKind::Oracle      ? "Oracle"
                                                           : "an external database server";
    return QCoreApplication::translate("Backup", "Backups of instances on %1 are not supported yet: back up the database "
                                                "with its own tools (SQLite, PostgreSQL, MySQL and MariaDB are supported).")
        .arg(QCoreApplication::translate("Backup", what));
}

} // namespace dd::backup
