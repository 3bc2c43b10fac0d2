// SPDX-License-Identifier: GPL-3.0-or-later
// The typed client against the real Docker engine given by DOCKER_HOST
// (tests/run-all.sh starts a private dockerd and publishes ddtest-busybox:1 to the
// loopback registry, which the engine reaches through its registry mirror).
#include "EngineTestSupport.h"

#include "docker/EngineClient.h"
#include "docker/EventStream.h"
#include "docker/ExecJob.h"
#include "docker/LogStream.h"
#include "docker/PullJob.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>

#include <unistd.h>

using namespace dd::docker;
using dd::test::await;
using Kind = EngineError::Kind;

namespace {

const QString kImage = QStringLiteral("ddtest-busybox:1");

// Collects a log stream's lines until `done` says enough (or it ends).
struct LogCollector
{
    QList<LogLine> lines;
    bool finished = false;
    EngineError error;
    // The receiver of the stream's signals: a test that fails early leaves its stream running,
    // and the connections must end with this collector, not write into a freed one.
    QObject context;

    void attach(LogStream *stream)
    {
        QObject::connect(stream, &LogStream::lines, &context, [this](const QList<LogLine> &batch) { lines += batch; });
        QObject::connect(stream, &LogStream::finished, &context, [this](const EngineError &e) {
            finished = true;
            error = e;
        });
    }
    bool has(const QByteArray &text) const
    {
        return std::any_of(lines.cbegin(), lines.cend(), [&](const LogLine &l) { return l.text == text; });
    }
};

} // namespace

class TestEngineClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void negotiatedVersion();
    void pullThroughMirrorReportsLayers();
    void pullOfMissingTagFails();
    void containerLifecycleAndFollowedLogs_data();
    void containerLifecycleAndFollowedLogs();
    void eventsSeenForLifecycle();
    void listByLabel();
    void waitReturnsExitCode();
    void execCapturesOutputAndExitCode();
    void archiveRoundTrip();
    void missingImageIsNotFound();
    void nameConflict();
    void portAlreadyAllocated();
    void portTakenByAnotherProgram();
    void networksAndVolumesAreIdempotent();
    void secondNetworkConnectedOnOldApi();
    void permissionDeniedNamesDockerGroup();
    void engineRestartWhileFollowingResumesWithoutDuplicates();

private:
    QString runContainer(const QString &name, const QString &script, bool tty = false,
                         const QString &restart = {}, const QStringList &binds = {});
    ContainerSpec baseSpec(const QString &script) const;
    void ensureImage();

    EngineEndpoint m_endpoint;
    EngineClient *m_client = nullptr;
    QString m_runLabel;
};

void TestEngineClient::initTestCase()
{
    m_endpoint = dd::test::requireTestEngineOrExit();
    // One case stops and restarts the engine through this script; without it that case
    // cannot run, and a skipped case inside a passing binary would hide it: not run at all.
    if (qEnvironmentVariable("DD_ENGINE_CONTROL").isEmpty()) {
        std::fprintf(stderr, "NOT RUN: DD_ENGINE_CONTROL (the script that stops and starts the test engine) is not set; tests/run-all.sh sets it\n");
        std::exit(77);
    }
    m_client = new EngineClient(m_endpoint, this);
    const EngineResponse ping = await(m_client->connectToEngine());
    QVERIFY2(ping.ok(), qPrintable(ping.error.sentence));
    m_runLabel = dd::test::uniqueName(QStringLiteral("engineclient"));
}

void TestEngineClient::cleanupTestCase()
{
    if (!m_client || !m_client->isConnected())
        return;
    const QMap<QString, QStringList> mine{{QStringLiteral("label"), {QLatin1String(dd::test::kTestLabel) + QLatin1Char('=') + m_runLabel}}};
    const EngineResponse list = await(m_client->listContainers(mine));
    for (const QJsonValue &c : list.json().array())
        await(m_client->removeContainer(c[QLatin1String("Id")].toString(), true, true));
    const EngineResponse nets = await(m_client->listNetworks(mine));
    for (const QJsonValue &n : nets.json().array())
        await(m_client->removeNetwork(n[QLatin1String("Id")].toString()));
    const EngineResponse vols = await(m_client->listVolumes(mine));
    for (const QJsonValue &v : vols.json().object()[QLatin1String("Volumes")].toArray())
        await(m_client->removeVolume(v[QLatin1String("Name")].toString(), true));
}

ContainerSpec TestEngineClient::baseSpec(const QString &script) const
{
    ContainerSpec spec;
    spec.image = kImage;
    spec.cmd = {QStringLiteral("sh"), QStringLiteral("-c"), script};
    spec.labels = {{QLatin1String(dd::test::kTestLabel), m_runLabel}};
    if (m_client->isPodman()) {
        // Podman's runc here refuses to start without explicit limits (test-peers.md).
        spec.ulimits = {{QStringLiteral("nproc"), 4096, 4096}, {QStringLiteral("nofile"), 4096, 4096}};
    }
    return spec;
}

void TestEngineClient::ensureImage()
{
    if (await(m_client->inspectImage(kImage)).ok())
        return;
    PullJob *job = m_client->pull(kImage);
    QSignalSpy done(job, &PullJob::finished);
    QVERIFY(done.wait(120000));
    QVERIFY2(done.first().first().value<EngineError>().ok(), "pull failed");
}

QString TestEngineClient::runContainer(const QString &name, const QString &script, bool tty, const QString &restart,
                                       const QStringList &binds)
{
    ensureImage();
    ContainerSpec spec = baseSpec(script);
    spec.tty = tty;
    spec.restartPolicy = restart;
    spec.binds = binds;
    const EngineResponse created = await(m_client->createContainer(name, spec));
    if (!created.ok()) {
        qWarning() << created.error.sentence;
        return {};
    }
    const QString id = created.json()[QLatin1String("Id")].toString();
    const EngineResponse started = await(m_client->startContainer(id));
    if (!started.ok()) {
        qWarning() << started.error.sentence;
        return {};
    }
    return id;
}

void TestEngineClient::negotiatedVersion()
{
    QVERIFY(m_client->apiVersion() >= ApiVersion::minimum());
    QVERIFY(m_client->apiVersion() <= ApiVersion::maximum());
    const EngineResponse version = await(m_client->version());
    QVERIFY2(version.ok(), qPrintable(version.error.sentence));
    const auto serverApi = ApiVersion::parse(version.json()[QLatin1String("ApiVersion")].toString());
    QVERIFY(serverApi);
    QCOMPARE(m_client->apiVersion(), *ApiVersion::negotiate(*serverApi));
    const EngineResponse info = await(m_client->info());
    QVERIFY(info.ok());
    QVERIFY(!info.json()[QLatin1String("ServerVersion")].toString().isEmpty());
    qInfo("engine: API %s%s", qPrintable(m_client->apiVersion().toString()), m_client->isPodman() ? " (Podman)" : "");
}

void TestEngineClient::pullThroughMirrorReportsLayers()
{
    // Remove it first, so the pull really downloads (through the registry mirror).
    QUrlQuery force;
    force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    await(m_client->request("DELETE", QLatin1String("/images/") + kImage, force));
    QVERIFY(!await(m_client->inspectImage(kImage)).ok());

    PullJob *job = m_client->pull(kImage);
    QSignalSpy progress(job, &PullJob::progressChanged);
    QSignalSpy done(job, &PullJob::finished);
    QVERIFY(done.wait(120000));
    const auto error = done.first().first().value<EngineError>();
    QVERIFY2(error.ok(), qPrintable(error.sentence));
    QVERIFY(progress.count() > 3);
    const PullProgress last = progress.last().first().value<PullProgress>();
    QVERIFY(!last.hasError());
    if (m_client->isPodman()) {
        // Podman's compatible pull stream names the blobs but never says "Pull complete".
        qInfo("PODMAN DIFFERENCE: pull reported %d layer ids, %d done, finished=%d", last.layerCount(), last.layersDone(),
              int(last.isFinished()));
        QVERIFY(last.layerCount() >= 3);
    } else {
        QCOMPARE(last.layerCount(), 3);
        QCOMPARE(last.layersDone(), 3);
        QVERIFY(last.isFinished());
    }
    QVERIFY(await(m_client->inspectImage(kImage)).ok());
}

void TestEngineClient::pullOfMissingTagFails()
{
    PullJob *job = m_client->pull(QStringLiteral("ddtest-busybox:no-such-tag"));
    QSignalSpy done(job, &PullJob::finished);
    QVERIFY(done.wait(120000));
    const auto error = done.first().first().value<EngineError>();
    QVERIFY(!error.ok());
    QVERIFY2(error.sentence.contains(QLatin1String("ddtest-busybox:no-such-tag")), qPrintable(error.sentence));
}

void TestEngineClient::containerLifecycleAndFollowedLogs_data()
{
    QTest::addColumn<bool>("tty");
    QTest::newRow("multiplexed (Tty=false)") << false;
    QTest::newRow("raw (Tty=true)") << true;
}

void TestEngineClient::containerLifecycleAndFollowedLogs()
{
    QFETCH(bool, tty);
    const QString name = dd::test::uniqueName(QStringLiteral("ddtest-logs"));
    const QString id = runContainer(name, QStringLiteral("echo to-stdout; echo to-stderr >&2; i=0; while true; do echo line $i; i=$((i+1)); sleep 0.05; done"), tty);
    QVERIFY(!id.isEmpty());

    LogOptions options;
    options.follow = true;
    LogStream *stream = m_client->logs(id, options);
    LogCollector logs;
    logs.attach(stream);
    QTRY_VERIFY_WITH_TIMEOUT(logs.has("line 20"), 30000);
    QVERIFY(logs.has("to-stdout"));
    QVERIFY(logs.has("to-stderr"));
    for (const LogLine &line : std::as_const(logs.lines)) {
        QVERIFY(line.timestampNs > 1'600'000'000'000'000'000LL);  // engine timestamps, parsed
        if (line.text == "to-stderr")
            QCOMPARE(int(line.stream), int(tty ? StreamKind::Stdout : StreamKind::Stderr));
        if (line.text == "to-stdout")
            QCOMPARE(int(line.stream), int(StreamKind::Stdout));
    }
    // Lines arrive in order, none twice.
    int previous = -1;
    for (const LogLine &line : std::as_const(logs.lines)) {
        if (!line.text.startsWith("line "))
            continue;
        const int n = line.text.mid(5).toInt();
        QCOMPARE(n, previous + 1);
        previous = n;
    }

    const EngineResponse inspected = await(m_client->inspectContainer(id));
    QVERIFY(inspected.ok());
    QCOMPARE(inspected.json()[QLatin1String("State")][QLatin1String("Running")].toBool(), true);
    QCOMPARE(inspected.json()[QLatin1String("Config")][QLatin1String("Tty")].toBool(), tty);

    QVERIFY(await(m_client->stopContainer(id, 1)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(logs.finished, 30000);  // a followed stream ends when the container stops
    QVERIFY2(logs.error.ok(), qPrintable(logs.error.sentence));
    QCOMPARE(await(m_client->inspectContainer(id)).json()[QLatin1String("State")][QLatin1String("Running")].toBool(), false);

    const EngineResponse stoppedAgain = await(m_client->stopContainer(id, 1));
    QVERIFY(stoppedAgain.ok());  // 304: already stopped is fine
    QCOMPARE(stoppedAgain.status, 304);

    QVERIFY(await(m_client->removeContainer(id)).ok());
    QCOMPARE(await(m_client->inspectContainer(id)).error.kind, Kind::NotFound);
}

void TestEngineClient::eventsSeenForLifecycle()
{
    const QString name = dd::test::uniqueName(QStringLiteral("ddtest-events"));
    EventStream *events = m_client->events({{QStringLiteral("type"), {QStringLiteral("container")}},
                                            {QStringLiteral("container"), {name}}});
    QStringList actions;
    connect(events, &EventStream::received, this, [&](const EngineEvent &e) {
        if (e.attributes.value(QStringLiteral("name")) == name)
            actions << e.action;
    });
    QTest::qWait(300);  // let the subscription reach the engine before acting
    const QString id = runContainer(name, QStringLiteral("sleep 30"));
    QVERIFY(!id.isEmpty());
    QVERIFY(await(m_client->killContainer(id)).ok());
    QVERIFY(await(m_client->removeContainer(id)).ok());
    // Docker says "destroy" when a container is removed; Podman says "remove".
    const QString removed = m_client->isPodman() ? QStringLiteral("remove") : QStringLiteral("destroy");
    QTRY_VERIFY_WITH_TIMEOUT(actions.contains(removed), 20000);
    QVERIFY2(actions.contains(QLatin1String("create")), qPrintable(actions.join(u',')));
    QVERIFY(actions.contains(QLatin1String("start")));
    QVERIFY(actions.contains(QLatin1String("kill")));
    QVERIFY(actions.contains(QLatin1String("die")));
    QVERIFY(actions.indexOf(QLatin1String("create")) < actions.indexOf(QLatin1String("start")));
    QVERIFY(actions.indexOf(QLatin1String("die")) < actions.indexOf(removed));
    if (m_client->isPodman())
        qInfo("PODMAN DIFFERENCE: events %s", qPrintable(actions.join(u',')));
    events->cancel();
}

void TestEngineClient::listByLabel()
{
    const QString label = dd::test::uniqueName(QStringLiteral("list"));
    ContainerSpec spec = baseSpec(QStringLiteral("sleep 1"));
    spec.labels.insert(QStringLiteral("com.docker.compose.project"), label);
    ensureImage();
    QVERIFY(await(m_client->createContainer(label + QLatin1String("-a"), spec)).ok());
    QVERIFY(await(m_client->createContainer(label + QLatin1String("-b"), spec)).ok());
    const EngineResponse list = await(m_client->listContainers({{QStringLiteral("label"), {QLatin1String("com.docker.compose.project=") + label}}}));
    QVERIFY(list.ok());
    QCOMPARE(list.json().array().size(), 2);
    const EngineResponse none = await(m_client->listContainers({{QStringLiteral("label"), {QLatin1String("com.docker.compose.project=") + label + QLatin1String("x")}}}));
    QCOMPARE(none.json().array().size(), 0);
}

void TestEngineClient::waitReturnsExitCode()
{
    const QString id = runContainer(dd::test::uniqueName(QStringLiteral("ddtest-wait")), QStringLiteral("sleep 0.3; exit 7"));
    QVERIFY(!id.isEmpty());
    const EngineResponse waited = await(m_client->waitContainer(id));
    QVERIFY2(waited.ok(), qPrintable(waited.error.sentence));
    QCOMPARE(waited.json()[QLatin1String("StatusCode")].toInt(), 7);
}

void TestEngineClient::execCapturesOutputAndExitCode()
{
    const QString id = runContainer(dd::test::uniqueName(QStringLiteral("ddtest-exec")), QStringLiteral("sleep 60"));
    QVERIFY(!id.isEmpty());
    ExecJob *job = m_client->exec(id, {QStringLiteral("sh"), QStringLiteral("-c"),
                                      QStringLiteral("echo hello; echo $GREETING; echo oops >&2; exit 3")},
                                  {QStringLiteral("GREETING=from-env")});
    QSignalSpy done(job, &ExecJob::finished);
    QVERIFY(done.wait(30000));
    const auto result = done.first().first().value<ExecResult>();
    QVERIFY2(result.error.ok(), qPrintable(result.error.sentence));
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.stdoutData, QByteArray("hello\nfrom-env\n"));
    QCOMPARE(result.stderrData, QByteArray("oops\n"));

    // A bigger output, to cross many frames and chunks.
    ExecJob *big = m_client->exec(id, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("seq 1 200000")});
    QSignalSpy bigDone(big, &ExecJob::finished);
    QVERIFY(bigDone.wait(60000));
    const auto bigResult = bigDone.first().first().value<ExecResult>();
    QCOMPARE(bigResult.exitCode, 0);
    const QList<QByteArray> numbers = bigResult.stdoutData.split('\n');
    QCOMPARE(numbers.size(), 200001);
    QCOMPARE(numbers[199999], QByteArray("200000"));

    ExecJob *missing = m_client->exec(id, {QStringLiteral("no-such-command")});
    QSignalSpy missingDone(missing, &ExecJob::finished);
    QVERIFY(missingDone.wait(30000));
    // Docker reports 126 (the runtime could not exec it), a shell would say 127.
    const int missingExit = missingDone.first().first().value<ExecResult>().exitCode;
    QVERIFY2(missingExit == 126 || missingExit == 127, qPrintable(QString::number(missingExit)));
}

void TestEngineClient::archiveRoundTrip()
{
    const QString id = runContainer(dd::test::uniqueName(QStringLiteral("ddtest-archive")), QStringLiteral("mkdir -p /srv/in; sleep 60"));
    QVERIFY(!id.isEmpty());

    // A tar made by the system's tar, with a 3 MB file, sent as a stream.
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("payload.bin")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QByteArray payload;
    for (int i = 0; i < 3 * 1024 * 1024 / 16; ++i)
        payload += QByteArray::number(i).rightJustified(15, '0') + '\n';
    big.write(payload);
    big.close();
    QFile note(dir.filePath(QStringLiteral("note.txt")));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write("uploads survive\n");
    note.close();
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-C"), dir.path(), QStringLiteral("-cf"), dir.filePath(QStringLiteral("in.tar")),
                                      QStringLiteral("payload.bin"), QStringLiteral("note.txt")});
    QVERIFY(tar.waitForFinished() && tar.exitCode() == 0);

    QFile tarFile(dir.filePath(QStringLiteral("in.tar")));
    QVERIFY(tarFile.open(QIODevice::ReadOnly));
    const EngineResponse put = await(m_client->putArchive(id, QStringLiteral("/srv/in"), &tarFile));
    QVERIFY2(put.ok(), qPrintable(put.error.sentence));

    ExecJob *check = m_client->exec(id, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("cat /srv/in/note.txt; wc -c < /srv/in/payload.bin")});
    QSignalSpy checked(check, &ExecJob::finished);
    QVERIFY(checked.wait(30000));
    QCOMPARE(checked.first().first().value<ExecResult>().stdoutData.simplified(),
             QByteArray("uploads survive ") + QByteArray::number(payload.size()));

    QFile out(dir.filePath(QStringLiteral("out.tar")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    const EngineResponse get = await(m_client->getArchive(id, QStringLiteral("/srv/in"), &out));
    QVERIFY2(get.ok(), qPrintable(get.error.sentence));
    out.close();
    QDir(dir.path()).mkpath(QStringLiteral("x"));
    QProcess untar;
    untar.start(QStringLiteral("tar"), {QStringLiteral("-C"), dir.filePath(QStringLiteral("x")), QStringLiteral("-xf"), out.fileName()});
    QVERIFY(untar.waitForFinished() && untar.exitCode() == 0);
    QFile back(dir.filePath(QStringLiteral("x/in/payload.bin")));
    QVERIFY(back.open(QIODevice::ReadOnly));
    QVERIFY(back.readAll() == payload);

    const EngineResponse missing = await(m_client->getArchive(id, QStringLiteral("/no/such/path"), &out));
    QCOMPARE(missing.error.kind, Kind::NotFound);
}

void TestEngineClient::missingImageIsNotFound()
{
    ContainerSpec spec = baseSpec(QStringLiteral("true"));
    spec.image = QStringLiteral("ddtest-never-pulled:404");
    const EngineResponse created = await(m_client->createContainer(dd::test::uniqueName(QStringLiteral("ddtest-404")), spec));
    QCOMPARE(created.error.kind, Kind::NotFound);
    QCOMPARE(created.status, 404);
    QVERIFY2(created.error.sentence.contains(QLatin1String("Pull it first")), qPrintable(created.error.sentence));
}

void TestEngineClient::nameConflict()
{
    ensureImage();
    const QString name = dd::test::uniqueName(QStringLiteral("ddtest-409"));
    QVERIFY(await(m_client->createContainer(name, baseSpec(QStringLiteral("true")))).ok());
    const EngineResponse again = await(m_client->createContainer(name, baseSpec(QStringLiteral("true"))));
    QCOMPARE(EngineError::kindName(again.error.kind), EngineError::kindName(Kind::Conflict));
    QCOMPARE(again.status, m_client->isPodman() ? 500 : 409);  // Podman answers 500 with the same text
    QVERIFY2(again.error.sentence.contains(QLatin1String("already taken")), qPrintable(again.error.sentence));
}

static quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void TestEngineClient::portAlreadyAllocated()
{
    ensureImage();
    const QString port = QString::number(freePort());
    ContainerSpec spec = baseSpec(QStringLiteral("sleep 60"));
    spec.ports = {{QStringLiteral("8055/tcp"), QStringLiteral("127.0.0.1"), port}};
    const EngineResponse first = await(m_client->createContainer(dd::test::uniqueName(QStringLiteral("ddtest-port-a")), spec));
    QVERIFY(first.ok());
    QVERIFY(await(m_client->startContainer(first.json()[QLatin1String("Id")].toString())).ok());
    const EngineResponse second = await(m_client->createContainer(dd::test::uniqueName(QStringLiteral("ddtest-port-b")), spec));
    QVERIFY(second.ok());  // ports clash at start, not at create
    const EngineResponse started = await(m_client->startContainer(second.json()[QLatin1String("Id")].toString()));
    QCOMPARE(EngineError::kindName(started.error.kind), EngineError::kindName(Kind::PortInUse));
    QVERIFY2(started.error.sentence.contains(port), qPrintable(started.error.sentence));
}

void TestEngineClient::portTakenByAnotherProgram()
{
    ensureImage();
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(other.serverPort());
    ContainerSpec spec = baseSpec(QStringLiteral("sleep 60"));
    spec.ports = {{QStringLiteral("8055/tcp"), QStringLiteral("127.0.0.1"), port}};
    const EngineResponse created = await(m_client->createContainer(dd::test::uniqueName(QStringLiteral("ddtest-port-c")), spec));
    QVERIFY(created.ok());
    const EngineResponse started = await(m_client->startContainer(created.json()[QLatin1String("Id")].toString()));
    QCOMPARE(EngineError::kindName(started.error.kind), EngineError::kindName(Kind::PortInUse));
    QVERIFY2(started.error.sentence.contains(port), qPrintable(started.error.sentence));
}

void TestEngineClient::networksAndVolumesAreIdempotent()
{
    const QString net = dd::test::uniqueName(QStringLiteral("ddtest_net"));
    const QMap<QString, QString> labels{{QLatin1String(dd::test::kTestLabel), m_runLabel}};
    const EngineResponse created = await(m_client->createNetwork(net, labels));
    QVERIFY2(created.ok(), qPrintable(created.error.sentence));
    QCOMPARE(created.status, 201);
    const EngineResponse again = await(m_client->createNetwork(net, labels));
    QVERIFY(again.ok());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json()[QLatin1String("Id")].toString(), created.json()[QLatin1String("Id")].toString());
    const EngineResponse inspected = await(m_client->inspectNetwork(net));
    QCOMPARE(inspected.json()[QLatin1String("Labels")][QLatin1String(dd::test::kTestLabel)].toString(), m_runLabel);
    // A name that merely contains ours is another network.
    QVERIFY(await(m_client->createNetwork(net + QLatin1String("x"), labels)).status == 201);
    QVERIFY(await(m_client->removeNetwork(net)).ok());
    QCOMPARE(await(m_client->inspectNetwork(net)).error.kind, Kind::NotFound);

    const QString vol = dd::test::uniqueName(QStringLiteral("ddtest_vol"));
    QCOMPARE(await(m_client->createVolume(vol, labels)).status, 201);
    QCOMPARE(await(m_client->createVolume(vol, labels)).status, 200);
    QCOMPARE(await(m_client->inspectVolume(vol)).json()[QLatin1String("Name")].toString(), vol);
    QVERIFY(await(m_client->removeVolume(vol)).ok());
    QCOMPARE(await(m_client->inspectVolume(vol)).error.kind, Kind::NotFound);
}

void TestEngineClient::secondNetworkConnectedOnOldApi()
{
    ensureImage();
    const QMap<QString, QString> labels{{QLatin1String(dd::test::kTestLabel), m_runLabel}};
    const QString a = dd::test::uniqueName(QStringLiteral("ddtest_a"));
    const QString b = dd::test::uniqueName(QStringLiteral("ddtest_b"));
    QVERIFY(await(m_client->createNetwork(a, labels)).ok());
    QVERIFY(await(m_client->createNetwork(b, labels)).ok());
    ContainerSpec spec = baseSpec(QStringLiteral("sleep 60"));
    spec.networks = {{a, {QStringLiteral("database")}}, {b, {QStringLiteral("db-b")}}};
    const EngineResponse created = await(m_client->createContainer(dd::test::uniqueName(QStringLiteral("ddtest-nets")), spec));
    QVERIFY2(created.ok(), qPrintable(created.error.sentence));
    const QString id = created.json()[QLatin1String("Id")].toString();
    const QJsonObject networks = await(m_client->inspectContainer(id)).json()[QLatin1String("NetworkSettings")][QLatin1String("Networks")].toObject();
    QVERIFY2(networks.contains(a) && networks.contains(b), qPrintable(networks.keys().join(u',')));
    QVERIFY(networks[a][QLatin1String("Aliases")].toArray().contains(QStringLiteral("database")));
    QVERIFY(networks[b][QLatin1String("Aliases")].toArray().contains(QStringLiteral("db-b")));
}

void TestEngineClient::permissionDeniedNamesDockerGroup()
{
    if (m_endpoint.kind != EngineEndpoint::Kind::UnixSocket)
        QSKIP("NOT RUN: the permission test needs a unix socket engine");
    if (::geteuid() != 0) {
        // A normal user: the test needs a socket we cannot open; the engine's own is usable here.
        QSKIP("NOT RUN: needs root to re-run itself as an unprivileged user (CI runs as root)");
    }
    // Root bypasses file permissions, so run the probe as `nobody`, against the real socket.
    QProcess probe;
    probe.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                            QCoreApplication::applicationFilePath(), QStringLiteral("--probe"), m_endpoint.toHost()});
    QVERIFY(probe.waitForFinished(30000));
    const QString out = QString::fromUtf8(probe.readAllStandardOutput());
    QVERIFY2(out.startsWith(QLatin1String("PermissionDenied")), qPrintable(out + QString::fromUtf8(probe.readAllStandardError())));
    QVERIFY(out.contains(QLatin1String("docker group")));
}

void TestEngineClient::engineRestartWhileFollowingResumesWithoutDuplicates()
{
    const QString control = qEnvironmentVariable("DD_ENGINE_CONTROL");   // checked in initTestCase

    // A counter kept in a volume, so it keeps counting after the engine restarts the container.
    // The engine stop kills the container at any instruction, so the counter is advanced and
    // saved atomically (temporary file + rename) *before* its line is printed: a restarted
    // container never prints a number twice (at worst it skips one). Every duplicate or
    // backwards step the test sees is then the client's, which is what it is here to prove.
    const QString volume = dd::test::uniqueName(QStringLiteral("ddtest_counter"));
    QVERIFY(await(m_client->createVolume(volume, {{QLatin1String(dd::test::kTestLabel), m_runLabel}})).ok());
    const QString id = runContainer(dd::test::uniqueName(QStringLiteral("ddtest-restart")),
                                    QStringLiteral("i=$(cat /data/n 2>/dev/null || echo 0); while true; do i=$((i+1)); echo $i > /data/n.new && mv /data/n.new /data/n; echo n $i; sleep 0.02; done"),
                                    false, QStringLiteral("always"), {volume + QLatin1String(":/data")});
    QVERIFY(!id.isEmpty());

    LogCollector first;
    LogStream *stream = m_client->logs(id, LogOptions{});
    first.attach(stream);
    QTRY_VERIFY_WITH_TIMEOUT(first.lines.size() > 50, 30000);

    auto runControl = [&](const QString &verb) {
        QProcess p;
        p.start(QStringLiteral("bash"), {control, verb});
        return p.waitForFinished(120000) && p.exitCode() == 0;
    };
    QVERIFY(runControl(QStringLiteral("stop")));
    QTRY_VERIFY_WITH_TIMEOUT(first.finished, 30000);
    QCOMPARE(EngineError::kindName(first.error.kind), EngineError::kindName(Kind::EngineUnreachable));
    const LogOptions resume = stream->resumeOptions();
    QVERIFY(resume.sinceNs > 0);

    const bool restarted = runControl(QStringLiteral("start"));
    QVERIFY(restarted);
    QVERIFY(await(m_client->connectToEngine()).ok());

    LogCollector second;
    second.attach(m_client->logs(id, resume));
    // The container restarts with the engine (restart=always) and keeps counting.
    const int lastBefore = first.lines.last().text.mid(2).toInt();
    QTRY_VERIFY_WITH_TIMEOUT(!second.lines.isEmpty() && second.lines.last().text.mid(2).toInt() > lastBefore + 20, 60000);

    QList<LogLine> all = first.lines + second.lines;
    int previous = -1;
    for (const LogLine &line : std::as_const(all)) {
        const int n = line.text.mid(2).toInt();
        QVERIFY2(n > previous, qPrintable(QStringLiteral("line %1 after %2: duplicated or out of order").arg(n).arg(previous)));
        previous = n;
    }
}

// `--probe ENDPOINT`: connect and print the error kind and sentence (used as another user).
static int probeMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto endpoint = EngineEndpoint::fromHost(QString::fromLocal8Bit(argv[2]));
    EngineClient client(*endpoint);
    const EngineResponse response = await(client.connectToEngine(), 20000);
    std::printf("%s %s\n", qPrintable(EngineError::kindName(response.error.kind)), qPrintable(response.error.sentence));
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--probe") == 0)
        return probeMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestEngineClient test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_engineclient.moc"
