// SPDX-License-Identifier: GPL-3.0-or-later
// StackPlan: golden plans for every database (tests/data/plans/*.json; DD_UPDATE_GOLDEN=1
// rewrites them), and the properties that must hold whatever the goldens say: compose names and
// labels, start order, 127.0.0.1 by default, and secrets only in container env.
#include "instance/DatabaseProfile.h"
#include "instance/InstanceSpec.h"
#include "instance/ResolvedSecrets.h"
#include "instance/StackPlan.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace dd::instance;
using dd::docker::ContainerSpec;

using SpecEdit = std::function<void(InstanceSpec &)>;
Q_DECLARE_METATYPE(SpecEdit)

namespace {

const QString kInstanceFolder = QStringLiteral("/srv/directus-desktop/instances/00000000-0000-4000-8000-000000000001");

ResolvedSecrets fakeSecrets()
{
    return {QStringLiteral("SECRET-KEY-VALUE"), QStringLiteral("SECRET-SECRET-VALUE"), QStringLiteral("SECRET-ADMIN-PASSWORD"),
            QStringLiteral("SECRET-DB-PASSWORD"), QStringLiteral("SECRET-DB-ROOT-PASSWORD"), {}, false};
}

ResolvedSecrets otherSecrets()
{
    return {QStringLiteral("OTHER-1"), QStringLiteral("OTHER-2"), QStringLiteral("OTHER-3"), QStringLiteral("OTHER-4"),
            QStringLiteral("OTHER-5"), {}, false};
}

InstanceSpec baseSpec()
{
    InstanceSpec spec;
    spec.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    spec.name = QStringLiteral("demo");
    spec.imageTag = QStringLiteral("11.1.2");
    spec.adminEmail = QStringLiteral("admin@example.com");
    return spec;
}

struct Case
{
    const char *file;
    SpecEdit edit;
};

QList<Case> cases()
{
    return {
        {"sqlite-volumes", [](InstanceSpec &) {}},
        {"sqlite-folders",
         [](InstanceSpec &s) {
             s.uploadsStorage = StorageChoice::folder(QStringLiteral("/srv/cms/demo/uploads"));
             s.databaseStorage = StorageChoice::folder(QStringLiteral("/srv/cms/demo/database"));
             s.extensionsStorage = StorageChoice::folder(QStringLiteral("/srv/cms/demo/extensions"));
         }},
        {"postgres-redis",
         [](InstanceSpec &s) {
             s.databaseKind = DatabaseKind::Postgres;
             s.redisCache = true;
             s.websockets = true;
         }},
        {"mariadb", [](InstanceSpec &s) { s.databaseKind = DatabaseKind::MariaDb; }},
        {"mysql",
         [](InstanceSpec &s) {
             s.databaseKind = DatabaseKind::MySql;
             s.imageTag = QStringLiteral("10.13.4");  // shows the mysql_native_password argument
         }},
        {"mssql",
         [](InstanceSpec &s) {
             s.databaseKind = DatabaseKind::MsSql;
             s.msSqlEulaAccepted = true;
         }},
        {"cockroachdb", [](InstanceSpec &s) { s.databaseKind = DatabaseKind::CockroachDb; }},
        {"external",
         [](InstanceSpec &s) {
             s.databaseKind = DatabaseKind::External;
             s.external = {DatabaseKind::Postgres, QStringLiteral("db.example.com"), 5433, QStringLiteral("cms"),
                           QStringLiteral("cms_user")};
             s.redisCache = true;
             s.imageTag = QStringLiteral("10.3.2");  // shows the pre-10.4 Redis variables
         }},
    };
}

StackPlan planFor(const SpecEdit &edit, const ResolvedSecrets &secrets = fakeSecrets())
{
    InstanceSpec spec = baseSpec();
    edit(spec);
    return StackPlan::make(spec, secrets, kInstanceFolder);
}

QByteArray serialise(const StackPlan &plan)
{
    return QJsonDocument(plan.toJson(dd::docker::ApiVersion::minimum())).toJson(QJsonDocument::Indented);
}

// Everything in a plan that is not container env: names, labels, mounts, commands, checks.
QStringList visibleOutsideEnv(const StackPlan &plan)
{
    QStringList out{plan.project, plan.network.name};
    out << plan.network.labels.keys() << plan.network.labels.values();
    for (const StackPlan::Volume &v : plan.volumes)
        out << v.name << v.labels.keys() << v.labels.values();
    for (const StackPlan::Container &c : plan.containers) {
        out << c.name << c.spec.image << c.spec.cmd << c.spec.labels.keys() << c.spec.labels.values();
        for (const ContainerSpec::Mount &m : c.spec.mounts)
            out << m.source << m.target;
        if (c.spec.healthcheck)
            out << c.spec.healthcheck->test;
        out << c.execWhenReady;
    }
    for (const EnvNote &n : plan.notes)
        out << n.sentence;
    return out;
}

} // namespace

class TstStackPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void isPure();
    void composeNamesAndLabels_data();
    void composeNamesAndLabels();
    void startOrderAndDependencies();
    void secretsOnlyInContainerEnv_data();
    void secretsOnlyInContainerEnv();
    void configHashTracksSettingsNotSecrets();
    void portOnDirectusOnlyAndLocalByDefault();
    void storageVolumesOrFolders();
    void takenOverStackKeepsItsNames();
    void healthchecksAndWaits();
    void externalDatabaseHasNoContainer();
    void sqlServerDatabaseIsCreatedBeforeDirectus();
    void everyDatabaseProfileIsComplete();
};

void TstStackPlan::golden_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<SpecEdit>("edit");
    for (const Case &c : cases())
        QTest::newRow(c.file) << QString::fromLatin1(c.file) << c.edit;
}

void TstStackPlan::golden()
{
    QFETCH(QString, file);
    QFETCH(SpecEdit, edit);
    const QByteArray actual = serialise(planFor(edit));
    const QString path = QStringLiteral(DD_TEST_DATA_DIR "/plans/") + file + QStringLiteral(".json");
    if (qEnvironmentVariableIntValue("DD_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        qInfo("rewrote %s", qPrintable(path));
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(" is missing; run with DD_UPDATE_GOLDEN=1")));
    const QByteArray expected = in.readAll();
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> e = expected.split('\n');
        for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
            const QByteArray al = a.value(i);
            const QByteArray el = e.value(i);
            if (al != el)
                QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  actual:   %3\n  expected: %4\n"
                                                "(DD_UPDATE_GOLDEN=1 rewrites it after a deliberate change)")
                                     .arg(file)
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(al.trimmed()), QString::fromUtf8(el.trimmed()))));
        }
    }
}

void TstStackPlan::isPure()
{
    for (const Case &c : cases())
        QCOMPARE(serialise(planFor(c.edit)), serialise(planFor(c.edit)));
}

void TstStackPlan::composeNamesAndLabels_data()
{
    golden_data();
}

void TstStackPlan::composeNamesAndLabels()
{
    QFETCH(SpecEdit, edit);
    const StackPlan plan = planFor(edit);
    const QString id = baseSpec().id;
    QCOMPARE(plan.project, QStringLiteral("demo"));
    QCOMPARE(plan.network.name, QStringLiteral("demo_default"));
    QCOMPARE(plan.network.labels.value(QStringLiteral("com.docker.compose.network")), QStringLiteral("default"));
    QCOMPARE(plan.network.labels.value(QStringLiteral("com.docker.compose.project")), QStringLiteral("demo"));
    QCOMPARE(plan.network.labels.value(QStringLiteral("org.directusdesktop.instance")), id);

    for (const StackPlan::Volume &v : plan.volumes) {
        QCOMPARE(v.name, QStringLiteral("demo_") + v.key);
        QCOMPARE(v.labels.value(QStringLiteral("com.docker.compose.project")), QStringLiteral("demo"));
        QCOMPARE(v.labels.value(QStringLiteral("com.docker.compose.volume")), v.key);
        QCOMPARE(v.labels.value(QStringLiteral("com.docker.compose.version")), StackPlan::composeVersion());
        QCOMPARE(v.labels.value(QStringLiteral("org.directusdesktop.instance")), id);
    }

    static const QRegularExpression hash(QStringLiteral("^[0-9a-f]{64}$"));
    for (const StackPlan::Container &c : plan.containers) {
        const auto &l = c.spec.labels;
        QCOMPARE(c.name, QStringLiteral("demo-") + c.service + QStringLiteral("-1"));
        QCOMPARE(l.value(QStringLiteral("com.docker.compose.project")), QStringLiteral("demo"));
        QCOMPARE(l.value(QStringLiteral("com.docker.compose.service")), c.service);
        QCOMPARE(l.value(QStringLiteral("com.docker.compose.oneoff")), QStringLiteral("False"));
        QCOMPARE(l.value(QStringLiteral("com.docker.compose.container-number")), QStringLiteral("1"));
        QCOMPARE(l.value(QStringLiteral("com.docker.compose.version")), StackPlan::composeVersion());
        QCOMPARE(l.value(QStringLiteral("com.docker.compose.project.working_dir")), kInstanceFolder);
        QCOMPARE(l.value(QStringLiteral("com.docker.compose.project.config_files")),
                 kInstanceFolder + QStringLiteral("/docker-compose.yml"));
        QVERIFY(l.contains(QStringLiteral("com.docker.compose.depends_on")));
        QVERIFY(hash.match(l.value(QStringLiteral("com.docker.compose.config-hash"))).hasMatch());
        QCOMPARE(l.value(QStringLiteral("org.directusdesktop.instance")), id);
        QCOMPARE(l.value(QStringLiteral("org.directusdesktop.service")), c.service);
        QCOMPARE(c.spec.restartPolicy, QStringLiteral("unless-stopped"));
        QCOMPARE(c.spec.networks.size(), 1);
        QCOMPARE(c.spec.networks.first().name, plan.network.name);
        QCOMPARE(c.spec.networks.first().aliases, QStringList{c.service});
    }
}

void TstStackPlan::startOrderAndDependencies()
{
    const StackPlan full = planFor([](InstanceSpec &s) {
        s.databaseKind = DatabaseKind::Postgres;
        s.redisCache = true;
    });
    QCOMPARE(full.containers.size(), 3);
    QCOMPARE(full.containers[0].service, QStringLiteral("database"));
    QCOMPARE(full.containers[1].service, QStringLiteral("cache"));
    QCOMPARE(full.containers[2].service, QStringLiteral("directus"));
    QCOMPARE(full.containers[2].spec.labels.value(QStringLiteral("com.docker.compose.depends_on")),
             QStringLiteral("database:service_healthy:false,cache:service_started:false"));
    QCOMPARE(full.containers[0].spec.labels.value(QStringLiteral("com.docker.compose.depends_on")), QString());

    const StackPlan sqlite = planFor([](InstanceSpec &) {});
    QCOMPARE(sqlite.containers.size(), 1);
    QCOMPARE(sqlite.containers[0].service, QStringLiteral("directus"));
    QCOMPARE(sqlite.containers[0].spec.labels.value(QStringLiteral("com.docker.compose.depends_on")), QString());

    const StackPlan dbOnly = planFor([](InstanceSpec &s) { s.databaseKind = DatabaseKind::MariaDb; });
    QCOMPARE(dbOnly.containers.size(), 2);
    QCOMPARE(dbOnly.containers[1].spec.labels.value(QStringLiteral("com.docker.compose.depends_on")),
             QStringLiteral("database:service_healthy:false"));
    QCOMPARE(dbOnly.container(QStringLiteral("database")), &dbOnly.containers[0]);
    QCOMPARE(dbOnly.container(QStringLiteral("cache")), nullptr);
}

void TstStackPlan::secretsOnlyInContainerEnv_data()
{
    golden_data();
}

void TstStackPlan::secretsOnlyInContainerEnv()
{
    QFETCH(SpecEdit, edit);
    const StackPlan plan = planFor(edit);
    for (const QString &text : visibleOutsideEnv(plan)) {
        QVERIFY2(!text.contains(QStringLiteral("SECRET-")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("${secret:")), qPrintable(text));
    }
    const QStringList directusEnv = plan.container(QStringLiteral("directus"))->spec.env;
    QVERIFY(directusEnv.contains(QStringLiteral("KEY=SECRET-KEY-VALUE")));
    QVERIFY(directusEnv.contains(QStringLiteral("SECRET=SECRET-SECRET-VALUE")));
    QVERIFY(directusEnv.contains(QStringLiteral("ADMIN_PASSWORD=SECRET-ADMIN-PASSWORD")));
}

void TstStackPlan::configHashTracksSettingsNotSecrets()
{
    auto hashes = [](const StackPlan &plan) {
        QStringList out;
        for (const StackPlan::Container &c : plan.containers)
            out << c.spec.labels.value(QStringLiteral("com.docker.compose.config-hash"));
        return out;
    };
    const SpecEdit postgres = [](InstanceSpec &s) {
        s.databaseKind = DatabaseKind::Postgres;
        s.redisCache = true;
    };
    const StackPlan a = planFor(postgres);
    const StackPlan b = planFor(postgres, otherSecrets());
    QCOMPARE(hashes(a), hashes(b));
    QVERIFY(a.containers[0].spec.env != b.containers[0].spec.env);  // the secrets did reach the env

    const StackPlan moved = planFor([&postgres](InstanceSpec &s) {
        postgres(s);
        s.hostPort = 8056;
    });
    QCOMPARE(hashes(moved).first(), hashes(a).first());  // the database did not change
    QVERIFY(hashes(moved).last() != hashes(a).last());   // Directus did
    const QStringList all = hashes(a);
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 3);
}

void TstStackPlan::portOnDirectusOnlyAndLocalByDefault()
{
    const StackPlan plan = planFor([](InstanceSpec &s) {
        s.databaseKind = DatabaseKind::Postgres;
        s.redisCache = true;
    });
    for (const StackPlan::Container &c : plan.containers) {
        if (c.service != QLatin1String("directus")) {
            QVERIFY(c.spec.ports.isEmpty());
            continue;
        }
        QCOMPARE(c.spec.ports.size(), 1);
        QCOMPARE(c.spec.ports.first().containerPort, QStringLiteral("8055/tcp"));
        QCOMPARE(c.spec.ports.first().hostIp, QStringLiteral("127.0.0.1"));
        QCOMPARE(c.spec.ports.first().hostPort, QStringLiteral("8055"));
    }
    const StackPlan v6 = planFor([](InstanceSpec &s) {
        s.bindAddress = QStringLiteral("::1");
        s.hostPort = 9000;
    });
    QCOMPARE(v6.containers.last().spec.ports.first().hostIp, QStringLiteral("::1"));
    QCOMPARE(v6.containers.last().spec.ports.first().hostPort, QStringLiteral("9000"));
}

void TstStackPlan::storageVolumesOrFolders()
{
    auto targets = [](const StackPlan::Container &c) {
        QStringList out;
        for (const ContainerSpec::Mount &m : c.spec.mounts)
            out << m.target;
        return out;
    };
    const StackPlan volumes = planFor([](InstanceSpec &) {});
    QCOMPARE(targets(volumes.containers.last()),
             (QStringList{QStringLiteral("/directus/uploads"), QStringLiteral("/directus/database"),
                          QStringLiteral("/directus/extensions")}));
    QVERIFY(volumes.needsOwnershipFix.isEmpty());
    QCOMPARE(volumes.volumes.size(), 3);

    const StackPlan folders = planFor([](InstanceSpec &s) {
        s.uploadsStorage = StorageChoice::folder(QStringLiteral("/srv/cms/up"));
        s.databaseKind = DatabaseKind::Postgres;
        s.databaseStorage = StorageChoice::folder(QStringLiteral("/srv/cms/ignored"));  // not SQLite: unused
    });
    QCOMPARE(folders.needsOwnershipFix, QStringList{QStringLiteral("/srv/cms/up")});
    const StackPlan::Container &directus = folders.containers.last();
    QCOMPARE(targets(directus), (QStringList{QStringLiteral("/directus/uploads"), QStringLiteral("/directus/extensions")}));
    QCOMPARE(directus.spec.mounts.first().type, ContainerSpec::Mount::Type::Bind);
    QCOMPARE(directus.spec.mounts.last().type, ContainerSpec::Mount::Type::Volume);
    QStringList keys;
    for (const StackPlan::Volume &v : folders.volumes)
        keys << v.key;
    QCOMPARE(keys, (QStringList{QStringLiteral("db-data"), QStringLiteral("extensions")}));
}

// A stack taken over from the guide's file: the server's own folder, the file's volume names,
// network and database names are used as they are, and the server's folder is never re-owned.
void TstStackPlan::takenOverStackKeepsItsNames()
{
    const StackPlan plan = planFor([](InstanceSpec &s) {
        s.databaseKind = DatabaseKind::Postgres;
        s.databaseServerStorage = StorageChoice::folder(QStringLiteral("/srv/guide/data/database"));
        s.uploadsStorage = StorageChoice::folder(QStringLiteral("/srv/guide/uploads"));
        s.extensionsStorage = StorageChoice::volume(QStringLiteral("guide_ext"));
        s.networkKey = QStringLiteral("directus");
        s.databaseName = QStringLiteral("cms");
        s.databaseUser = QStringLiteral("editor");
    });
    const StackPlan::Container *db = plan.container(QStringLiteral("database"));
    QVERIFY(db);
    QCOMPARE(db->spec.mounts.size(), 1);
    QCOMPARE(db->spec.mounts.first().type, ContainerSpec::Mount::Type::Bind);
    QCOMPARE(db->spec.mounts.first().source, QStringLiteral("/srv/guide/data/database"));
    QCOMPARE(plan.serverOwnedFolders, QStringList{QStringLiteral("/srv/guide/data/database")});
    QCOMPARE(plan.needsOwnershipFix, QStringList{QStringLiteral("/srv/guide/uploads")});
    QVERIFY(db->spec.env.contains(QStringLiteral("POSTGRES_DB=cms")));
    QVERIFY(db->spec.env.contains(QStringLiteral("POSTGRES_USER=editor")));
    const StackPlan::Container *directus = plan.container(QStringLiteral("directus"));
    QVERIFY(directus->spec.env.contains(QStringLiteral("DB_DATABASE=cms")));
    QVERIFY(directus->spec.env.contains(QStringLiteral("DB_USER=editor")));
    QCOMPARE(plan.network.name, plan.project + QStringLiteral("_directus"));
    QCOMPARE(plan.network.labels.value(QStringLiteral("com.docker.compose.network")), QStringLiteral("directus"));
    for (const StackPlan::Container &c : plan.containers)
        QCOMPARE(c.spec.networks.first().name, plan.network.name);
    QStringList names;
    for (const StackPlan::Volume &v : plan.volumes)
        names << v.name;
    QCOMPARE(names, QStringList{QStringLiteral("guide_ext")});  // no db-data volume: the folder holds the data
}

void TstStackPlan::healthchecksAndWaits()
{
    const StackPlan plan = planFor([](InstanceSpec &s) {
        s.databaseKind = DatabaseKind::Postgres;
        s.redisCache = true;
    });
    const StackPlan::Container &db = plan.containers[0];
    QVERIFY(db.spec.healthcheck);
    QVERIFY(db.spec.healthcheck->test.join(QLatin1Char(' ')).contains(QStringLiteral("pg_isready")));
    QCOMPARE(db.waitFor.kind, StackPlan::WaitFor::Kind::Healthy);
    QCOMPARE(plan.containers[1].waitFor.kind, StackPlan::WaitFor::Kind::Running);
    const StackPlan::Container &directus = plan.containers[2];
    QCOMPARE(directus.waitFor.kind, StackPlan::WaitFor::Kind::HttpPing);
    QCOMPARE(directus.waitFor.path, QStringLiteral("/server/ping"));
    QVERIFY(directus.spec.healthcheck);
    // node, not wget: the no-shell images have no wget (and no shell for CMD-SHELL).
    QCOMPARE(directus.spec.healthcheck->test.mid(0, 3), (QStringList{QStringLiteral("CMD"), QStringLiteral("node"), QStringLiteral("-e")}));
    QVERIFY(directus.spec.healthcheck->test.join(QLatin1Char(' ')).contains(QStringLiteral("http://127.0.0.1:8055/server/ping")));
    QVERIFY(directus.spec.healthcheck->startPeriod >= std::chrono::seconds(60));
    QVERIFY(directus.spec.init);
}

void TstStackPlan::externalDatabaseHasNoContainer()
{
    const StackPlan plan = planFor([](InstanceSpec &s) {
        s.databaseKind = DatabaseKind::External;
        s.external = {DatabaseKind::Postgres, QStringLiteral("db.example.com"), 0, QStringLiteral("cms"), QStringLiteral("cms")};
    });
    QCOMPARE(plan.containers.size(), 1);
    const QStringList env = plan.containers.first().spec.env;
    QVERIFY(env.contains(QStringLiteral("DB_HOST=db.example.com")));
    QVERIFY(env.contains(QStringLiteral("DB_PORT=5432")));
    QVERIFY(env.contains(QStringLiteral("DB_PASSWORD=SECRET-DB-PASSWORD")));
    for (const StackPlan::Volume &v : plan.volumes)
        QVERIFY(v.key != QLatin1String("db-data") && v.key != QLatin1String("database"));
}

void TstStackPlan::sqlServerDatabaseIsCreatedBeforeDirectus()
{
    const StackPlan plan = planFor([](InstanceSpec &s) {
        s.databaseKind = DatabaseKind::MsSql;
        s.msSqlEulaAccepted = true;
    });
    const StackPlan::Container *db = plan.container(QStringLiteral("database"));
    QVERIFY(db);
    const QString exec = db->execWhenReady.join(QLatin1Char(' '));
    QVERIFY2(exec.contains(QStringLiteral("CREATE DATABASE [directus]")), qPrintable(exec));
    QVERIFY(exec.contains(QStringLiteral("SQLCMDPASSWORD=\"$MSSQL_SA_PASSWORD\" ")));
    // Neither the exec nor the health check gives the password as an argument (`ps` shows those).
    QVERIFY2(!exec.contains(QStringLiteral(" -P ")), qPrintable(exec));
    QVERIFY(db->spec.healthcheck);
    const QString check = db->spec.healthcheck->test.join(QLatin1Char(' '));
    QVERIFY2(!check.contains(QStringLiteral(" -P ")) && check.contains(QStringLiteral("SQLCMDPASSWORD=")), qPrintable(check));
    QVERIFY(db->spec.env.contains(QStringLiteral("ACCEPT_EULA=Y")));
    QVERIFY(plan.container(QStringLiteral("directus"))->execWhenReady.isEmpty());
    QVERIFY(planFor([](InstanceSpec &s) { s.databaseKind = DatabaseKind::Postgres; }).containers.first().execWhenReady.isEmpty());
}

void TstStackPlan::everyDatabaseProfileIsComplete()
{
    const DatabaseConnection connection{QStringLiteral("database"), 1, QStringLiteral("directus"), QStringLiteral("u"),
                                        QStringLiteral("p"), QStringLiteral("r")};
    for (DatabaseKind kind : allDatabaseKinds()) {
        const DatabaseProfile p = DatabaseProfile::of(kind);
        const QByteArray id = databaseKindId(kind).toLatin1();
        QCOMPARE(databaseKindFromId(databaseKindId(kind)), kind);
        QVERIFY2(!p.displayName.isEmpty(), id.constData());
        QCOMPARE(p.offered, p.notOfferedReason.isEmpty());
        if (!p.runsContainer) {
            QVERIFY2(p.defaultImage.isEmpty() && !p.healthcheck() && p.containerEnv(connection).isEmpty(), id.constData());
            continue;
        }
        QVERIFY2(!p.defaultImage.isEmpty() && p.dataPath.startsWith(QLatin1Char('/')) && p.port > 0, id.constData());
        QVERIFY2(p.healthcheck() && p.healthcheck()->startPeriod > std::chrono::nanoseconds(0), id.constData());
        QVERIFY2(!p.containerEnv(connection).isEmpty(), id.constData());
        QCOMPARE(p.directusEnv(connection).first().value, p.dbClient);
    }
    QVERIFY(!DatabaseProfile::of(DatabaseKind::Oracle).offered);
    // Only these have real images on the test machines; the rest are tested as plans.
    QList<DatabaseKind> tested;
    for (DatabaseKind kind : allDatabaseKinds()) {
        if (DatabaseProfile::of(kind).testedWithRealImage)
            tested << kind;
    }
    QCOMPARE(tested, (QList<DatabaseKind>{DatabaseKind::Sqlite, DatabaseKind::Postgres, DatabaseKind::MariaDb}));
    QCOMPARE(DatabaseProfile::of(DatabaseKind::Postgres).otherImages, QStringList{QStringLiteral("postgres:15")});
}

QTEST_GUILESS_MAIN(TstStackPlan)
#include "tst_stackplan.moc"
