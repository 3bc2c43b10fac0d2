// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/DatabaseProfile.h"

#include "instance/InstanceTr.h"

using namespace std::chrono_literals;

namespace dd::instance {

namespace {

docker::ContainerSpec::Healthcheck check(QStringList test, std::chrono::nanoseconds startPeriod)
{
    docker::ContainerSpec::Healthcheck h;
    h.test = std::move(test);
    h.interval = 5s;
    h.timeout = 5s;
    h.retries = 10;
    h.startPeriod = startPeriod;
    h.startInterval = 1s;
    return h;
}

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

} // namespace

DatabaseProfile DatabaseProfile::of(DatabaseKind kind)
{
    DatabaseProfile p;
    p.kind = kind;
    switch (kind) {
    case DatabaseKind::Sqlite:
        p.displayName = Tr::tr("SQLite (built in)");
        p.dbClient = str("sqlite3");
        p.testedWithRealImage = true;
        p.notes << Tr::tr("SQLite needs no database server: the data is one file in the Directus container's "
                          "database storage.");
        break;
    case DatabaseKind::Postgres:
        p.displayName = Tr::tr("PostgreSQL (with PostGIS)");
        p.dbClient = str("pg");
        p.runsContainer = true;
        // The Directus guide uses PostGIS, so geometry fields work out of the box.
        p.defaultImage = str("postgis/postgis:15-3.3");
        p.otherImages << str("postgres:15");
        p.dataPath = str("/var/lib/postgresql/data");
        p.port = 5432;
        p.testedWithRealImage = true;
        break;
    case DatabaseKind::MySql:
        p.displayName = Tr::tr("MySQL 8");
        p.dbClient = str("mysql");
        p.runsContainer = true;
        // Not "mysql:8": that now means 8.4, where the login plugin Directus 9 and 10 need is off.
        p.defaultImage = str("mysql:8.0");
        p.dataPath = str("/var/lib/mysql");
        p.port = 3306;
        p.notes << Tr::tr("Directus 9 and 10 connect with an older MySQL driver that cannot use MySQL 8's default "
                          "login method, so Directus Desktop starts MySQL with mysql_native_password for them. "
                          "Directus 11 and later need no change.");
        break;
    case DatabaseKind::MariaDb:
        p.displayName = Tr::tr("MariaDB");
        p.dbClient = str("mysql");  // Directus has no "mariadb" client; MariaDB speaks the MySQL protocol
        p.runsContainer = true;
        p.defaultImage = str("mariadb:10.11");
        p.dataPath = str("/var/lib/mysql");
        p.port = 3306;
        p.testedWithRealImage = true;
        break;
    case DatabaseKind::MsSql:
        p.displayName = Tr::tr("Microsoft SQL Server");
        p.dbClient = str("mssql");
        p.runsContainer = true;
        p.defaultImage = str("mcr.microsoft.com/mssql/server:2022-latest");
        p.dataPath = str("/var/opt/mssql");
        p.port = 1433;
        p.notes << Tr::tr("SQL Server runs only if you accept Microsoft's licence terms (EULA) for its image.")
                << Tr::tr("SQL Server cannot create a database from its settings, so Directus Desktop creates the "
                          "database before Directus starts for the first time.");
        break;
    case DatabaseKind::CockroachDb:
        p.displayName = Tr::tr("CockroachDB");
        p.dbClient = str("cockroachdb");
        p.runsContainer = true;
        p.defaultImage = str("cockroachdb/cockroach:latest-v24.3");
        p.dataPath = str("/cockroach/cockroach-data");
        p.port = 26257;
        p.notes << Tr::tr("CockroachDB runs as one insecure node (user root, no password). That is fine for local "
                          "work on this computer, not for a server others can reach.");
        break;
    case DatabaseKind::Oracle:
        p.displayName = Tr::tr("Oracle");
        p.dbClient = str("oracledb");
        p.offered = false;
        p.notOfferedReason = Tr::tr("Oracle is not offered: the Directus image lacks Oracle's client libraries, so "
                                    "it needs a custom image built for it.");
        break;
    case DatabaseKind::External:
        p.displayName = Tr::tr("An existing database server");
        p.notes << Tr::tr("Directus Desktop only points Directus at this server; it does not start, back up or "
                          "upgrade it.");
        break;
    }
    return p;
}

DatabaseConnection DatabaseProfile::defaultConnection(const QString &password, const QString &rootPassword) const
{
    DatabaseConnection c;
    if (!runsContainer)
        return c;
    c.host = str("database");  // the service's network alias, as in the Directus guide
    c.port = port;
    c.database = str("directus");
    c.user = str("directus");
    c.password = password;
    if (kind == DatabaseKind::MySql || kind == DatabaseKind::MariaDb)
        c.rootPassword = rootPassword;
    if (kind == DatabaseKind::MsSql)
        c.user = str("sa");  // the image creates no other login
    if (kind == DatabaseKind::CockroachDb) {
        c.user = str("root");  // insecure mode has no passwords
        c.password.clear();
    }
    return c;
}

QList<EnvVar> DatabaseProfile::containerEnv(const DatabaseConnection &c) const
{
    switch (kind) {
    case DatabaseKind::Postgres:
        return {{str("POSTGRES_USER"), c.user}, {str("POSTGRES_PASSWORD"), c.password}, {str("POSTGRES_DB"), c.database}};
    case DatabaseKind::MySql:
        return {{str("MYSQL_ROOT_PASSWORD"), c.rootPassword},
                {str("MYSQL_DATABASE"), c.database},
                {str("MYSQL_USER"), c.user},
                {str("MYSQL_PASSWORD"), c.password}};
    case DatabaseKind::MariaDb:
        return {{str("MARIADB_ROOT_PASSWORD"), c.rootPassword},
                {str("MARIADB_DATABASE"), c.database},
                {str("MARIADB_USER"), c.user},
                {str("MARIADB_PASSWORD"), c.password}};
    case DatabaseKind::MsSql:
        // Express is free for production use too, unlike Developer.
        return {{str("ACCEPT_EULA"), str("Y")}, {str("MSSQL_SA_PASSWORD"), c.password}, {str("MSSQL_PID"), str("Express")}};
    case DatabaseKind::CockroachDb:
        return {{str("COCKROACH_DATABASE"), c.database}};
    case DatabaseKind::Sqlite:
    case DatabaseKind::Oracle:
    case DatabaseKind::External:
        break;
    }
    return {};
}

QStringList DatabaseProfile::containerCmd() const
{
    switch (kind) {
    case DatabaseKind::MySql:
    case DatabaseKind::MariaDb:
        // Directus stores emoji and other 4-byte characters; the images default to a narrower set.
        return {str("--character-set-server=utf8mb4"), str("--collation-server=utf8mb4_unicode_ci")};
    case DatabaseKind::CockroachDb:
        return {str("start-single-node"), str("--insecure")};
    default:
        return {};
    }
}

std::optional<docker::ContainerSpec::Healthcheck> DatabaseProfile::healthcheck() const
{
    // The checks go over TCP to 127.0.0.1 on purpose: the PostgreSQL and MySQL entrypoints first
    // run a temporary server on the unix socket only while they initialise, and a socket check
    // would call that healthy just before it restarts.
    switch (kind) {
    case DatabaseKind::Postgres:
        // pg_isready needs no password; -U/-d only pick what it reports on. The values are
        // expanded by the shell from the container's own env so the check never repeats them.
        return check({str("CMD-SHELL"), str("pg_isready -h 127.0.0.1 -U \"$POSTGRES_USER\" -d \"$POSTGRES_DB\"")}, 30s);
    case DatabaseKind::MySql:
        // mysqladmin ping succeeds without credentials once the server accepts connections.
        return check({str("CMD"), str("mysqladmin"), str("ping"), str("-h"), str("127.0.0.1"), str("--silent")}, 30s);
    case DatabaseKind::MariaDb:
        return check({str("CMD"), str("healthcheck.sh"), str("--connect"), str("--innodb_initialized")}, 30s);
    case DatabaseKind::MsSql:
        // The password reaches sqlcmd through SQLCMDPASSWORD, never as -P: a command line is seen
        // by every `ps` on the host (a container's processes are the host's).
        return check({str("CMD-SHELL"),
                      str("SQLCMDPASSWORD=\"$MSSQL_SA_PASSWORD\" /opt/mssql-tools18/bin/sqlcmd -C -b -S 127.0.0.1 -U sa "
                          "-Q 'SELECT 1' -o /dev/null")},
                     60s);
    case DatabaseKind::CockroachDb:
        return check({str("CMD"), str("cockroach"), str("sql"), str("--insecure"), str("--host=127.0.0.1"),
                      str("--execute=SELECT 1")},
                     30s);
    case DatabaseKind::Sqlite:
    case DatabaseKind::Oracle:
    case DatabaseKind::External:
        break;
    }
    return std::nullopt;
}

QStringList DatabaseProfile::initExec(const DatabaseConnection &c) const
{
    if (kind != DatabaseKind::MsSql)
        return {};
    // Through a shell so the password comes from the container's env, not from the exec's
    // arguments (which `docker inspect` and the engine's events show), and to sqlcmd through
    // SQLCMDPASSWORD, not -P (which `ps` shows). Idempotent on purpose:
    // a resumed create runs it again.
    QString name = c.database;
    name.replace(QLatin1Char(']'), QStringLiteral("]]"));
    QString literal = c.database;
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QString sql = QStringLiteral("IF DB_ID(N'%1') IS NULL CREATE DATABASE [%2]").arg(literal, name);
    return {str("/bin/sh"), str("-c"),
            str("SQLCMDPASSWORD=\"$MSSQL_SA_PASSWORD\" /opt/mssql-tools18/bin/sqlcmd -C -b -S 127.0.0.1 -U sa -Q \"") + sql
                + QLatin1Char('"')};
}

QList<EnvVar> DatabaseProfile::directusEnv(const DatabaseConnection &c) const
{
    if (kind == DatabaseKind::Sqlite) {
        // The image's own default, written out so the plan shows where the data lives; a
        // taken-over stack keeps its own file name (in `database`).
        const QString file = c.database.isEmpty() ? str("database.sqlite") : c.database;
        return {{str("DB_CLIENT"), dbClient}, {str("DB_FILENAME"), str("/directus/database/") + file}};
    }
    QList<EnvVar> env{{str("DB_CLIENT"), dbClient},
                      {str("DB_HOST"), c.host},
                      {str("DB_PORT"), QString::number(c.port)},
                      {str("DB_DATABASE"), c.database},
                      {str("DB_USER"), c.user}};
    if (!c.password.isEmpty())
        env.append({str("DB_PASSWORD"), c.password});
    if (kind == DatabaseKind::MsSql)
        env.append({str("DB_OPTIONS__TRUST_SERVER_CERTIFICATE"), str("true")});  // the image's certificate is self-signed
    return env;
}

} // namespace dd::instance
