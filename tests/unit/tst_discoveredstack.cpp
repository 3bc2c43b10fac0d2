// SPDX-License-Identifier: GPL-3.0-or-later
// Grouping, start order and state of stacks, fed with recorded GET /containers/json answers
// (tests/data/discovery): a stack made from the Directus guide by docker-compose 1.29 and one of ours.
#include "operations/DiscoveredStack.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dd::operations;
using State = DiscoveredStack::State;

namespace {

QJsonArray fixture(const char *name)
{
    QFile file(QStringLiteral(DD_TEST_DATA_DIR "/discovery/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QJsonDocument::fromJson(file.readAll()).array();
}

const DiscoveredStack *find(const QList<DiscoveredStack> &stacks, const QString &project)
{
    for (const DiscoveredStack &s : stacks) {
        if (s.project == project)
            return &s;
    }
    return nullptr;
}

QStringList services(const DiscoveredStack &stack)
{
    QStringList out;
    for (const StackContainer &c : stack.containers)
        out.append(c.service);
    return out;
}

StackContainer container(const QString &service, const QString &state, const QString &dependsOn = {},
                         const QString &image = QStringLiteral("busybox"), const QString &health = {})
{
    StackContainer c;
    c.name = service + QStringLiteral("-1");
    c.service = service;
    c.state = state;
    c.image = image;
    c.health = health;
    if (!dependsOn.isNull())
        c.labels.insert(QStringLiteral("com.docker.compose.depends_on"), dependsOn);
    return c;
}

} // namespace

class TestDiscoveredStack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guideStackFromCompose129IsAdopted()
    {
        const QList<DiscoveredStack> stacks = DiscoveredStack::fromContainerList(fixture("guide-compose-1.29.json"));
        QCOMPARE(stacks.size(), 1);
        const DiscoveredStack &s = stacks.first();
        QCOMPARE(s.project, QStringLiteral("directus"));
        QVERIFY(s.isAdopted());
        // The one-off `docker-compose run` container is not part of the stack.
        QCOMPARE(s.containers.size(), 3);
        // 1.29 writes no depends_on label: Directus last, the others by service name.
        QCOMPARE(services(s), (QStringList{QStringLiteral("cache"), QStringLiteral("database"), QStringLiteral("directus")}));
        QVERIFY(s.directus());
        QCOMPARE(s.directus()->name, QStringLiteral("directus"));  // the guide's container_name
        QCOMPARE(s.directusVersion(), QStringLiteral("10.13.4"));
        QCOMPARE(s.productLine(), QStringLiteral("directus"));
        QCOMPARE(s.state(), State::Running);
        QCOMPARE(s.url(), QStringLiteral("http://localhost:8055"));
        const StackContainer &db = s.containers.at(1);
        QCOMPARE(db.mounts.size(), 1);
        QCOMPARE(db.mounts.first().type, QStringLiteral("bind"));
        QCOMPARE(db.mounts.first().source, QStringLiteral("/home/ada/directus/data/database"));
        QVERIFY(db.health.isEmpty());
    }

    void mixedEngineKeepsOursAndDirectusProjectsOnly()
    {
        const QList<DiscoveredStack> stacks = DiscoveredStack::fromContainerList(fixture("mixed.json"));
        QStringList projects;
        for (const DiscoveredStack &s : stacks)
            projects.append(s.project);
        // Sorted; "shop" (no Directus, not ours) and the label-less `docker run` container are gone.
        QCOMPARE(projects, (QStringList{QStringLiteral("blog"), QStringLiteral("fork"), QStringLiteral("loop"),
                                        QStringLiteral("mirror")}));
    }

    void oursFollowsDependsOnLabel()
    {
        const QList<DiscoveredStack> stacks = DiscoveredStack::fromContainerList(fixture("mixed.json"));
        const DiscoveredStack *blog = find(stacks, QStringLiteral("blog"));
        QVERIFY(blog);
        QVERIFY(!blog->isAdopted());
        QCOMPARE(blog->instanceId, QStringLiteral("6f1e3a52-0c8b-4d2e-9a47-3c5d7e9f1b20"));
        QCOMPARE(services(*blog), (QStringList{QStringLiteral("cache"), QStringLiteral("database"), QStringLiteral("directus")}));
        QCOMPARE(blog->directusVersion(), QStringLiteral("11.1.2"));
        QCOMPARE(blog->state(), State::PartlyRunning);
        QCOMPARE(blog->containers.at(1).health, QStringLiteral("healthy"));
        QCOMPARE(blog->url(), QString());  // created but never started: no published port yet
        QCOMPARE(blog->containers.last().mounts.first().name, QStringLiteral("blog_uploads"));
    }

    void mirrorDigestAndUnhealthy()
    {
        const QList<DiscoveredStack> stacks = DiscoveredStack::fromContainerList(fixture("mixed.json"));
        const DiscoveredStack *mirror = find(stacks, QStringLiteral("mirror"));
        QVERIFY(mirror);
        QVERIFY(mirror->isAdopted());
        QCOMPARE(services(*mirror), (QStringList{QStringLiteral("db"), QStringLiteral("directus")}));
        QCOMPARE(mirror->directusVersion(), QStringLiteral("10.13.4"));
        QCOMPARE(mirror->directus()->health, QStringLiteral("starting"));
        QCOMPARE(mirror->containers.first().health, QStringLiteral("unhealthy"));
        QCOMPARE(mirror->state(), State::NeedsAttention);
        QCOMPARE(mirror->url(), QStringLiteral("http://127.0.0.1:18055"));
    }

    void forkWithoutTagAndRestartLoop()
    {
        const QList<DiscoveredStack> stacks = DiscoveredStack::fromContainerList(fixture("mixed.json"));
        const DiscoveredStack *fork = find(stacks, QStringLiteral("fork"));
        QVERIFY(fork);
        QCOMPARE(fork->productLine(), QStringLiteral("directus9"));
        QCOMPARE(fork->directusVersion(), QString());
        QCOMPARE(fork->state(), State::Stopped);
        QCOMPARE(services(*fork), (QStringList{QStringLiteral("database"), QStringLiteral("directus")}));
        const DiscoveredStack *loop = find(stacks, QStringLiteral("loop"));
        QVERIFY(loop);
        QCOMPARE(loop->directusVersion(), QStringLiteral("latest"));
        QCOMPARE(loop->state(), State::NeedsAttention);
    }

    void directusImageNames_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<bool>("directus");
        QTest::newRow("plain") << QStringLiteral("directus/directus") << true;
        QTest::newRow("tag") << QStringLiteral("directus/directus:11.1.2") << true;
        QTest::newRow("docker.io") << QStringLiteral("docker.io/directus/directus:10") << true;
        QTest::newRow("registry port") << QStringLiteral("127.0.0.1:5000/directus/directus:9.26.0") << true;
        QTest::newRow("digest") << QStringLiteral("directus/directus@sha256:0123abcd") << true;
        QTest::newRow("fork") << QStringLiteral("lawebcapsule/directus9:9.26.0") << true;
        QTest::newRow("ghcr fork") << QStringLiteral("ghcr.io/lawebcapsule/directus9:v9") << true;
        QTest::newRow("someone's custom build") << QStringLiteral("my-custom-directus-image:latest") << false;
        QTest::newRow("lookalike") << QStringLiteral("notdirectus/directus:1") << false;
        QTest::newRow("other user") << QStringLiteral("directus/api:1") << false;
        QTest::newRow("image id") << QStringLiteral("sha256:0123abcd") << false;
    }
    void directusImageNames()
    {
        QFETCH(QString, image);
        QFETCH(bool, directus);
        QCOMPARE(StackContainer::isDirectusImage(image), directus);
    }

    void startOrderRespectsDependenciesBeforeDirectusLast()
    {
        // A proxy that depends on Directus must come after it: dependencies win over "Directus last".
        const QList<StackContainer> ordered = DiscoveredStack::startOrder(
            {container(QStringLiteral("proxy"), QStringLiteral("created"), QStringLiteral("directus:service_started:false")),
             container(QStringLiteral("directus"), QStringLiteral("created"), QStringLiteral("zdb:service_healthy:false"),
                       QStringLiteral("directus/directus:11.1.2")),
             container(QStringLiteral("zdb"), QStringLiteral("created")),
             container(QStringLiteral("adminer"), QStringLiteral("created"))});
        QStringList order;
        for (const StackContainer &c : ordered)
            order.append(c.service);
        QCOMPARE(order, (QStringList{QStringLiteral("adminer"), QStringLiteral("zdb"), QStringLiteral("directus"),
                                     QStringLiteral("proxy")}));
    }

    void startOrderSurvivesCyclesAndMissingServices()
    {
        const QList<StackContainer> ordered = DiscoveredStack::startOrder(
            {container(QStringLiteral("a"), QStringLiteral("created"), QStringLiteral("b:service_started:false,gone:x:y")),
             container(QStringLiteral("b"), QStringLiteral("created"), QStringLiteral("a:service_started:false"))});
        QCOMPARE(ordered.size(), 2);
    }

    void states_data()
    {
        QTest::addColumn<QStringList>("states");
        QTest::addColumn<QStringList>("health");
        QTest::addColumn<int>("expected");
        QTest::newRow("all running") << QStringList{QStringLiteral("running"), QStringLiteral("running")} << QStringList{}
                                     << int(State::Running);
        QTest::newRow("all exited") << QStringList{QStringLiteral("exited"), QStringLiteral("created")} << QStringList{}
                                    << int(State::Stopped);
        QTest::newRow("one running") << QStringList{QStringLiteral("running"), QStringLiteral("exited")} << QStringList{}
                                     << int(State::PartlyRunning);
        QTest::newRow("paused") << QStringList{QStringLiteral("running"), QStringLiteral("paused")} << QStringList{}
                                << int(State::PartlyRunning);
        QTest::newRow("dead") << QStringList{QStringLiteral("running"), QStringLiteral("dead")} << QStringList{}
                              << int(State::NeedsAttention);
        QTest::newRow("restarting") << QStringList{QStringLiteral("restarting")} << QStringList{}
                                    << int(State::NeedsAttention);
        QTest::newRow("unhealthy") << QStringList{QStringLiteral("running"), QStringLiteral("running")}
                                   << QStringList{QStringLiteral("healthy"), QStringLiteral("unhealthy")}
                                   << int(State::NeedsAttention);
        QTest::newRow("health starting") << QStringList{QStringLiteral("running")} << QStringList{QStringLiteral("starting")}
                                         << int(State::Running);
        QTest::newRow("empty") << QStringList{} << QStringList{} << int(State::Stopped);
    }
    void states()
    {
        QFETCH(QStringList, states);
        QFETCH(QStringList, health);
        QFETCH(int, expected);
        DiscoveredStack stack;
        for (qsizetype i = 0; i < states.size(); ++i)
            stack.containers.append(container(QStringLiteral("s%1").arg(i), states.at(i), {}, QStringLiteral("busybox"),
                                              health.value(i)));
        QCOMPARE(int(stack.state()), expected);
        QVERIFY(!DiscoveredStack::stateText(stack.state()).isEmpty());
    }

    void healthAndPodmanStatesFromListEntry()
    {
        QJsonObject entry{{QStringLiteral("Id"), QStringLiteral("abc")},
                          {QStringLiteral("Names"), QJsonArray{QStringLiteral("/x-1")}},
                          {QStringLiteral("State"), QStringLiteral("stopped")},
                          {QStringLiteral("Status"), QStringLiteral("Up 2 minutes (unhealthy)")}};
        StackContainer c = StackContainer::fromListEntry(entry);
        QCOMPARE(c.name, QStringLiteral("x-1"));
        QCOMPARE(c.state, QStringLiteral("exited"));  // Podman's word mapped to Docker's
        QCOMPARE(c.health, QStringLiteral("unhealthy"));
        QVERIFY(!c.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestDiscoveredStack)
#include "tst_discoveredstack.moc"
