// SPDX-License-Identifier: GPL-3.0-or-later
// `list`, `import`, `export`, `status` and `logs` of the real CLI binary, as a script uses them,
// with a private DD_DATA_DIR and the 0600 file secret store (no keychain needed), against the
// engine of DOCKER_HOST and against a missing one.
#include "EngineTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

namespace {

// The secret values of tests/data/compose/seed-guide.yml (its DB password "directus" is also its
// user and database name, so it cannot be searched for).
const QByteArrayList kGuideSecrets{"255d861b-5ea1-5996-9aa3-922530ec40b1", "6116487b-cda1-52c2-b5b5-c8022c45e263",
                                   "d1r3ctu5"};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QString str(const YAML::Node &node)
{
    return QString::fromStdString(node.as<std::string>());
}

} // namespace

class TestCliInstances : public QObject
{
    Q_OBJECT
private:
    Run run(const QStringList &args, const QString &dockerHost = {}, const QString &workDir = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DD_DATA_DIR"), m_dataDir);
        env.insert(QStringLiteral("DD_SECRET_STORE"), QStringLiteral("file:") + m_secretsFile);
        if (!dockerHost.isNull())
            env.insert(QStringLiteral("DOCKER_HOST"), dockerHost);
        p.setProcessEnvironment(env);
        if (!workDir.isEmpty())
            p.setWorkingDirectory(workDir);
        p.start(QStringLiteral(DD_CLI_BINARY), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QJsonObject listed(const QString &name) const
    {
        const Run r = run({QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray instances = r.json()[QLatin1String("instances")].toArray();
        QJsonObject found;
        int count = 0;
        for (const QJsonValue &v : instances) {
            if (v[QLatin1String("name")].toString() == name) {
                found = v.toObject();
                ++count;
            }
        }
        return count == 1 ? found : QJsonObject{};
    }

    // Files under `dir` whose bytes contain any of the guide's secret values.
    static QStringList filesWithSecrets(const QString &dir)
    {
        QStringList hits;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            for (const QByteArray &secret : kGuideSecrets) {
                if (bytes.contains(secret))
                    hits.append(f.fileName());
            }
        }
        return hits;
    }

    QTemporaryDir m_tmp;
    QString m_dataDir;
    QString m_secretsFile;
    QString m_composeDir;
    QString m_name;

private Q_SLOTS:
    void initTestCase()
    {
        dd::test::requireTestEngineOrExit();
        QVERIFY(m_tmp.isValid());
        m_dataDir = m_tmp.filePath(QStringLiteral("data"));
        m_secretsFile = m_tmp.filePath(QStringLiteral("secrets.yaml"));
        m_composeDir = m_tmp.filePath(QStringLiteral("guide"));
        QVERIFY(QDir().mkpath(m_composeDir));
        QVERIFY(QFile::copy(QStringLiteral(DD_TEST_DATA_DIR "/compose/seed-guide.yml"),
                            m_composeDir + QStringLiteral("/docker-compose.yml")));
        // Unique: the engine may hold stacks of other test runs, and an adopted stack of the
        // same name would be merged into this instance.
        m_name = dd::test::uniqueName(QStringLiteral("cliguide"));
    }

    void listWithEmptyDataDir()
    {
        const Run r = run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o[QLatin1String("engineReachable")].toBool(), true);
        QVERIFY(o[QLatin1String("instances")].isArray());
        // Other runs' Directus stacks may be on the engine; none of them comes from our store.
        for (const QJsonValue &v : o[QLatin1String("instances")].toArray())
            QCOMPARE(v[QLatin1String("stored")].toBool(), false);
    }

    void listWithoutEngineIsExitCode3()
    {
        const Run r = run({QStringLiteral("list"), QStringLiteral("--json")}, QStringLiteral("unix:///nonexistent/dd-test.sock"));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json()[QLatin1String("engineReachable")].toBool(), false);
        QVERIFY(!r.err.isEmpty());
    }

    void importSeedGuide()
    {
        const Run r = run({QStringLiteral("import"), m_composeDir + QStringLiteral("/docker-compose.yml"), QStringLiteral("--name"), m_name});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Imported \"" + m_name.toUtf8() + '"'));
        QVERIFY(r.out.contains("Note: "));  // e.g. container_name and the 0.0.0.0 port are not carried over
        // Importing the same name again is refused, and nothing changes.
        const Run again = run({QStringLiteral("import"), m_composeDir + QStringLiteral("/docker-compose.yml"), QStringLiteral("--name"), m_name});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already exists"));
    }

    void listShowsImportedInstance()
    {
        const QJsonObject o = listed(m_name);
        QVERIFY2(!o.isEmpty(), "the imported instance is not listed exactly once");
        QCOMPARE(o[QLatin1String("stored")].toBool(), true);
        QCOMPARE(o[QLatin1String("adopted")].toBool(), false);
        QCOMPARE(o[QLatin1String("version")].toString(), QStringLiteral("latest"));
        QCOMPARE(o[QLatin1String("database")].toString(), QStringLiteral("postgres"));
        QCOMPARE(o[QLatin1String("state")].toString(), QStringLiteral("not-created"));
        QCOMPARE(o[QLatin1String("url")].toString(), QStringLiteral("http://localhost:8055"));

        // Without an engine the stored instance is still listed, its state unknown.
        const Run offline = run({QStringLiteral("list")}, QStringLiteral("unix:///nonexistent/dd-test.sock"));
        QCOMPARE(offline.exitCode, 3);
        QVERIFY(offline.out.contains(m_name.toUtf8()));
        QVERIFY(offline.out.contains("unknown (engine unreachable)"));
    }

    void statusAndLogsOfInstanceWithoutContainers()
    {
        const Run status = run({QStringLiteral("status"), m_name, QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject o = status.json();
        QCOMPARE(o[QLatin1String("containers")].toArray().size(), 0);
        QCOMPARE(o[QLatin1String("storage")][QLatin1String("uploads")][QLatin1String("kind")].toString(), QStringLiteral("folder"));
        QCOMPARE(o[QLatin1String("storage")][QLatin1String("uploads")][QLatin1String("path")].toString(),
                 m_composeDir + QStringLiteral("/uploads"));
        QCOMPARE(o[QLatin1String("bindAddress")].toString(), QStringLiteral("127.0.0.1"));

        QCOMPARE(run({QStringLiteral("status"), QStringLiteral("no-such-instance-here")}).exitCode, 4);
        const Run logs = run({QStringLiteral("logs"), m_name});
        QCOMPARE(logs.exitCode, 4);
        QVERIFY(logs.err.contains("no Directus container"));
        QCOMPARE(run({QStringLiteral("logs")}).exitCode, 2);
    }

    void defaultExportHasNoSecrets()
    {
        const QString out = m_tmp.filePath(QStringLiteral("export"));
        const Run r = run({QStringLiteral("export"), m_name, QStringLiteral("--dir"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("docker-compose.yml"));
        QVERIFY(!QFile::exists(out + QStringLiteral("/.env")));

        const YAML::Node root = YAML::LoadFile((out + QStringLiteral("/docker-compose.yml")).toStdString());
        const YAML::Node directus = root["services"]["directus"];
        QVERIFY(directus);
        QCOMPARE(str(directus["image"]), QStringLiteral("directus/directus:latest"));
        QCOMPARE(str(directus["environment"]["KEY"]), QStringLiteral("${DIRECTUS_KEY}"));
        QCOMPARE(str(directus["environment"]["ADMIN_EMAIL"]), QStringLiteral("admin@example.com"));
        QCOMPARE(str(directus["environment"]["DB_CLIENT"]), QStringLiteral("pg"));
        QCOMPARE(str(directus["ports"][0]), QStringLiteral("127.0.0.1:8055:8055"));
        QVERIFY(root["services"]["database"]);
        QVERIFY(root["services"]["cache"]);
        QCOMPARE(str(root["services"]["database"]["environment"]["POSTGRES_PASSWORD"]), QStringLiteral("${DB_PASSWORD}"));

        // Neither the instance store nor the default export holds a secret value.
        QCOMPARE(filesWithSecrets(m_dataDir), QStringList());
        QCOMPARE(filesWithSecrets(out), QStringList());
    }

    void exportWithSecretsWritesPrivateEnv()
    {
        // The secrets must come from the secret store, not from the compose file: remove it.
        QVERIFY(QFile::remove(m_composeDir + QStringLiteral("/docker-compose.yml")));
        const QString out = m_tmp.filePath(QStringLiteral("export-secrets"));
        const Run r = run({QStringLiteral("export"), m_name, QStringLiteral("--dir"), out, QStringLiteral("--with-secrets")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile env(out + QStringLiteral("/.env"));
        QVERIFY(env.open(QIODevice::ReadOnly));
        QCOMPARE(env.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
        const QByteArray text = env.readAll();
        QVERIFY(text.contains("DIRECTUS_KEY=255d861b-5ea1-5996-9aa3-922530ec40b1"));
        QVERIFY(text.contains("DIRECTUS_ADMIN_PASSWORD=d1r3ctu5"));
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("export")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("import")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--bogus")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("no-such-instance-here")}).exitCode, 4);
        const Run missing = run({QStringLiteral("import"), m_tmp.filePath(QStringLiteral("missing.yml"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliInstances)
#include "tst_cli_instances.moc"
