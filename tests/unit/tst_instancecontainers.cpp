// SPDX-License-Identifier: GPL-3.0-or-later
// Which containers of the engine's list are an instance's: by the app's instance label or by
// its compose project and service, whatever their names (container_name, "_1", "-1", a kept
// "-before-upgrade"); look-alikes by name only for the sentence; never another instance's.
#include "operations/InstanceContainers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dd::operations;

namespace {

const QString kId = QStringLiteral("6f1c0c1e-0000-4000-8000-000000000001");

QJsonObject entry(const QString &name, const QString &state, const QJsonObject &labels)
{
    return QJsonObject{{QStringLiteral("Id"), name + QStringLiteral("-id")},
                       {QStringLiteral("Names"), QJsonArray{QLatin1Char('/') + name}},
                       {QStringLiteral("Image"), QStringLiteral("busybox")},
                       {QStringLiteral("State"), state},
                       {QStringLiteral("Status"), state == QLatin1String("running") ? QStringLiteral("Up 1 minute")
                                                                                     : QStringLiteral("Exited (0)")},
                       {QStringLiteral("Labels"), labels}};
}

QJsonObject ours(const QString &service, const QString &id = kId)
{
    return {{QStringLiteral("org.directusdesktop.instance"), id},
            {QStringLiteral("com.docker.compose.project"), QStringLiteral("blog")},
            {QStringLiteral("com.docker.compose.service"), service}};
}

QJsonObject compose(const QString &project, const QString &service, bool oneOff = false)
{
    return {{QStringLiteral("com.docker.compose.project"), project},
            {QStringLiteral("com.docker.compose.service"), service},
            {QStringLiteral("com.docker.compose.oneoff"), oneOff ? QStringLiteral("True") : QStringLiteral("False")}};
}

dd::instance::InstanceSpec blog()
{
    dd::instance::InstanceSpec spec;
    spec.id = kId;
    spec.name = QStringLiteral("blog");
    return spec;
}

QStringList names(const QList<StackContainer> &list)
{
    QStringList out;
    for (const StackContainer &c : list)
        out.append(c.name);
    out.sort();
    return out;
}

const QStringList kServices{QStringLiteral("database"), QStringLiteral("cache"), QStringLiteral("directus")};

} // namespace

class TestInstanceContainers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oursWhateverTheirNames()
    {
        const QJsonArray list{entry(QStringLiteral("blog-directus-1"), QStringLiteral("running"), ours(QStringLiteral("directus"))),
                              entry(QStringLiteral("blog-directus-1-before-upgrade"), QStringLiteral("exited"),
                                    ours(QStringLiteral("directus"))),
                              entry(QStringLiteral("blog_database_1"), QStringLiteral("running"), ours(QStringLiteral("database")))};
        const InstanceContainers found = InstanceContainers::fromContainerList(list, blog(), kServices);
        QCOMPARE(names(found.members), (QStringList{QStringLiteral("blog-directus-1"),
                                                    QStringLiteral("blog-directus-1-before-upgrade"),
                                                    QStringLiteral("blog_database_1")}));
        QCOMPARE(names(found.running()), (QStringList{QStringLiteral("blog-directus-1"), QStringLiteral("blog_database_1")}));
        // Start order: the database before Directus (a stop walks it backwards).
        QCOMPARE(found.members.constFirst().service, QStringLiteral("database"));
        QCOMPARE(found.missing(kServices), QStringList{QStringLiteral("cache")});
        QVERIFY(found.lookalikes.isEmpty());
    }

    void theGuidesContainerNamesByTheirComposeProject()
    {
        // The guide sets container_name: blog-directus, blog-database, blog-cache.
        const QJsonArray list{entry(QStringLiteral("blog-directus"), QStringLiteral("running"), compose(QStringLiteral("blog"), QStringLiteral("directus"))),
                              entry(QStringLiteral("blog-database"), QStringLiteral("running"), compose(QStringLiteral("blog"), QStringLiteral("database"))),
                              entry(QStringLiteral("blog-cache"), QStringLiteral("exited"), compose(QStringLiteral("blog"), QStringLiteral("cache"))),
                              // A `compose run` of the project is not part of the stack.
                              entry(QStringLiteral("blog-directus-run-1a2b"), QStringLiteral("running"),
                                    compose(QStringLiteral("blog"), QStringLiteral("directus"), true)),
                              // A service the instance does not have is not its container.
                              entry(QStringLiteral("blog-adminer"), QStringLiteral("running"), compose(QStringLiteral("blog"), QStringLiteral("adminer")))};
        const InstanceContainers found = InstanceContainers::fromContainerList(list, blog(), kServices);
        QCOMPARE(names(found.members), (QStringList{QStringLiteral("blog-cache"), QStringLiteral("blog-database"),
                                                    QStringLiteral("blog-directus")}));
        QCOMPARE(names(found.running()), (QStringList{QStringLiteral("blog-database"), QStringLiteral("blog-directus")}));
        QVERIFY(found.missing(kServices).isEmpty());
        QCOMPARE(names(found.lookalikes), (QStringList{QStringLiteral("blog-adminer"), QStringLiteral("blog-directus-run-1a2b")}));
    }

    void neverAnotherInstancesOrAnotherProjects()
    {
        const QJsonArray list{
            // Another instance that once had this name (renamed): its label says whose it is.
            entry(QStringLiteral("blog-directus-1"), QStringLiteral("running"),
                  ours(QStringLiteral("directus"), QStringLiteral("6f1c0c1e-0000-4000-8000-000000000002"))),
            entry(QStringLiteral("blogger-directus-1"), QStringLiteral("running"), compose(QStringLiteral("blogger"), QStringLiteral("directus"))),
            entry(QStringLiteral("shop-database-1"), QStringLiteral("running"), compose(QStringLiteral("shop"), QStringLiteral("database")))};
        const InstanceContainers found = InstanceContainers::fromContainerList(list, blog(), kServices);
        QVERIFY(found.members.isEmpty());
        QVERIFY(found.lookalikes.isEmpty());
        QCOMPARE(found.missing(kServices), kServices);
    }

    void nothingFoundNamesWhatTheEngineHasInstead()
    {
        const QJsonArray list{entry(QStringLiteral("blog-directus"), QStringLiteral("running"), QJsonObject{}),
                              entry(QStringLiteral("blog_db"), QStringLiteral("running"), compose(QStringLiteral("oldblog"), QStringLiteral("db")))};
        const InstanceContainers found = InstanceContainers::fromContainerList(list, blog(), kServices);
        QVERIFY(found.members.isEmpty());
        const QString sentence = found.nothingFoundSentence(QStringLiteral("blog"));
        QVERIFY2(sentence.startsWith(QLatin1String("No container of blog was found on the engine.")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QLatin1String("blog-directus (made by hand, not by this app)")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QLatin1String("blog_db (made by docker compose for the project oldblog")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QLatin1String("Start blog")), qPrintable(sentence));

        const QString alone = InstanceContainers{}.nothingFoundSentence(QStringLiteral("blog"));
        QVERIFY2(!alone.contains(QLatin1String("The engine has")), qPrintable(alone));
    }
};

QTEST_MAIN(TestInstanceContainers)
#include "tst_instancecontainers.moc"
