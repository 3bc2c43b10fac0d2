// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/InstanceStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dd::instance;

namespace {

InstanceSpec richSpec(DatabaseKind kind)
{
    InstanceSpec spec = InstanceSpec::create(QStringLiteral("shop-%1").arg(databaseKindId(kind)));
    spec.databaseKind = kind;
    spec.imageTag = QStringLiteral("10.13.4");
    spec.adminEmail = QStringLiteral("anne@example.com");
    spec.hostPort = 8123;
    spec.redisCache = kind == DatabaseKind::Postgres;
    spec.databaseImage = kind == DatabaseKind::MySql ? QStringLiteral("mysql:8.0.36") : QString();
    spec.msSqlEulaAccepted = kind == DatabaseKind::MsSql;
    if (kind == DatabaseKind::External) {
        spec.external = {DatabaseKind::MariaDb, QStringLiteral("db.lan"), 3307, QStringLiteral("cms"), QStringLiteral("no")};
    }
    spec.uploadsStorage = StorageChoice::folder(QStringLiteral("/home/anne/My Files/Ünïcode ✓/uploads"));
    spec.databaseStorage = StorageChoice::folder(QStringLiteral("/srv/with space/db"));
    spec.telemetry = true;
    spec.websockets = true;
    spec.extraEnv = {{QStringLiteral("A"), QStringLiteral("no")},
                     {QStringLiteral("B"), QStringLiteral("0123")},
                     {QStringLiteral("C"), QStringLiteral("a: b")},
                     {QStringLiteral("D"), QStringLiteral("#x")},
                     {QStringLiteral("E"), QStringLiteral("$HOME ${X}")},
                     {QStringLiteral("F"), QStringLiteral("  leading and trailing  ")},
                     {QStringLiteral("G"), QStringLiteral("line one\nline two\n\ttab \"quote\" 'single' \\")},
                     {QStringLiteral("H"), QStringLiteral("true")},
                     {QStringLiteral("I"), QString()},
                     {QStringLiteral("J"), QStringLiteral("~")},
                     {QStringLiteral("K"), QStringLiteral("null")}};
    return spec;
}

bool ownerOnly(const QString &path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (p & others) == 0 && p.testFlag(QFileDevice::ReadOwner) && p.testFlag(QFileDevice::WriteOwner)
        && !p.testFlag(QFileDevice::ExeOwner);
}

} // namespace

class TestInstanceStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("kind");
        for (DatabaseKind kind : allDatabaseKinds())
            QTest::newRow(qPrintable(databaseKindId(kind))) << int(kind);
    }
    void roundTrip()
    {
        QFETCH(int, kind);
        QTemporaryDir dir;
        const InstanceStore store(dir.path() + QStringLiteral("/sub folder ü/instances"));
        const InstanceSpec spec = richSpec(DatabaseKind(kind));
        const StoreResult saved = store.save(spec);
        QVERIFY2(saved.ok, qPrintable(saved.error));
        QString error;
        const std::optional<InstanceSpec> loaded = store.load(spec.id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->extraEnv, spec.extraEnv);
        QVERIFY(*loaded == spec);
    }
    void defaultsRoundTrip()
    {
        QTemporaryDir dir;
        const InstanceStore store(dir.path());
        const InstanceSpec spec = InstanceSpec::create(QStringLiteral("plain"));
        QVERIFY(store.save(spec).ok);
        QVERIFY(store.load(spec.id) == spec);
    }
    void valuesAreQuoted()
    {
        const QByteArray text = InstanceStore::serialize(richSpec(DatabaseKind::Sqlite));
        QVERIFY(text.startsWith("# ") || text.startsWith("schema: 1"));
        QVERIFY(text.contains("\nschema: 1\n") || text.startsWith("schema: 1\n"));
        QVERIFY(text.contains("value: \"no\""));
        QVERIFY(text.contains("value: \"0123\""));
        QVERIFY(text.contains("kind: \"sqlite\""));
    }
    void fileMode()
    {
        QTemporaryDir dir;
        const InstanceStore store(dir.path());
        const InstanceSpec spec = richSpec(DatabaseKind::Sqlite);
        QVERIFY(store.save(spec).ok);
        QVERIFY(ownerOnly(store.pathFor(spec.id)));
        // A second save replaces the file and keeps the mode.
        QVERIFY(store.save(spec).ok);
        QVERIFY(ownerOnly(store.pathFor(spec.id)));
    }
    void takenOverSpecRoundTripsInFormat2()
    {
        QTemporaryDir dir;
        const InstanceStore store(dir.path());
        InstanceSpec spec = richSpec(DatabaseKind::Postgres);
        spec.databaseServerStorage = StorageChoice::folder(QStringLiteral("/srv/guide/data/database"));
        spec.uploadsStorage = StorageChoice::volume(QStringLiteral("guide_uploads"));
        spec.networkKey = QStringLiteral("directus");
        spec.databaseName = QStringLiteral("cms");
        spec.databaseUser = QStringLiteral("editor");
        QVERIFY(store.save(spec).ok);
        QFile f(store.pathFor(spec.id));
        QVERIFY(f.open(QIODevice::ReadOnly));
        // A version that reads only format 1 would start it on new, empty storage: it must refuse.
        QVERIFY(f.readAll().contains("\nschema: 2\n"));
        QString error;
        const std::optional<InstanceSpec> loaded = store.load(spec.id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, spec);
    }
    void secretExtraVariableKeepsOnlyItsName()
    {
        QTemporaryDir dir;
        const InstanceStore store(dir.path());
        InstanceSpec spec = richSpec(DatabaseKind::Sqlite);
        spec.extraEnv.append({QStringLiteral("SMTP_PASSWORD"), QString(), true});
        QVERIFY(store.save(spec).ok);
        QFile f(store.pathFor(spec.id));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray yaml = f.readAll();
        // Format 2: a reader of format 1 would start the container without the variable.
        QVERIFY(yaml.contains("\nschema: 2\n"));
        QVERIFY(yaml.contains("key: \"SMTP_PASSWORD\"\n    secret: true"));
        QString error;
        const std::optional<InstanceSpec> loaded = store.load(spec.id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->extraEnv, spec.extraEnv);
        QVERIFY(loaded->extraEnv.last().secret);
    }
    void newerSchemaRefused()
    {
        QTemporaryDir dir;
        const InstanceStore store(dir.path());
        const QString id = QStringLiteral("0b7a1f7e-1111-4222-8333-944455556666");
        QFile f(store.pathFor(id));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("schema: ") + QByteArray::number(InstanceStore::schemaVersion + 1)
                + "\nid: \"0b7a1f7e-1111-4222-8333-944455556666\"\nname: \"x\"\nsomethingNew: [1, 2]\n");
        f.close();
        QString error;
        QVERIFY(!store.load(id, &error));
        QVERIFY2(error.contains(QStringLiteral("newer Directus Desktop")), qPrintable(error));
        QVERIFY(error.endsWith(QLatin1Char('.')));
        QVERIFY(QFile::exists(store.pathFor(id)));
    }
    void brokenFileReportedAndKept()
    {
        QTemporaryDir dir;
        const InstanceStore store(dir.path());
        const InstanceSpec good = richSpec(DatabaseKind::Postgres);
        QVERIFY(store.save(good).ok);
        const QString brokenPath = dir.path() + QStringLiteral("/broken-one.yaml");
        QFile f(brokenPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("schema: 1\nid: [unclosed\n");
        f.close();
        QFile g(dir.path() + QStringLiteral("/badport.yaml"));
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("schema: 1\nid: \"badport\"\nhostPort: \"many\"\n");
        g.close();
        QStringList errors;
        const QList<InstanceSpec> specs = store.list(&errors);
        QCOMPARE(specs.size(), 1);
        QVERIFY(specs.first() == good);
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(QStringLiteral("broken-one.yaml")), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(QStringLiteral("hostPort")), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(QFile::exists(brokenPath));
        QCOMPARE(store.takenNames(), QStringList{good.name});
    }
    void removeOnlyTheFile()
    {
        QTemporaryDir dir;
        const InstanceStore store(dir.path());
        const InstanceSpec spec = richSpec(DatabaseKind::Sqlite);
        QVERIFY(store.save(spec).ok);
        QVERIFY(store.remove(spec.id).ok);
        QVERIFY(!QFile::exists(store.pathFor(spec.id)));
        QVERIFY(QFile::exists(dir.path()));
        QVERIFY(store.remove(spec.id).ok);
        QVERIFY(!store.remove(QStringLiteral("../etc")).ok);
        QString error;
        QVERIFY(!store.load(spec.id, &error));
        QVERIFY(!error.isEmpty());
    }
    void listSortedByName()
    {
        QTemporaryDir dir;
        const InstanceStore store(dir.path());
        QVERIFY(store.save(InstanceSpec::create(QStringLiteral("zeta"))).ok);
        QVERIFY(store.save(InstanceSpec::create(QStringLiteral("alpha"))).ok);
        QCOMPARE(store.takenNames(), (QStringList{QStringLiteral("alpha"), QStringLiteral("zeta")}));
    }
};

QTEST_GUILESS_MAIN(TestInstanceStore)
#include "tst_instancestore.moc"
