// SPDX-License-Identifier: GPL-3.0-or-later
// The headless command line as a script sees it: exit codes and output of the real
// binary, against the real engine of DOCKER_HOST and against a missing one.
#include "EngineTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &args, const QString &dockerHost = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!dockerHost.isNull())
            env.insert(QStringLiteral("DOCKER_HOST"), dockerHost);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DD_CLI_BINARY), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase() { dd::test::requireTestEngineOrExit(); }

    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("Directus Desktop "));
        QCOMPARE(run({QStringLiteral("--help")}).exitCode, 0);
    }

    void unknownCommandIsAUsageError()
    {
        const Run r = run({QStringLiteral("no-such-command")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Unknown command: no-such-command"));
    }

    void engineFoundAndNegotiated()
    {
        const Run r = run({QStringLiteral("engine"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QLatin1String("reachable")].toBool(), true);
        QCOMPARE(o[QLatin1String("endpoint")].toString(), qEnvironmentVariable("DOCKER_HOST"));
        QCOMPARE(o[QLatin1String("reason")].toString(), QStringLiteral("DOCKER_HOST is set."));
        QVERIFY(o[QLatin1String("apiVersion")].toString().startsWith(QLatin1String("1.")));
        QCOMPARE(o[QLatin1String("podman")].toBool(), qEnvironmentVariable("DD_ENGINE_FLAVOR") == QLatin1String("podman"));
    }

    void missingEngineExplainsAndExits3()
    {
        const Run r = run({QStringLiteral("engine")}, QStringLiteral("unix:///nonexistent/docker.sock"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("/nonexistent/docker.sock"), r.err.constData());
        QVERIFY2(r.err.contains("DOCKER_HOST"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
