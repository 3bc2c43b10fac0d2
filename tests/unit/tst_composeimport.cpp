// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/ComposeExporter.h"
#include "instance/ComposeImporter.h"
#include "instance/InstanceSpec.h"
#include "instance/ResolvedSecrets.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dd::instance;

namespace {

QString data(const char *name)
{
    return QStringLiteral(DD_TEST_DATA_DIR "/compose/") + QString::fromLatin1(name);
}

bool hasNote(const QStringList &notes, const QString &part)
{
    for (const QString &n : notes) {
        if (n.contains(part))
            return true;
    }
    return false;
}

const char *brokenYaml()
{
    return "services:\n  directus:\n    image: [directus/directus\n    environment:\n      KEY: x\n";
}

} // namespace

class TestComposeImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedGuide_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("map form") << data("seed-guide.yml");
        QTest::newRow("list form") << data("seed-guide-list.yml");
    }
    void seedGuide()
    {
        QFETCH(QString, file);
        QString error;
        const std::optional<ComposeImport> imported = ComposeImporter::importFile(file, QStringLiteral("My Guide"), {}, &error);
        QVERIFY2(imported, qPrintable(error));
        const InstanceSpec &spec = imported->spec;
        const QString notes = imported->notes.join(QLatin1Char('\n'));
        QCOMPARE(spec.name, QStringLiteral("myguide"));
        QVERIFY(!spec.id.isEmpty());
        QCOMPARE(spec.productLine, ProductLine::Directus);
        QCOMPARE(spec.imageTag, QStringLiteral("latest"));
        QCOMPARE(spec.databaseKind, DatabaseKind::Postgres);
        QCOMPARE(spec.databaseImage, QStringLiteral("postgis/postgis:13-master"));
        QVERIFY(spec.redisCache);
        QCOMPARE(spec.cacheImage, QStringLiteral("redis:6"));
        QCOMPARE(spec.adminEmail, QStringLiteral("admin@example.com"));
        QCOMPARE(spec.hostPort, 8055);
        QCOMPARE(spec.bindAddress, QStringLiteral("127.0.0.1"));
        QVERIFY2(hasNote(imported->notes, QStringLiteral("127.0.0.1")), qPrintable(notes));
        QCOMPARE(spec.uploadsStorage.kind, StorageChoice::Kind::HostFolder);
        QCOMPARE(spec.uploadsStorage.hostPath, QFileInfo(file).absolutePath() + QStringLiteral("/uploads"));
        QCOMPARE(spec.databaseStorage.kind, StorageChoice::Kind::NamedVolume);
        QVERIFY2(spec.extraEnv.isEmpty(), qPrintable(toEnvStrings(spec.extraEnv).join(QLatin1Char(' '))));
        QCOMPARE(imported->secrets.key, QStringLiteral("255d861b-5ea1-5996-9aa3-922530ec40b1"));
        QCOMPARE(imported->secrets.secret, QStringLiteral("6116487b-cda1-52c2-b5b5-c8022c45e263"));
        QCOMPARE(imported->secrets.adminPassword, QStringLiteral("d1r3ctu5"));
        QCOMPARE(imported->secrets.dbPassword, QStringLiteral("directus"));
        // Taken over with the data where it is: the server's folder, the network, the names.
        QCOMPARE(spec.databaseServerStorage, StorageChoice::folder(QFileInfo(file).absolutePath() + QStringLiteral("/data/database")));
        QCOMPARE(spec.networkKey, QStringLiteral("directus"));
        QVERIFY(spec.databaseName.isEmpty());  // "directus", the app's own choice too
        QVERIFY(spec.databaseUser.isEmpty());
        QVERIFY2(!hasNote(imported->notes, QStringLiteral("dump")), qPrintable(notes));
        // The guide's start order is named: depends_on waits for nothing.
        QVERIFY2(hasNote(imported->notes, QStringLiteral("without waiting for the database")), qPrintable(notes));
        // "latest" is past 10.4, which ignores the guide's CACHE_REDIS: said, and REDIS set instead.
        QVERIFY2(hasNote(imported->notes, QStringLiteral("ignores CACHE_REDIS")), qPrintable(notes));
        QVERIFY2(!hasNote(imported->notes, QStringLiteral("DB_")), qPrintable(notes));
        QVERIFY2(hasNote(imported->notes, QStringLiteral("instead of directus, database, cache")) || hasNote(imported->notes, QStringLiteral("instead of database, cache, directus")), qPrintable(notes));
        QVERIFY2(hasNote(imported->notes, QStringLiteral("TELEMETRY")), qPrintable(notes));
    }
    // The names a server already holds its data under are kept, and the guide's CACHE_REDIS,
    // which 10.4 and later ignore, is named.
    void keptDatabaseNamesAndCacheRedisNote()
    {
        const QByteArray yaml = R"(services:
  db:
    image: postgres:15
    volumes: [pgdata:/var/lib/postgresql/data]
    environment: {POSTGRES_USER: editor, POSTGRES_PASSWORD: pw, POSTGRES_DB: cms}
  redis:
    image: redis:7
  directus:
    image: directus/directus:10.13.4
    networks: {backend: {}}
    environment:
      DB_CLIENT: pg
      DB_HOST: db
      DB_DATABASE: cms
      DB_USER: editor
      DB_PASSWORD: pw
      CACHE_ENABLED: "true"
      CACHE_STORE: redis
      CACHE_REDIS: redis://redis:6379
volumes:
  pgdata:
    name: my-pg-data
networks:
  backend:
)";
        QString error;
        const std::optional<ComposeImport> imported = ComposeImporter::importText(yaml, QStringLiteral("/srv/x"),
                                                                                  QStringLiteral("shop"), {}, &error);
        QVERIFY2(imported, qPrintable(error));
        const QString notes = imported->notes.join(QLatin1Char('\n'));
        QCOMPARE(imported->spec.databaseName, QStringLiteral("cms"));
        QCOMPARE(imported->spec.databaseUser, QStringLiteral("editor"));
        QCOMPARE(imported->spec.databaseServerStorage, StorageChoice::volume(QStringLiteral("my-pg-data")));
        QCOMPARE(imported->spec.networkKey, QStringLiteral("backend"));
        QCOMPARE(imported->secrets.dbPassword, QStringLiteral("pw"));
        QVERIFY2(hasNote(imported->notes, QStringLiteral("ignores CACHE_REDIS")), qPrintable(notes));
    }
    // SQLite: the file stays the file it is (its folder's mount, its name); one inside the
    // container's own layer blocks the import, since replacing the container would lose it.
    // A password the user added to the file goes to the secret store with the managed ones; a
    // setting about secrets stays a plain variable; no note prints a secret's value.
    void extraSecretsGoToTheStore()
    {
        QTemporaryDir dir;
        QFile f(dir.path() + QStringLiteral("/docker-compose.yml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("services:\n"
                "  directus:\n"
                "    image: directus/directus:11.1.2\n"
                "    environment:\n"
                "      KEY: k1\n"
                "      SECRET: s1\n"
                "      DB_CLIENT: sqlite3\n"
                "      DB_FILENAME: /directus/database/data.db\n"
                "      REDIS_PASSWORD: redis-pw-123\n"
                "      EMAIL_SMTP_PASSWORD: smtp-pw-456\n"
                "      ACCESS_TOKEN_TTL: 20m\n"
                "      EMPTY_TOKEN: ''\n");
        f.close();
        QString error;
        const std::optional<ComposeImport> imported = ComposeImporter::importFile(f.fileName(), QStringLiteral("s"), {}, &error);
        QVERIFY2(imported, qPrintable(error));
        const QList<EnvVar> expected{{QStringLiteral("EMAIL_SMTP_PASSWORD"), QString(), true},
                                     {QStringLiteral("ACCESS_TOKEN_TTL"), QStringLiteral("20m")},
                                     {QStringLiteral("EMPTY_TOKEN"), QString()}};
        QCOMPARE(imported->spec.extraEnv, expected);
        QCOMPARE(imported->secrets.env.value(QStringLiteral("EMAIL_SMTP_PASSWORD")), QStringLiteral("smtp-pw-456"));
        QCOMPARE(imported->secrets.env.size(), 1);
        const QString notes = imported->notes.join(QLatin1Char('\n'));
        QVERIFY2(hasNote(imported->notes, QStringLiteral("REDIS_PASSWORD is set by Directus Desktop")), qPrintable(notes));
        QVERIFY2(!notes.contains(QStringLiteral("redis-pw-123")) && !notes.contains(QStringLiteral("smtp-pw-456")),
                 qPrintable(notes));
    }
    // A file that takes its secrets from the shell that ran Compose: the running containers
    // say what those variables were; a value that is not one whole reference says nothing.
    void variablesFromTheRunningContainers()
    {
        const QByteArray yaml = "services:\n"
                                "  directus:\n"
                                "    image: directus/directus:11.1.2\n"
                                "    environment:\n"
                                "      DB_CLIENT: sqlite3\n"
                                "      DB_FILENAME: /directus/database/data.db\n"
                                "      KEY: ${DIRECTUS_KEY}\n"
                                "      SECRET: \"${DIRECTUS_SECRET:-fallback}\"\n"
                                "      PUBLIC_URL: http://${HOSTNAME_PART}:8055\n"
                                "      ADMIN_PASSWORD: $ADMIN_PW\n"
                                "  database:\n"
                                "    environment:\n"
                                "      - POSTGRES_PASSWORD=${PG_PW}\n"
                                "      - PGDATA\n"
                                "  cache: {}\n";
        const QMap<QString, QMap<QString, QString>> running{
            {QStringLiteral("directus"),
             {{QStringLiteral("KEY"), QStringLiteral("k-run")},
              {QStringLiteral("SECRET"), QStringLiteral("s-run")},
              {QStringLiteral("PUBLIC_URL"), QStringLiteral("http://box:8055")},
              {QStringLiteral("ADMIN_PASSWORD"), QStringLiteral("a-run")}}},
            {QStringLiteral("database"),
             {{QStringLiteral("POSTGRES_PASSWORD"), QStringLiteral("pg-run")}, {QStringLiteral("PGDATA"), QStringLiteral("/d")}}}};
        const QMap<QString, QString> expected{{QStringLiteral("DIRECTUS_KEY"), QStringLiteral("k-run")},
                                              {QStringLiteral("DIRECTUS_SECRET"), QStringLiteral("s-run")},
                                              {QStringLiteral("ADMIN_PW"), QStringLiteral("a-run")},
                                              {QStringLiteral("PG_PW"), QStringLiteral("pg-run")},
                                              {QStringLiteral("PGDATA"), QStringLiteral("/d")}};
        QCOMPARE(ComposeImporter::variablesFromContainers(yaml, running), expected);
        QVERIFY(ComposeImporter::variablesFromContainers("not: [valid", running).isEmpty());
        // Given to the import, they fill the secrets as the shell once did.
        QString error;
        const std::optional<ComposeImport> imported = ComposeImporter::importText(
            yaml, QStringLiteral("/tmp"), QStringLiteral("p"), ComposeImporter::variablesFromContainers(yaml, running), &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(imported->secrets.key, QStringLiteral("k-run"));
        QCOMPARE(imported->secrets.adminPassword, QStringLiteral("a-run"));
    }
    void sqliteFileKeptOrBlocking()
    {
        QString error;
        const QByteArray kept = "services:\n  directus:\n    image: directus/directus:12.4.0\n"
                                "    volumes: [\"./db:/data/sqlite\"]\n"
                                "    environment: {DB_CLIENT: sqlite3, DB_FILENAME: /data/sqlite/data.db}\n";
        std::optional<ComposeImport> imported = ComposeImporter::importText(kept, QStringLiteral("/srv/s"), QStringLiteral("s"), {}, &error);
        QVERIFY2(imported, qPrintable(error));
        QVERIFY(imported->blockers.isEmpty());
        QCOMPARE(imported->spec.databaseStorage, StorageChoice::folder(QStringLiteral("/srv/s/db")));
        QCOMPARE(imported->spec.databaseName, QStringLiteral("data.db"));
        QVERIFY(!hasNote(imported->notes, QStringLiteral("instead of")));  // no container_name: nothing renamed
        const QByteArray inside = "services:\n  directus:\n    image: directus/directus:12.4.0\n"
                                  "    environment: {DB_CLIENT: sqlite3, DB_FILENAME: /directus/data.db}\n";
        imported = ComposeImporter::importText(inside, QStringLiteral("/srv/s"), QStringLiteral("s"), {}, &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(imported->blockers.size(), 1);
        QVERIFY(imported->blockers.first().contains(QStringLiteral("/directus/data.db")));
    }
    void nameFromFolder()
    {
        QString error;
        const std::optional<ComposeImport> imported = ComposeImporter::importFile(data("seed-guide.yml"), {}, {}, &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(imported->spec.name, QStringLiteral("compose"));
    }
    void interpolationWithDotEnv()
    {
        QString error;
        const std::optional<ComposeImport> imported = ComposeImporter::importFile(
            data("interpolated/docker-compose.yml"), QStringLiteral("interp"), {{QStringLiteral("PORT"), QStringLiteral("8123")}},
            &error);
        QVERIFY2(imported, qPrintable(error));
        const InstanceSpec &spec = imported->spec;
        const QString notes = imported->notes.join(QLatin1Char('\n'));
        QCOMPARE(spec.imageTag, QStringLiteral("10.13.4"));
        QCOMPARE(spec.databaseKind, DatabaseKind::Sqlite);
        QCOMPARE(spec.hostPort, 8123);  // the given environment wins over .env
        QCOMPARE(imported->secrets.key, QStringLiteral("key-from-dotenv"));
        QCOMPARE(imported->secrets.secret, QStringLiteral("secret with spaces"));
        QCOMPARE(imported->secrets.adminPassword, QStringLiteral("pa\"ss"));
        QCOMPARE(spec.adminEmail, QStringLiteral("ops@example.com"));
        QCOMPARE(spec.uploadsStorage, StorageChoice::folder(QFileInfo(data("interpolated/uploads")).absoluteFilePath()));
        // The file's named volume "db" is the engine's "interp_db": kept under that name.
        QCOMPARE(spec.databaseStorage, StorageChoice::volume(QStringLiteral("interp_db")));
        QVERIFY2(hasNote(imported->notes, QStringLiteral("platform")), qPrintable(notes));
        QVERIFY2(hasNote(imported->notes, QStringLiteral("mailer")), qPrintable(notes));
        const QList<EnvVar> expectedExtra{{QStringLiteral("PRICE"), QStringLiteral("costs $5")},
                                          {QStringLiteral("EMAIL_FROM"), QStringLiteral("no-reply@example.com")}};
        QCOMPARE(spec.extraEnv, expectedExtra);
    }
    void unsetVariableNoted()
    {
        QString error;
        const QByteArray yaml = "services:\n  d:\n    image: directus/directus:11\n    environment:\n      KEY: ${NOPE}\n";
        const std::optional<ComposeImport> imported = ComposeImporter::importText(yaml, QDir::tempPath(), QStringLiteral("x"), {}, &error);
        QVERIFY2(imported, qPrintable(error));
        QVERIFY(hasNote(imported->notes, QStringLiteral("NOPE")));
        QCOMPARE(imported->spec.imageTag, QStringLiteral("11"));
    }
    void brokenYamlSentence()
    {
        QString error;
        QVERIFY(!ComposeImporter::importText(brokenYaml(), QDir::tempPath(), QStringLiteral("x"), {}, &error));
        QVERIFY2(error.startsWith(QStringLiteral("The compose file is not valid YAML")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("line")), qPrintable(error));
        QVERIFY(!ComposeImporter::importText("services:\n  db:\n    image: postgres\n", QDir::tempPath(), {}, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("Directus image")), qPrintable(error));
        QVERIFY(!ComposeImporter::importText("- a\n- b\n", QDir::tempPath(), {}, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("no services")), qPrintable(error));
        QVERIFY(!ComposeImporter::importFile(data("does-not-exist.yml"), {}, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be read")), qPrintable(error));
    }
    void interpolate()
    {
        const QMap<QString, QString> env{{QStringLiteral("A"), QStringLiteral("1")}, {QStringLiteral("E"), QString()}};
        QStringList unset;
        QCOMPARE(ComposeImporter::interpolate(QStringLiteral("$A-${A}-$$A-${B:-d}-${E:-x}-${E-x}-${B-y}"), env, &unset),
                 QStringLiteral("1-1-$A-d-x--y"));
        QVERIFY(unset.isEmpty());
        QCOMPARE(ComposeImporter::interpolate(QStringLiteral("${C}"), env, &unset), QString());
        QCOMPARE(unset, QStringList{QStringLiteral("C")});
    }
    void exportImportRoundTrip_data()
    {
        QTest::addColumn<int>("kind");
        for (DatabaseKind kind : allDatabaseKinds()) {
            if (kind != DatabaseKind::Oracle)
                QTest::newRow(qPrintable(databaseKindId(kind))) << int(kind);
        }
    }
    void exportImportRoundTrip()
    {
        QFETCH(int, kind);
        InstanceSpec spec = InstanceSpec::create(QStringLiteral("round-trip"));
        spec.databaseKind = DatabaseKind(kind);
        spec.imageTag = QStringLiteral("10.13.4");
        spec.redisCache = spec.databaseKind == DatabaseKind::Postgres;
        spec.adminEmail = QStringLiteral("me@example.com");
        spec.hostPort = 8077;
        spec.websockets = true;
        spec.msSqlEulaAccepted = spec.databaseKind == DatabaseKind::MsSql;
        if (spec.databaseKind == DatabaseKind::MySql)
            spec.databaseImage = QStringLiteral("mysql:8.0.36");
        if (spec.databaseKind == DatabaseKind::External)
            spec.external = {DatabaseKind::Postgres, QStringLiteral("db.lan"), 5433, QStringLiteral("cms"), QStringLiteral("cms")};
        spec.uploadsStorage = StorageChoice::folder(QStringLiteral("/srv/my uploads/ü"));
        if (spec.usesSqlite())
            spec.databaseStorage = StorageChoice::folder(QStringLiteral("/srv/db"));
        spec.extraEnv = {{QStringLiteral("X_NO"), QStringLiteral("no")},
                         {QStringLiteral("X_DOLLAR"), QStringLiteral("a$b${c}")},
                         {QStringLiteral("SMTP_PASSWORD"), QString(), true}};
        ResolvedSecrets secrets;
        secrets.key = QStringLiteral("k$1");
        secrets.secret = QStringLiteral("s 2");
        secrets.adminPassword = QStringLiteral("a'3");
        secrets.dbPassword = QStringLiteral("d4");
        secrets.dbRootPassword = QStringLiteral("r5");
        secrets.env.insert(QStringLiteral("SMTP_PASSWORD"), QStringLiteral("smtp $6"));
        QTemporaryDir dir;
        const StackPlan plan = StackPlan::make(spec, secrets, dir.path());
        QVERIFY(ComposeExporter::writeFiles(dir.path(), spec, plan, ExportOptions{true}).ok);
        // The secret extra variable is a reference in the compose file; its value is only in the .env.
        QFile compose(dir.path() + QStringLiteral("/docker-compose.yml"));
        QVERIFY(compose.open(QIODevice::ReadOnly));
        const QByteArray composeText = compose.readAll();
        QVERIFY(composeText.contains("${SMTP_PASSWORD}"));
        QVERIFY(!composeText.contains("smtp $"));
        QString error;
        const std::optional<ComposeImport> imported =
            ComposeImporter::importFile(dir.path() + QStringLiteral("/docker-compose.yml"), spec.name, {}, &error);
        QVERIFY2(imported, qPrintable(error));
        InstanceSpec back = imported->spec;
        back.id = spec.id;
        QCOMPARE(back.extraEnv, spec.extraEnv);
        QCOMPARE(back.databaseImage, spec.databaseImage);
        QCOMPARE(back.uploadsStorage, spec.uploadsStorage);
        QVERIFY(back == spec);
        QCOMPARE(imported->secrets.key, secrets.key);
        QCOMPARE(imported->secrets.secret, secrets.secret);
        QCOMPARE(imported->secrets.adminPassword, secrets.adminPassword);
        if (spec.databaseKind != DatabaseKind::CockroachDb && spec.databaseKind != DatabaseKind::Sqlite)
            QCOMPARE(imported->secrets.dbPassword, secrets.dbPassword);
        if (spec.databaseKind == DatabaseKind::MySql || spec.databaseKind == DatabaseKind::MariaDb)
            QCOMPARE(imported->secrets.dbRootPassword, secrets.dbRootPassword);
        QCOMPARE(imported->secrets.env, secrets.env);
        QVERIFY2(!hasNote(imported->notes, QStringLiteral("is set by Directus Desktop")),
                 qPrintable(imported->notes.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestComposeImport)
#include "tst_composeimport.moc"
