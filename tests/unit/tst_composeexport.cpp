// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/ComposeExporter.h"
#include "instance/InstanceSpec.h"
#include "instance/ResolvedSecrets.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace dd::instance;

namespace {

ResolvedSecrets fakeSecrets()
{
    return {QStringLiteral("fake-key-7f3a9c"), QStringLiteral("fake-secret-b81d2e"), QStringLiteral("fake-admin-pw-4c6e$x"),
            QStringLiteral("fake-db-pw-91ab"), QStringLiteral("fake-root-pw-55cd"), {}, false};
}

InstanceSpec specFor(DatabaseKind kind)
{
    InstanceSpec spec;
    spec.id = QStringLiteral("0b7a1f7e-1111-4222-8333-944455556666");
    spec.name = kind == DatabaseKind::Sqlite ? QStringLiteral("blog") : QStringLiteral("shop");
    spec.imageTag = QStringLiteral("11.1.2");
    spec.databaseKind = kind;
    spec.redisCache = kind == DatabaseKind::Postgres;
    spec.adminEmail = QStringLiteral("admin@example.com");
    spec.hostPort = 8056;
    if (kind == DatabaseKind::Sqlite)
        spec.uploadsStorage = StorageChoice::folder(QStringLiteral("/srv/directus files/uploads"));
    spec.extraEnv = {{QStringLiteral("EXTRA_NO"), QStringLiteral("no")},
                     {QStringLiteral("EXTRA_DOLLAR"), QStringLiteral("a$b ${HOME}")},
                     {QStringLiteral("EXTRA_ZERO"), QStringLiteral("0123")}};
    return spec;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QMap<QString, QString> envMap(const YAML::Node &service)
{
    QMap<QString, QString> out;
    for (const auto &kv : service["environment"])
        out.insert(QString::fromStdString(kv.first.as<std::string>()), QString::fromStdString(kv.second.as<std::string>()));
    return out;
}

} // namespace

class TestComposeExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("file");
        QTest::newRow("sqlite") << int(DatabaseKind::Sqlite) << QStringLiteral("export-sqlite.yml");
        QTest::newRow("postgres-redis") << int(DatabaseKind::Postgres) << QStringLiteral("export-postgres-redis.yml");
    }
    void golden()
    {
        QFETCH(int, kind);
        QFETCH(QString, file);
        const InstanceSpec spec = specFor(DatabaseKind(kind));
        const StackPlan plan = StackPlan::make(spec, fakeSecrets(), QStringLiteral("/data/instances/x"));
        const ComposeExport exported = ComposeExporter::make(spec, plan);
        const QString path = QStringLiteral(DD_TEST_DATA_DIR "/compose/") + file;
        if (qEnvironmentVariableIsSet("DD_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(exported.composeYaml);
        }
        QCOMPARE(QString::fromUtf8(exported.composeYaml), QString::fromUtf8(readAll(path)));
        QVERIFY(exported.envFile.isEmpty());
    }
    void secretsAbsentByDefault()
    {
        const ResolvedSecrets s = fakeSecrets();
        for (DatabaseKind kind : allDatabaseKinds()) {
            const InstanceSpec spec = specFor(kind);
            const ComposeExport exported = ComposeExporter::make(spec, StackPlan::make(spec, s, QStringLiteral("/x")));
            for (const QString &secret : {s.key, s.secret, s.adminPassword, s.dbPassword, s.dbRootPassword})
                QVERIFY2(!exported.composeYaml.contains(secret.toUtf8()), qPrintable(databaseKindId(kind) + secret));
            QVERIFY(exported.composeYaml.contains("KEY: \"${DIRECTUS_KEY}\""));
        }
    }
    void parsesBackWithSameValues()
    {
        const InstanceSpec spec = specFor(DatabaseKind::Postgres);
        const StackPlan plan = StackPlan::make(spec, fakeSecrets(), QStringLiteral("/x"));
        const ComposeExport exported = ComposeExporter::make(spec, plan);
        const YAML::Node root = YAML::Load(exported.composeYaml.toStdString());
        const QMap<QString, QString> env = envMap(root["services"]["directus"]);
        QCOMPARE(env.value(QStringLiteral("EXTRA_NO")), QStringLiteral("no"));
        QCOMPARE(env.value(QStringLiteral("EXTRA_ZERO")), QStringLiteral("0123"));
        QCOMPARE(env.value(QStringLiteral("EXTRA_DOLLAR")), QStringLiteral("a$$b $${HOME}"));
        QCOMPARE(env.value(QStringLiteral("KEY")), QStringLiteral("${DIRECTUS_KEY}"));
        // Every non-secret value of the plan comes back, $ doubled.
        for (const QString &entry : plan.container(QStringLiteral("directus"))->spec.env) {
            const QString key = entry.section(QLatin1Char('='), 0, 0);
            const QString value = entry.section(QLatin1Char('='), 1);
            if (ComposeExporter::secretVariableFor(key).isEmpty())
                QCOMPARE(env.value(key), ComposeExporter::escapeDollars(value));
        }
        QCOMPARE(QString::fromStdString(root["services"]["directus"]["depends_on"]["database"]["condition"].as<std::string>()),
                 QStringLiteral("service_healthy"));
        QVERIFY(!root["name"]);
    }
    void envFileOnlyWhenAsked()
    {
        const InstanceSpec spec = specFor(DatabaseKind::MySql);
        const StackPlan plan = StackPlan::make(spec, fakeSecrets(), QStringLiteral("/x"));
        const ComposeExport exported = ComposeExporter::make(spec, plan, ExportOptions{true});
        QVERIFY(exported.envFile.contains("DIRECTUS_KEY=fake-key-7f3a9c\n"));
        QVERIFY(exported.envFile.contains("DIRECTUS_ADMIN_PASSWORD='fake-admin-pw-4c6e$x'\n"));
        QVERIFY(exported.envFile.contains("DB_ROOT_PASSWORD=fake-root-pw-55cd\n"));
    }
    void writeFilesModes()
    {
        QTemporaryDir dir;
        const InstanceSpec spec = specFor(DatabaseKind::Postgres);
        const StackPlan plan = StackPlan::make(spec, fakeSecrets(), dir.path());
        QVERIFY(ComposeExporter::writeFiles(dir.path(), spec, plan).ok);
        QVERIFY(QFile::exists(dir.path() + QStringLiteral("/docker-compose.yml")));
        QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/.env")));
        QVERIFY(ComposeExporter::writeFiles(dir.path(), spec, plan, ExportOptions{true}).ok);
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(dir.path() + QStringLiteral("/.env")) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(dir.path() + QStringLiteral("/docker-compose.yml")).testFlag(QFileDevice::ReadOther));
    }
    void composeAccepts_data()
    {
        QTest::addColumn<int>("kind");
        for (DatabaseKind kind : allDatabaseKinds()) {
            if (kind != DatabaseKind::Oracle)
                QTest::newRow(qPrintable(databaseKindId(kind))) << int(kind);
        }
    }
    void composeAccepts()
    {
        QFETCH(int, kind);
        const QString binary = QStringLiteral("/usr/bin/docker-compose");
        if (!QFile::exists(binary))
            QSKIP("*** docker-compose 1.29 is not installed: the exported files were NOT checked by Compose");
        QTemporaryDir dir;
        const InstanceSpec spec = specFor(DatabaseKind(kind));
        const StackPlan plan = StackPlan::make(spec, fakeSecrets(), dir.path());
        QVERIFY(ComposeExporter::writeFiles(dir.path(), spec, plan, ExportOptions{true}).ok);
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(binary, {QStringLiteral("-p"), spec.name, QStringLiteral("-f"), dir.path() + QStringLiteral("/docker-compose.yml"),
                         QStringLiteral("config")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        const QByteArray resolved = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, err.constData());
        QVERIFY2(!err.contains("WARNING"), err.constData());
        // Compose resolved the references from the .env and the doubled $ back to one.
        QVERIFY(resolved.contains("fake-key-7f3a9c"));
        QVERIFY2(resolved.contains("a$$b $${HOME}") || resolved.contains("a$b ${HOME}"), resolved.constData());
    }
};

QTEST_GUILESS_MAIN(TestComposeExport)
#include "tst_composeexport.moc"
