// SPDX-License-Identifier: GPL-3.0-or-later
// Pure values of the Engine API layer: error mapping from real engine messages,
// version negotiation, the create body per API version, image references, event and stats
// messages with numbers no engine sends.
#include "docker/ApiVersion.h"
#include "docker/ContainerSpec.h"
#include "docker/EngineError.h"
#include "docker/EventStream.h"
#include "docker/ImageReference.h"
#include "docker/StatsStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace dd::docker;
using Kind = EngineError::Kind;

Q_DECLARE_METATYPE(dd::docker::EngineError::Kind)

class TestEngineApiValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errorMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("sentenceContains");

        // Texts as moby 20.10 writes them.
        QTest::newRow("no such container") << 404 << QByteArray(R"({"message":"No such container: nope"})")
                                           << Kind::NotFound << QStringLiteral("does not exist");
        QTest::newRow("no such image") << 404 << QByteArray(R"({"message":"No such image: directus/directus:1.2.3"})")
                                       << Kind::NotFound << QStringLiteral("Pull it first");
        QTest::newRow("name conflict")
            << 409
            << QByteArray("{\"message\":\"Conflict. The container name \\\"/x\\\" is already in use by container \\\"abc\\\". "
                          "You have to remove (or rename) that container to be able to reuse that name.\"}")
            << Kind::Conflict << QStringLiteral("already taken");
        QTest::newRow("not running") << 409 << QByteArray(R"({"message":"Container abc is not running"})")
                                     << Kind::Conflict << QStringLiteral("state");
        QTest::newRow("port allocated")
            << 500
            << QByteArray(R"({"message":"driver failed programming external connectivity on endpoint x (abc): Bind for 127.0.0.1:8055 failed: port is already allocated"})")
            << Kind::PortInUse << QStringLiteral("Port 8055 is already in use");
        QTest::newRow("address in use")
            << 500
            << QByteArray(R"({"message":"driver failed programming external connectivity on endpoint x: Error starting userland proxy: listen tcp4 127.0.0.1:8056: bind: address already in use"})")
            << Kind::PortInUse << QStringLiteral("Port 8056");
        QTest::newRow("client too old")
            << 400 << QByteArray(R"({"message":"client version 1.12 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version"})")
            << Kind::ApiTooOld << QStringLiteral("API version");
        QTest::newRow("bad parameter") << 400 << QByteArray(R"({"message":"invalid reference format"})")
                                       << Kind::BadRequest << QStringLiteral("invalid reference format");
        QTest::newRow("server") << 500 << QByteArray(R"({"message":"something broke"})") << Kind::Server
                                << QStringLiteral("something broke");
        QTest::newRow("plain text body") << 503 << QByteArray("upstream down") << Kind::Server << QStringLiteral("upstream down");
    }
    void errorMapping()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        QFETCH(QString, sentenceContains);
        const EngineError e = EngineError::fromHttp(status, body, QStringLiteral("Container x"));
        QCOMPARE(EngineError::kindName(e.kind), EngineError::kindName(kind));
        QVERIFY2(e.sentence.contains(sentenceContains), qPrintable(e.sentence));
        QCOMPARE(e.httpStatus, status);
        QVERIFY(!e.ok());
    }

    void permissionDeniedNamesTheFix()
    {
        const EngineError e = EngineError::permissionDenied(QStringLiteral("unix:///var/run/docker.sock"));
        QCOMPARE(e.kind, Kind::PermissionDenied);
#ifndef Q_OS_WIN
        QVERIFY(e.sentence.contains(QLatin1String("docker group")));
        QVERIFY(e.sentence.contains(QLatin1String("log out")));
#endif
    }

    void negotiation_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("expected");  // "" = refused
        QTest::newRow("debian 12 docker") << QStringLiteral("1.41") << QStringLiteral("1.41");
        QTest::newRow("podman compat") << QStringLiteral("1.44") << QStringLiteral("1.44");
        QTest::newRow("newer than us") << QStringLiteral("1.52") << ApiVersion::maximum().toString();
        QTest::newRow("too old") << QStringLiteral("1.40") << QString();
        QTest::newRow("minor ordering is numeric") << QStringLiteral("1.9") << QString();
    }
    void negotiation()
    {
        QFETCH(QString, server);
        QFETCH(QString, expected);
        const auto parsed = ApiVersion::parse(server);
        QVERIFY(parsed);
        const auto negotiated = ApiVersion::negotiate(*parsed);
        if (expected.isEmpty())
            QVERIFY(!negotiated);
        else
            QCOMPARE(negotiated->toString(), expected);
    }

    void parseRejectsGarbage()
    {
        QVERIFY(!ApiVersion::parse(u"1"));
        QVERIFY(!ApiVersion::parse(u"a.b"));
        QVERIFY(!ApiVersion::parse(u"1.2.3"));
        QVERIFY(!ApiVersion::parse(u""));
    }

    // An event with only "time" had it multiplied by 10^9 unchecked: a time past the year 2262
    // overflowed qint64 (undefined behaviour; fuzz_engine_replies feeds such numbers).
    void eventTimeNeverOverflows()
    {
        const auto event = [](const char *json) { return EngineEvent::fromJson(QJsonDocument::fromJson(json).object()); };
        QCOMPARE(event(R"({"Type":"container","time":1714566896})").timeNano, Q_INT64_C(1714566896000000000));
        QCOMPARE(event(R"({"time":1714566896,"timeNano":1714566896123456789})").timeNano, Q_INT64_C(1714566896123456789));
        QCOMPARE(event(R"({"Type":"container","Action":"die","time":9223372036854775807})").timeNano, 0);
        QCOMPARE(event(R"({"time":-9223372036854775807})").timeNano, 0);
        QCOMPARE(event(R"({"time":9223372036})").timeNano, Q_INT64_C(9223372036000000000));  // the last second that fits
        QCOMPARE(event(R"({"time":9223372037})").timeNano, 0);
    }

    // Negative counters made total - previousTotal and usage - cache overflow. A sample with
    // them is read as unknown CPU and plain usage.
    void statsWithNegativeCountersDoNotOverflow()
    {
        const auto stats = [](const char *json) { return ContainerStats::fromJson(QJsonDocument::fromJson(json).object()); };
        const ContainerStats normal = stats(R"({"cpu_stats":{"cpu_usage":{"total_usage":1500000000},"system_cpu_usage":20000000000,"online_cpus":4},)"
                                            R"("precpu_stats":{"cpu_usage":{"total_usage":1000000000},"system_cpu_usage":16000000000},)"
                                            R"("memory_stats":{"usage":104857600,"limit":2147483648,"stats":{"inactive_file":1048576}}})");
        QVERIFY(normal.cpuKnown);
        QCOMPARE(normal.cpuPercent, 50.0);
        QCOMPARE(normal.memoryBytes, 104857600 - 1048576);
        const ContainerStats odd = stats(R"({"cpu_stats":{"cpu_usage":{"total_usage":5},"system_cpu_usage":20,"online_cpus":1},)"
                                         R"("precpu_stats":{"cpu_usage":{"total_usage":-9223372036854775807},"system_cpu_usage":1},)"
                                         R"("memory_stats":{"usage":9223372036854775807,"stats":{"inactive_file":-9223372036854775807}}})");
        QVERIFY(!odd.cpuKnown);
        QCOMPARE(odd.cpuPercent, 0.0);
        QCOMPARE(odd.memoryBytes, std::numeric_limits<qint64>::max());
    }

    void createBodyBelow144JoinsOneNetwork()
    {
        ContainerSpec spec = sampleSpec();
        const auto body = spec.toCreateBody({1, 41});
        const QJsonObject endpoints = body.json[QLatin1String("NetworkingConfig")][QLatin1String("EndpointsConfig")].toObject();
        QCOMPARE(endpoints.keys(), QStringList{QStringLiteral("blog_default")});
        QCOMPARE(endpoints[QLatin1String("blog_default")][QLatin1String("Aliases")].toArray().first().toString(), QStringLiteral("directus"));
        QCOMPARE(body.networksToConnectAfterCreate.size(), 1);
        QCOMPARE(body.networksToConnectAfterCreate.first().name, QStringLiteral("shared"));
        QVERIFY(!body.json[QLatin1String("Healthcheck")].toObject().contains(QLatin1String("StartInterval")));
    }

    void createBodyFrom144JoinsAllNetworks()
    {
        const auto body = sampleSpec().toCreateBody({1, 44});
        const QJsonObject endpoints = body.json[QLatin1String("NetworkingConfig")][QLatin1String("EndpointsConfig")].toObject();
        QCOMPARE(endpoints.size(), 2);
        QVERIFY(body.networksToConnectAfterCreate.isEmpty());
        QCOMPARE(body.json[QLatin1String("Healthcheck")][QLatin1String("StartInterval")].toInteger(), qint64(2'000'000'000));
    }

    void createBodyPortsEnvLabels()
    {
        const auto body = sampleSpec().toCreateBody({1, 41});
        const QJsonObject &json = body.json;
        QCOMPARE(json[QLatin1String("Image")].toString(), QStringLiteral("directus/directus:11.1.2"));
        QVERIFY(json[QLatin1String("ExposedPorts")].toObject().contains(QLatin1String("8055/tcp")));
        const QJsonObject binding = json[QLatin1String("HostConfig")][QLatin1String("PortBindings")][QLatin1String("8055/tcp")].toArray().first().toObject();
        QCOMPARE(binding[QLatin1String("HostIp")].toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(binding[QLatin1String("HostPort")].toString(), QStringLiteral("8055"));
        QCOMPARE(json[QLatin1String("Env")].toArray().size(), 2);
        QCOMPARE(json[QLatin1String("Labels")][QLatin1String("com.docker.compose.project")].toString(), QStringLiteral("blog"));
        QCOMPARE(json[QLatin1String("HostConfig")][QLatin1String("RestartPolicy")][QLatin1String("Name")].toString(), QStringLiteral("unless-stopped"));
        QCOMPARE(json[QLatin1String("HostConfig")][QLatin1String("Mounts")].toArray().first()[QLatin1String("Type")].toString(), QStringLiteral("volume"));
        QCOMPARE(json[QLatin1String("Healthcheck")][QLatin1String("Interval")].toInteger(), qint64(5'000'000'000));
    }

    void imageReferences_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("qualified");
        QTest::newRow("official") << "postgres:15" << "" << "postgres" << "15" << "" << "docker.io/library/postgres";
        QTest::newRow("user repo") << "directus/directus:11.1.2" << "" << "directus/directus" << "11.1.2" << "" << "docker.io/directus/directus";
        QTest::newRow("no tag") << "redis" << "" << "redis" << "" << "" << "docker.io/library/redis";
        QTest::newRow("registry port") << "127.0.0.1:5000/directus/directus:9.26.0" << "127.0.0.1:5000"
                                       << "127.0.0.1:5000/directus/directus" << "9.26.0" << "" << "127.0.0.1:5000/directus/directus";
        QTest::newRow("registry port no tag") << "localhost:5000/x" << "localhost:5000" << "localhost:5000/x" << "" << "" << "localhost:5000/x";
        QTest::newRow("ghcr") << "ghcr.io/directus/directus:11" << "ghcr.io" << "ghcr.io/directus/directus" << "11" << "" << "ghcr.io/directus/directus";
        QTest::newRow("digest") << "postgres@sha256:abc" << "" << "postgres" << "" << "sha256:abc" << "docker.io/library/postgres";
    }
    void imageReferences()
    {
        QFETCH(QString, input);
        QFETCH(QString, registry);
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        QFETCH(QString, digest);
        QFETCH(QString, qualified);
        const ImageReference ref = ImageReference::parse(input);
        QCOMPARE(ref.registry, registry);
        QCOMPARE(ref.repository, repository);
        QCOMPARE(ref.tag, tag);
        QCOMPARE(ref.digest, digest);
        QCOMPARE(ref.fullyQualifiedRepository(), qualified);
        QCOMPARE(ref.toString(), input);
    }

private:
    static ContainerSpec sampleSpec()
    {
        ContainerSpec spec;
        spec.image = QStringLiteral("directus/directus:11.1.2");
        spec.env = {QStringLiteral("KEY=k"), QStringLiteral("DB_CLIENT=sqlite3")};
        spec.labels = {{QStringLiteral("com.docker.compose.project"), QStringLiteral("blog")}};
        spec.ports = {{QStringLiteral("8055/tcp"), QStringLiteral("127.0.0.1"), QStringLiteral("8055")}};
        spec.mounts = {{ContainerSpec::Mount::Type::Volume, QStringLiteral("blog_uploads"), QStringLiteral("/directus/uploads"), false}};
        spec.restartPolicy = QStringLiteral("unless-stopped");
        ContainerSpec::Healthcheck hc;
        hc.test = {QStringLiteral("CMD-SHELL"), QStringLiteral("wget -q --spider http://localhost:8055/server/ping")};
        hc.interval = std::chrono::seconds(5);
        hc.startInterval = std::chrono::seconds(2);
        hc.retries = 3;
        spec.healthcheck = hc;
        spec.networks = {{QStringLiteral("blog_default"), {QStringLiteral("directus")}}, {QStringLiteral("shared"), {}}};
        return spec;
    }
};

QTEST_GUILESS_MAIN(TestEngineApiValues)
#include "tst_engineapivalues.moc"
