// SPDX-License-Identifier: GPL-3.0-or-later
// The tag catalog: ordering, what is hidden, floating tags, upgrade targets; the cache file
// (TTL, atomic write, off-thread IO) and the loader's cache/stale paths with the network down
// (a closed loopback port, so no service is needed).
#include "registry/RegistryParsers.h"
#include "registry/TagCache.h"
#include "registry/TagCatalog.h"
#include "registry/TagCatalogLoader.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace dd::registry;
using dd::instance::DirectusVersion;
using dd::instance::ProductLine;

namespace {

QStringList fixtureTags()
{
    QFile file(QStringLiteral(DD_TEST_DATA_DIR "/registry/tags-list-directus.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return RegistryParsers::parseTagList(file.readAll())->tags;
}

DirectusVersion v(const char *tag)
{
    const auto parsed = DirectusVersion::parse(QString::fromLatin1(tag));
    if (!parsed)
        qFatal("bad version in test: %s", tag);
    return *parsed;
}

QStringList names(const QList<DirectusVersion> &versions)
{
    QStringList out;
    for (const DirectusVersion &version : versions)
        out.append(version.toString());
    return out;
}

QString q(const char *text)
{
    return QString::fromLatin1(text);
}

QString str(const std::optional<DirectusVersion> &version)
{
    return version ? version->toString() : QStringLiteral("-");
}

// A loopback port nothing listens on: connections are refused at once, like an offline registry.
QUrl closedPortUrl()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot pick a port");
    const quint16 port = server.serverPort();
    server.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

CatalogResult load(TagCatalogLoader &loader)
{
    QSignalSpy spy(&loader, &TagCatalogLoader::finished);
    loader.start();
    if (!spy.wait(20000))
        qFatal("loader did not finish");
    if (spy.count() != 1)
        qFatal("finished emitted %d times", int(spy.count()));
    return spy.first().first().value<CatalogResult>();
}

} // namespace

class TestTagCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void releasesOrderedNumerically()
    {
        const TagCatalog catalog(ProductLine::Directus, fixtureTags());
        // 10.10.0 after 10.9.3: numbers, not strings; duplicates and floating tags apart.
        QCOMPARE(names(catalog.versions()),
                 (QStringList{QStringLiteral("9.25.2"), QStringLiteral("9.26.0"), QStringLiteral("10.9.3"),
                              QStringLiteral("10.10.0"), QStringLiteral("10.13.3"), QStringLiteral("10.13.4"),
                              QStringLiteral("11.0.0"), QStringLiteral("11.1.1"), QStringLiteral("11.1.2")}));
        QCOMPARE(str(catalog.newest()), QStringLiteral("11.1.2"));
        QCOMPARE(catalog.allTags().size(), 23);
        QCOMPARE(catalog.productLine(), ProductLine::Directus);
    }

    void hidesPreReleasesHardenedAndNonVersions()
    {
        const TagCatalog catalog(ProductLine::Directus, fixtureTags());
        QStringList hidden = catalog.hiddenTags();
        hidden.sort();
        QStringList expected{QStringLiteral("10.99.0-broken"), QStringLiteral("11-dhi"), QStringLiteral("11.0.0-rc.1"),
                             QStringLiteral("11.0.0-rc.2"), QStringLiteral("11.1.2-dhi"), QStringLiteral("12.0.0-beta.1"),
                             QStringLiteral("9.0.0-rc.101"), QStringLiteral("edge"), QStringLiteral("sha-4f2a9c1")};
        expected.sort();
        QCOMPARE(hidden, expected);
        QVERIFY(catalog.contains(QStringLiteral("10.99.0-broken")));  // still known, for "any tag on request"
    }

    void preReleasesOnRequest()
    {
        TagCatalog::Options options;
        options.preReleases = true;
        const TagCatalog catalog(ProductLine::Directus, fixtureTags(), options);
        const QStringList shown = names(catalog.versions());
        QVERIFY(shown.contains(QStringLiteral("10.99.0-broken")));
        QVERIFY(!shown.contains(QStringLiteral("11.1.2-dhi")));  // hardened stays its own switch
        // Semver: rc.1 < rc.2 < the release; the broken 10.99 pre-release above 10.13.4.
        QVERIFY(shown.indexOf(QStringLiteral("11.0.0-rc.1")) < shown.indexOf(QStringLiteral("11.0.0-rc.2")));
        QVERIFY(shown.indexOf(QStringLiteral("11.0.0-rc.2")) < shown.indexOf(QStringLiteral("11.0.0")));
        QVERIFY(shown.indexOf(QStringLiteral("10.13.4")) < shown.indexOf(QStringLiteral("10.99.0-broken")));
        QCOMPARE(str(catalog.newest()), QStringLiteral("12.0.0-beta.1"));
        // "latest" never means a pre-release, even when they are listed.
        QCOMPARE(str(catalog.resolve(DirectusVersion::latest())), QStringLiteral("11.1.2"));
    }

    void hardenedOnRequest()
    {
        TagCatalog::Options options;
        options.hardened = true;
        const TagCatalog catalog(ProductLine::Directus, fixtureTags(), options);
        QVERIFY(names(catalog.versions()).contains(QStringLiteral("11.1.2-dhi")));
        QVERIFY(!names(catalog.versions()).contains(QStringLiteral("11.0.0-rc.1")));
        QVERIFY(catalog.hiddenTags().contains(QStringLiteral("11-dhi")));  // not version-like at all
        QVERIFY(TagCatalog::isHardened(u"11.1.2-DHI"));
        QVERIFY(!TagCatalog::isHardened(u"11.1.2-dhix"));
    }

    void floatingTagsResolve_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("major") << QStringLiteral("11") << QStringLiteral("11.1.2");
        QTest::newRow("older major") << QStringLiteral("10") << QStringLiteral("10.13.4");
        QTest::newRow("minor") << QStringLiteral("10.13") << QStringLiteral("10.13.4");
        QTest::newRow("minor without patches") << QStringLiteral("10.11") << QStringLiteral("-");
        QTest::newRow("latest") << QStringLiteral("latest") << QStringLiteral("11.1.2");
        QTest::newRow("unknown major") << QStringLiteral("12") << QStringLiteral("-");
        QTest::newRow("exact listed") << QStringLiteral("10.13.3") << QStringLiteral("10.13.3");
        QTest::newRow("exact missing") << QStringLiteral("10.13.5") << QStringLiteral("-");
        QTest::newRow("hidden exact") << QStringLiteral("10.99.0-broken") << QStringLiteral("-");
    }

    void floatingTagsResolve()
    {
        QFETCH(QString, tag);
        QFETCH(QString, resolved);
        const TagCatalog catalog(ProductLine::Directus, fixtureTags());
        QCOMPARE(str(catalog.resolve(*DirectusVersion::parse(tag))), resolved);
    }

    void floatingTagsListed()
    {
        const TagCatalog catalog(ProductLine::Directus, fixtureTags());
        QCOMPARE(names(catalog.floatingTags()),
                 (QStringList{QStringLiteral("10.13"), QStringLiteral("10"), QStringLiteral("11.1"), QStringLiteral("11"),
                              QStringLiteral("latest")}));
    }

    void upgradeTargets_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("minor");
        QTest::addColumn<QString>("nextMajor");
        QTest::addColumn<QString>("newestMajor");
        QTest::addColumn<QString>("recommended");
        QTest::newRow("minor available") << q("9.25.2") << q("-") << q("9.26.0") << q("10.13.4") << q("11.1.2") << q("9.26.0");
        QTest::newRow("top of v9: one major up") << q("9.26.0") << q("-") << q("-") << q("10.13.4") << q("11.1.2") << q("10.13.4");
        QTest::newRow("patch available") << q("10.13.3") << q("10.13.4") << q("-") << q("11.1.2") << q("11.1.2") << q("10.13.4");
        QTest::newRow("minor beats patch") << q("10.9.3") << q("-") << q("10.13.4") << q("11.1.2") << q("11.1.2") << q("10.13.4");
        QTest::newRow("11.0 to 11.1") << q("11.0.0") << q("-") << q("11.1.2") << q("-") << q("-") << q("11.1.2");
        QTest::newRow("newest") << q("11.1.2") << q("-") << q("-") << q("-") << q("-") << q("-");
        QTest::newRow("newer than the catalog") << q("12.0.0") << q("-") << q("-") << q("-") << q("-") << q("-");
        QTest::newRow("on the broken pre-release") << q("10.99.0-broken") << q("-") << q("-") << q("11.1.2") << q("11.1.2") << q("11.1.2");
        QTest::newRow("floating current") << q("10") << q("-") << q("-") << q("11.1.2") << q("11.1.2") << q("11.1.2");
        QTest::newRow("floating, nothing to resolve") << q("8") << q("-") << q("-") << q("-") << q("-") << q("-");
    }

    void upgradeTargets()
    {
        QFETCH(QString, current);
        QFETCH(QString, patch);
        QFETCH(QString, minor);
        QFETCH(QString, nextMajor);
        QFETCH(QString, newestMajor);
        QFETCH(QString, recommended);
        const TagCatalog catalog(ProductLine::Directus, fixtureTags());
        const UpgradeTargets t = catalog.upgradeTargets(*DirectusVersion::parse(current));
        QCOMPARE(str(t.newestPatch), patch);
        QCOMPARE(str(t.newestMinor), minor);
        QCOMPARE(str(t.nextMajor), nextMajor);
        QCOMPARE(str(t.newestMajor), newestMajor);
        QCOMPARE(str(t.recommended), recommended);
        QCOMPARE(t.any(), recommended != QLatin1String("-"));
    }

    void forkIsItsOwnLine()
    {
        // The fork's 10.x is not upstream's 10.x: a fork catalog only knows fork tags.
        const TagCatalog fork(ProductLine::Directus9Fork,
                              {QStringLiteral("9.26.5"), QStringLiteral("10.0.2"), QStringLiteral("10.1.0")});
        QCOMPARE(fork.productLine(), ProductLine::Directus9Fork);
        QCOMPARE(str(fork.upgradeTargets(v("9.26.5")).recommended), QStringLiteral("10.1.0"));
        QCOMPARE(dd::instance::imageRepository(fork.productLine()), QStringLiteral("lawebcapsule/directus9"));
    }

    void emptyCatalog()
    {
        const TagCatalog catalog(ProductLine::Directus, {QStringLiteral("edge"), QStringLiteral("11-dhi")});
        QVERIFY(catalog.isEmpty());
        QVERIFY(!catalog.newest());
        QVERIFY(!catalog.upgradeTargets(v("10.0.0")).any());
        QVERIFY(!catalog.resolve(DirectusVersion::latest()));
    }

    // --- cache file -------------------------------------------------------------------------

    void cacheRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto source = RegistrySource::plain(QUrl(QStringLiteral("http://127.0.0.1:5000")), QStringLiteral("directus/directus"));
        const QString path = TagCache::filePath(dir.path() + QLatin1String("/sub/dir"), source);
        const QDateTime at = QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05.678Z"), Qt::ISODateWithMs);
        QString error;
        QVERIFY2(TagCache::write(path, {source.displayName(), fixtureTags(), at}, &error), qPrintable(error));
        const auto back = TagCache::read(path);
        QVERIFY(back);
        QCOMPARE(back->tags, fixtureTags());
        QCOMPARE(back->fetchedAt, at);
        QCOMPARE(back->source, QStringLiteral("127.0.0.1:5000/directus/directus"));
    }

    void cacheRejectsForeignFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("not json");
        QTest::newRow("other format") << QByteArray(R"({"format":2,"fetchedAt":"2026-01-01T00:00:00Z","tags":[]})");
        QTest::newRow("no time") << QByteArray(R"({"format":1,"tags":["1.0.0"]})");
        QTest::newRow("tags not a list") << QByteArray(R"({"format":1,"fetchedAt":"2026-01-01T00:00:00Z","tags":"1"})");
    }

    void cacheRejectsForeignFiles()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("c.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QVERIFY(!TagCache::read(file.fileName()));
    }

    void cacheFiltersBadTags()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("c.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":1,"fetchedAt":"2026-01-01T00:00:00Z","tags":["11.1.2","bad tag",3,"10.13.4"]})");
        file.close();
        const auto entry = TagCache::read(file.fileName());
        QVERIFY(entry);
        QCOMPARE(entry->tags, (QStringList{QStringLiteral("11.1.2"), QStringLiteral("10.13.4")}));
    }

    void cacheTtl()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TagCache::Entry entry;
        entry.fetchedAt = now.addSecs(-59);
        QVERIFY(TagCache::isFresh(entry, 60, now));
        entry.fetchedAt = now.addSecs(-60);
        QVERIFY(!TagCache::isFresh(entry, 60, now));
        entry.fetchedAt = now.addSecs(3600);  // clock went backwards since: do not trust it
        QVERIFY(!TagCache::isFresh(entry, 86400, now));
        entry.fetchedAt = QDateTime();
        QVERIFY(!TagCache::isFresh(entry, 86400, now));
    }

    void asyncReadDeliversOnContextThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.json"));
        QVERIFY(TagCache::write(path, {QStringLiteral("x"), {QStringLiteral("1.2.3")}, QDateTime::currentDateTimeUtc()}));
        QObject context;
        std::optional<TagCache::Entry> got;
        QThread *deliveredOn = nullptr;
        bool called = false;
        TagCache::readAsync(path, &context, [&](std::optional<TagCache::Entry> e) {
            called = true;
            got = std::move(e);
            deliveredOn = QThread::currentThread();
        });
        QVERIFY(!called);  // never synchronously: the caller's thread does not wait for the disk
        QTRY_VERIFY(called);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(got);
        QCOMPARE(got->tags, QStringList{QStringLiteral("1.2.3")});
    }

    void asyncReadSkipsDestroyedContext()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.json"));
        QVERIFY(TagCache::write(path, {QStringLiteral("x"), {QStringLiteral("1.2.3")}, QDateTime::currentDateTimeUtc()}));
        bool called = false;
        for (int i = 0; i < 50; ++i) {
            auto *context = new QObject;
            TagCache::readAsync(path, context, [&](std::optional<TagCache::Entry>) { called = true; });
            delete context;
        }
        QThreadPool::globalInstance()->waitForDone(5000);
        QCoreApplication::processEvents();
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void asyncWriteThenRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w/b.json"));
        QObject context;
        bool written = false;
        QString error = QStringLiteral("unset");
        TagCache::writeAsync(path, {QStringLiteral("y"), {QStringLiteral("9.26.0")}, QDateTime::currentDateTimeUtc()},
                             &context, [&](bool ok, QString e) {
                                 written = ok;
                                 error = e;
                             });
        QTRY_VERIFY(written);
        QVERIFY(error.isEmpty());
        QCOMPARE(TagCache::read(path)->tags, QStringList{QStringLiteral("9.26.0")});
    }

    // --- loader: cache and the network down -------------------------------------------------

    void freshCacheIsUsedWithoutAsking()
    {
        QTemporaryDir dir;
        const auto source = RegistrySource::plain(closedPortUrl(), QStringLiteral("directus/directus"));
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-10);
        QVERIFY(TagCache::write(TagCache::filePath(dir.path(), source), {source.displayName(), fixtureTags(), at}));
        TagCatalogLoader::Settings settings;
        settings.cacheDir = dir.path();
        settings.ttlSeconds = 3600;
        TagCatalogLoader loader(source, ProductLine::Directus, settings);
        const CatalogResult r = load(loader);
        // Had the registry been asked, the refused connection would show as an error.
        QVERIFY2(r.error.ok(), qPrintable(r.error.sentence));
        QVERIFY(r.fromCache);
        QVERIFY(!r.stale);
        QVERIFY(r.notice.isEmpty());
        QCOMPARE(r.fetchedAt, at);
        QCOMPARE(str(r.catalog.newest()), QStringLiteral("11.1.2"));
    }

    void expiredCacheAndOfflineGivesStaleListAndSaysSo()
    {
        QTemporaryDir dir;
        const auto source = RegistrySource::plain(closedPortUrl(), QStringLiteral("directus/directus"));
        const QDateTime at = QDateTime::currentDateTimeUtc().addDays(-3);
        QVERIFY(TagCache::write(TagCache::filePath(dir.path(), source), {source.displayName(), fixtureTags(), at}));
        TagCatalogLoader::Settings settings;
        settings.cacheDir = dir.path();
        settings.ttlSeconds = 3600;
        TagCatalogLoader loader(source, ProductLine::Directus, settings);
        const CatalogResult r = load(loader);
        QCOMPARE(r.error.kind, RegistryError::Kind::Offline);
        QVERIFY(r.error.sentence.contains(source.displayName()));
        QVERIFY(r.fromCache);
        QVERIFY(r.stale);
        QVERIFY(r.hasList());
        QVERIFY2(r.notice.contains(QLatin1String("saved")), qPrintable(r.notice));
        QVERIFY2(r.notice.contains(r.error.sentence), qPrintable(r.notice));
        QCOMPARE(r.catalog.versions().size(), 9);
    }

    void forcedRefreshOfflineFallsBackToFreshCache()
    {
        QTemporaryDir dir;
        const auto source = RegistrySource::plain(closedPortUrl(), QStringLiteral("directus/directus"));
        QVERIFY(TagCache::write(TagCache::filePath(dir.path(), source),
                                {source.displayName(), fixtureTags(), QDateTime::currentDateTimeUtc()}));
        TagCatalogLoader::Settings settings;
        settings.cacheDir = dir.path();
        settings.forceRefresh = true;
        TagCatalogLoader loader(source, ProductLine::Directus, settings);
        const CatalogResult r = load(loader);
        QCOMPARE(r.error.kind, RegistryError::Kind::Offline);  // it did ask
        QVERIFY(r.fromCache);
        QVERIFY(!r.stale);  // ... but what it shows is still within the TTL
        QVERIFY(!r.notice.isEmpty());
    }

    void offlineWithoutCacheIsAnError_data()
    {
        QTest::addColumn<bool>("corruptFile");
        QTest::newRow("no file") << false;
        QTest::newRow("corrupt file") << true;
    }

    void offlineWithoutCacheIsAnError()
    {
        QFETCH(bool, corruptFile);
        QTemporaryDir dir;
        const auto source = RegistrySource::plain(closedPortUrl(), QStringLiteral("directus/directus"));
        if (corruptFile) {
            QFile file(TagCache::filePath(dir.path(), source));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"format\":1,\"tags\":[");
        }
        TagCatalogLoader::Settings settings;
        settings.cacheDir = dir.path();
        TagCatalogLoader loader(source, ProductLine::Directus, settings);
        const CatalogResult r = load(loader);
        QCOMPARE(r.error.kind, RegistryError::Kind::Offline);
        QVERIFY(!r.fromCache);
        QVERIFY(!r.hasList());
        QVERIFY(r.catalog.isEmpty());
        QVERIFY(!r.error.sentence.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTagCatalog)
#include "tst_tagcatalog.moc"
