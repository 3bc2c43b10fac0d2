// SPDX-License-Identifier: GPL-3.0-or-later
// StackDiscovery against the real engine given by DOCKER_HOST: containers labelled like compose
// projects (ours, adopted, someone else's) are created from ddtest-busybox:1 and, for the
// adopted stack, from the real directus/directus:10.13.4 (created, never started).
#include "EngineTestSupport.h"

#include "docker/EngineClient.h"
#include "docker/PullJob.h"
#include "operations/StackDiscovery.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <cstdio>

using namespace dd::docker;
using namespace dd::operations;
using dd::test::await;

namespace {

const QString kBusybox = QStringLiteral("ddtest-busybox:1");
const QString kDirectus = QStringLiteral("directus/directus:10.13.4");

// Set when the Directus image could not be pulled: main() then reports "not run".
bool g_directusMissing = false;

QStringList servicesOf(const DiscoveredStack &stack)
{
    QStringList out;
    for (const StackContainer &c : stack.containers)
        out.append(c.service);
    return out;
}

} // namespace

class TestStackDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void oursGroupedInStartOrder();
    void finishedIsAsynchronousAndFiltersByProject();
    void statesFollowTheEngine();
    void adoptedDirectusStack();
    void unreachableEngineIsAnError();

private:
    bool pull(const QString &image);
    QString create(const QString &name, const QString &image, const QMap<QString, QString> &labels,
                   const QString &script = QStringLiteral("sleep 300"), bool unhealthy = false);
    QMap<QString, QString> composeLabels(const QString &project, const QString &service, const QString &dependsOn = {}) const;
    QList<DiscoveredStack> discover(const QString &project = {}, EngineError *error = nullptr);

    EngineClient *m_client = nullptr;
    QString m_runLabel;
    QString m_ours;    // project of "our" stack
    QString m_others;  // someone else's compose project: never listed
    QString m_instanceId;
};

void TestStackDiscovery::initTestCase()
{
    const EngineEndpoint endpoint = dd::test::requireTestEngineOrExit();
    m_client = new EngineClient(endpoint, this);
    const EngineResponse ping = await(m_client->connectToEngine());
    QVERIFY2(ping.ok(), qPrintable(ping.error.sentence));
    m_runLabel = dd::test::uniqueName(QStringLiteral("discovery"));
    m_ours = dd::test::uniqueName(QStringLiteral("ours"));
    m_others = dd::test::uniqueName(QStringLiteral("others"));
    m_instanceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY2(pull(kBusybox), "ddtest-busybox:1 missing: run tests/services/test-images.sh");

    // Ours, created in the "wrong" order: Directus first (busybox stands in; our label names it).
    auto ours = [&](const QString &service, const QString &dependsOn) {
        QMap<QString, QString> labels = composeLabels(m_ours, service, dependsOn);
        labels.insert(QStringLiteral("org.directusdesktop.instance"), m_instanceId);
        labels.insert(QStringLiteral("org.directusdesktop.service"), service);
        return labels;
    };
    QVERIFY(!create(m_ours + QStringLiteral("-directus-1"), kBusybox,
                    ours(QStringLiteral("directus"), QStringLiteral("database:service_healthy:false,cache:service_started:false")))
                 .isEmpty());
    QVERIFY(!create(m_ours + QStringLiteral("-database-1"), kBusybox, ours(QStringLiteral("database"), {})).isEmpty());
    QVERIFY(!create(m_ours + QStringLiteral("-cache-1"), kBusybox, ours(QStringLiteral("cache"), {})).isEmpty());
    QVERIFY(!create(m_others + QStringLiteral("-web-1"), kBusybox, composeLabels(m_others, QStringLiteral("web"))).isEmpty());
}

void TestStackDiscovery::cleanupTestCase()
{
    if (!m_client || !m_client->isConnected())
        return;
    const QMap<QString, QStringList> mine{{QStringLiteral("label"), {QLatin1String(dd::test::kTestLabel) + QLatin1Char('=') + m_runLabel}}};
    const EngineResponse list = await(m_client->listContainers(mine));
    for (const QJsonValue &c : list.json().array())
        await(m_client->removeContainer(c[QLatin1String("Id")].toString(), true, true));
}

bool TestStackDiscovery::pull(const QString &image)
{
    if (await(m_client->inspectImage(image)).ok())
        return true;
    PullJob *job = m_client->pull(image);
    QSignalSpy done(job, &PullJob::finished);
    if (!done.wait(300000))
        return false;
    return done.first().first().value<EngineError>().ok();
}

QMap<QString, QString> TestStackDiscovery::composeLabels(const QString &project, const QString &service,
                                                         const QString &dependsOn) const
{
    QMap<QString, QString> labels{{QLatin1String(dd::test::kTestLabel), m_runLabel},
                                  {QStringLiteral("com.docker.compose.project"), project},
                                  {QStringLiteral("com.docker.compose.service"), service},
                                  {QStringLiteral("com.docker.compose.oneoff"), QStringLiteral("False")},
                                  {QStringLiteral("com.docker.compose.container-number"), QStringLiteral("1")}};
    if (!dependsOn.isEmpty())
        labels.insert(QStringLiteral("com.docker.compose.depends_on"), dependsOn);
    return labels;
}

QString TestStackDiscovery::create(const QString &name, const QString &image, const QMap<QString, QString> &labels,
                                   const QString &script, bool unhealthy)
{
    ContainerSpec spec;
    spec.image = image;
    if (image == kBusybox)
        spec.cmd = {QStringLiteral("sh"), QStringLiteral("-c"), script};
    spec.labels = labels;
    if (unhealthy) {
        using namespace std::chrono_literals;
        spec.healthcheck = ContainerSpec::Healthcheck{{QStringLiteral("CMD"), QStringLiteral("false")}, 200ms, 1s, 0ns, 0ns, 1};
    }
    if (m_client->isPodman())
        spec.ulimits = {{QStringLiteral("nproc"), 4096, 4096}, {QStringLiteral("nofile"), 4096, 4096}};
    const EngineResponse created = await(m_client->createContainer(name, spec));
    if (!created.ok()) {
        qWarning() << created.error.sentence;
        return {};
    }
    return created.json()[QLatin1String("Id")].toString();
}

QList<DiscoveredStack> TestStackDiscovery::discover(const QString &project, EngineError *error)
{
    StackDiscovery discovery(*m_client);
    QSignalSpy done(&discovery, &StackDiscovery::finished);
    discovery.start(project);
    if (!done.wait(30000))
        return {};
    if (error)
        *error = done.first().at(1).value<EngineError>();
    return done.first().first().value<QList<DiscoveredStack>>();
}

void TestStackDiscovery::oursGroupedInStartOrder()
{
    EngineError error;
    const QList<DiscoveredStack> stacks = discover({}, &error);
    QVERIFY2(error.ok(), qPrintable(error.sentence));
    const DiscoveredStack *ours = nullptr;
    for (const DiscoveredStack &s : stacks) {
        QVERIFY2(s.project != m_others, "a compose project without Directus and without our label was listed");
        if (s.project == m_ours)
            ours = &s;
    }
    QVERIFY(ours);
    QVERIFY(!ours->isAdopted());
    QCOMPARE(ours->instanceId, m_instanceId);
    QCOMPARE(servicesOf(*ours), (QStringList{QStringLiteral("cache"), QStringLiteral("database"), QStringLiteral("directus")}));
    QVERIFY(ours->directus());
    QCOMPARE(ours->directus()->name, m_ours + QStringLiteral("-directus-1"));
    QCOMPARE(ours->directus()->state, QStringLiteral("created"));
    QCOMPARE(ours->state(), DiscoveredStack::State::Stopped);
}

void TestStackDiscovery::finishedIsAsynchronousAndFiltersByProject()
{
    StackDiscovery discovery(*m_client);
    QSignalSpy done(&discovery, &StackDiscovery::finished);
    discovery.start(m_ours);
    QCOMPARE(done.count(), 0);  // never from inside start()
    QVERIFY(done.wait(30000));
    const auto stacks = done.first().first().value<QList<DiscoveredStack>>();
    QCOMPARE(stacks.size(), 1);
    QCOMPARE(stacks.first().project, m_ours);

    discovery.start(m_others);
    QVERIFY(done.wait(30000));
    QVERIFY(done.last().first().value<QList<DiscoveredStack>>().isEmpty());
}

void TestStackDiscovery::statesFollowTheEngine()
{
    const QString db = m_ours + QStringLiteral("-database-1");
    QVERIFY(await(m_client->startContainer(db)).ok());
    QList<DiscoveredStack> stacks = discover(m_ours);
    QCOMPARE(stacks.size(), 1);
    QCOMPARE(stacks.first().state(), DiscoveredStack::State::PartlyRunning);
    QCOMPARE(stacks.first().containers.at(1).state, QStringLiteral("running"));
    QVERIFY(stacks.first().containers.at(1).isRunning());

    // A failing health check turns the stack into "needs attention" through the Status text.
    // Podman runs health checks from systemd timers; without systemd (this CI) they never run,
    // so the health of a Podman container stays "starting": said loudly, not passed.
    if (m_client->isPodman()) {
        qWarning("*** NOT RUN on Podman: unhealthy -> needs attention (Podman's health checks need systemd timers)");
    } else {
        QMap<QString, QString> labels = composeLabels(m_ours, QStringLiteral("sidecar"));
        labels.insert(QStringLiteral("org.directusdesktop.instance"), m_instanceId);
        const QString sidecar = create(m_ours + QStringLiteral("-sidecar-1"), kBusybox, labels, QStringLiteral("sleep 300"), true);
        QVERIFY(!sidecar.isEmpty());
        QVERIFY(await(m_client->startContainer(sidecar)).ok());
        QString health;
        const bool unhealthy = dd::test::runUntil([&] {
            const QList<DiscoveredStack> now = discover(m_ours);
            for (const StackContainer &c : now.value(0).containers) {
                if (c.service == QLatin1String("sidecar"))
                    health = c.health;
            }
            return health == QLatin1String("unhealthy");
        }, nullptr, 30000);
        QVERIFY2(unhealthy, qPrintable(QStringLiteral("health stayed \"%1\"").arg(health)));
        QCOMPARE(discover(m_ours).value(0).state(), DiscoveredStack::State::NeedsAttention);
        await(m_client->removeContainer(sidecar, true));
    }
    await(m_client->stopContainer(db, 1));
    QCOMPARE(discover(m_ours).value(0).state(), DiscoveredStack::State::Stopped);
}

void TestStackDiscovery::adoptedDirectusStack()
{
    if (!pull(kDirectus)) {
        g_directusMissing = true;
        std::fprintf(stderr, "\n*** NOT RUN: %s could not be pulled (tests/e2e/images/build-images.sh publishes it)\n\n",
                     qPrintable(kDirectus));
        QSKIP("directus/directus:10.13.4 missing");
    }
    // docker-compose 1.29 labels: no depends_on, no label of ours; names from container_name.
    const QString project = dd::test::uniqueName(QStringLiteral("guide"));
    QVERIFY(!create(project + QStringLiteral("-directus"), kDirectus, composeLabels(project, QStringLiteral("directus"))).isEmpty());
    QVERIFY(!create(project + QStringLiteral("-database"), kBusybox, composeLabels(project, QStringLiteral("database"))).isEmpty());
    const QList<DiscoveredStack> stacks = discover(project);
    QCOMPARE(stacks.size(), 1);
    const DiscoveredStack &s = stacks.first();
    QVERIFY(s.isAdopted());
    QCOMPARE(s.directusVersion(), QStringLiteral("10.13.4"));
    QCOMPARE(servicesOf(s), (QStringList{QStringLiteral("database"), QStringLiteral("directus")}));
    QCOMPARE(s.state(), DiscoveredStack::State::Stopped);
}

void TestStackDiscovery::unreachableEngineIsAnError()
{
    EngineClient nowhere(EngineEndpoint::unixSocket(QStringLiteral("/nonexistent/dd-test/docker.sock")));
    StackDiscovery discovery(nowhere);
    QSignalSpy done(&discovery, &StackDiscovery::finished);
    discovery.start();
    QCOMPARE(done.count(), 0);
    QVERIFY(done.wait(30000));
    QVERIFY(done.first().first().value<QList<DiscoveredStack>>().isEmpty());
    QCOMPARE(done.first().at(1).value<EngineError>().kind, EngineError::Kind::EngineUnreachable);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestStackDiscovery test;
    const int result = QTest::qExec(&test, argc, argv);
    // A skipped Directus part must not look like a pass.
    return result == 0 && g_directusMissing ? 77 : result;
}

#include "tst_stackdiscovery.moc"
