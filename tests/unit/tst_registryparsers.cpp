// SPDX-License-Identifier: GPL-3.0-or-later
// The registry parsers fed recorded answers (tests/data/registry): tag lists, Docker Hub pages,
// Link and WWW-Authenticate headers, token bodies; and how a RegistrySource builds its URLs.
#include "registry/RegistryParsers.h"
#include "registry/RegistrySource.h"

#include <QFile>
#include <QMap>
#include <QTest>

using namespace dd::registry;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(DD_TEST_DATA_DIR "/registry/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

// headers.txt: "name<TAB>value" per line, as recorded from registries.
QByteArray header(const char *name)
{
    static const QMap<QByteArray, QByteArray> values = [] {
        QMap<QByteArray, QByteArray> map;
        for (const QByteArray &line : fixture("headers.txt").split('\n')) {
            const qsizetype tab = line.indexOf('\t');
            if (line.startsWith('#') || tab < 0)
                continue;
            map.insert(line.left(tab), line.mid(tab + 1));
        }
        return map;
    }();
    if (!values.contains(name))
        qFatal("missing header fixture %s", name);
    return values.value(name);
}

const QUrl kRequest(QStringLiteral("http://127.0.0.1:5000/v2/directus/directus/tags/list?n=2"));

} // namespace

class TestRegistryParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tagListKeepsOrderAndAllTags()
    {
        QString why;
        const auto page = RegistryParsers::parseTagList(fixture("tags-list-directus.json"), &why);
        QVERIFY2(page, qPrintable(why));
        QCOMPARE(page->name, QStringLiteral("directus/directus"));
        QCOMPARE(page->tags.size(), 23);
        QCOMPARE(page->tags.first(), QStringLiteral("10.10.0"));
        QCOMPARE(page->tags.last(), QStringLiteral("10.99.0-broken"));
        QCOMPARE(page->dropped, 0);
    }

    void tagListNullMeansNoTags()
    {
        const auto page = RegistryParsers::parseTagList(fixture("tags-list-null.json"));
        QVERIFY(page);
        QVERIFY(page->tags.isEmpty());
        QCOMPARE(page->name, QStringLiteral("directus/emptied"));
    }

    void tagListDropsEntriesThatAreNotTags()
    {
        const auto page = RegistryParsers::parseTagList(fixture("tags-list-odd-entries.json"));
        QVERIFY(page);
        QCOMPARE(page->tags, (QStringList{QStringLiteral("11.1.2"), QStringLiteral("ok_tag"), QStringLiteral("10.13.4")}));
        // 42, null, "", ".hidden", "-dash", "has space", an object, a 129-character name
        QCOMPARE(page->dropped, 8);
    }

    void tagListRejectsWhatIsNotATagList_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("registry error body") << fixture("tags-list-no-tags-field.json") << QStringLiteral("no \"tags\"");
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << QStringLiteral("invalid JSON");
        QTest::newRow("array") << QByteArray("[\"11.1.2\"]") << QStringLiteral("not an object");
        QTest::newRow("tags is a string") << QByteArray("{\"tags\":\"11\"}") << QStringLiteral("not a list");
        QTest::newRow("truncated") << fixture("tags-list-directus.json").left(40) << QStringLiteral("invalid JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("invalid JSON");
    }

    void tagListRejectsWhatIsNotATagList()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        QString why;
        QVERIFY(!RegistryParsers::parseTagList(body, &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void tagNameGrammar_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("valid");
        QTest::newRow("semver") << QStringLiteral("11.1.2") << true;
        QTest::newRow("pre-release") << QStringLiteral("11.0.0-rc.1") << true;
        QTest::newRow("underscore first") << QStringLiteral("_x") << true;
        QTest::newRow("128 chars") << QString(128, QLatin1Char('a')) << true;
        QTest::newRow("129 chars") << QString(129, QLatin1Char('a')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dot first") << QStringLiteral(".x") << false;
        QTest::newRow("dash first") << QStringLiteral("-x") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("plus (build metadata is not allowed in tags)") << QStringLiteral("1.0.0+b") << false;
        QTest::newRow("non-ascii") << QStringLiteral("v\u00e9") << false;
    }

    void tagNameGrammar()
    {
        QFETCH(QString, tag);
        QFETCH(bool, valid);
        QCOMPARE(RegistryParsers::isValidTagName(tag), valid);
    }

    void hubPagesAndNext()
    {
        const QUrl first(QStringLiteral("https://hub.docker.com/v2/repositories/directus/directus/tags?page_size=3"));
        const auto page1 = RegistryParsers::parseHubPage(fixture("hub-page-1.json"), first);
        QVERIFY(page1);
        QCOMPARE(page1->tags, (QStringList{QStringLiteral("latest"), QStringLiteral("11.1.2"), QStringLiteral("11.1")}));
        QCOMPARE(page1->next, QUrl(QStringLiteral("https://hub.docker.com/v2/repositories/directus/directus/tags?page=2&page_size=3")));
        const auto page2 = RegistryParsers::parseHubPage(fixture("hub-page-2.json"), page1->next);
        QVERIFY(page2);
        QCOMPARE(page2->tags, (QStringList{QStringLiteral("10.13.4"), QStringLiteral("9.26.0")}));
        QVERIFY(page2->next.isEmpty());
    }

    void hubPageRejectsOtherShapes()
    {
        const QUrl url(QStringLiteral("https://hub.docker.com/v2/repositories/a/b/tags"));
        QString why;
        QVERIFY(!RegistryParsers::parseHubPage(fixture("tags-list-directus.json"), url, &why));
        QVERIFY(why.contains(QLatin1String("results")));
        QVERIFY(!RegistryParsers::parseHubPage("{\"results\":{}}", url));
        // A "next" that is not http(s) ends the paging instead of being followed.
        const auto page = RegistryParsers::parseHubPage("{\"next\":\"file:///etc/passwd\",\"results\":[{\"name\":\"1\"}]}", url);
        QVERIFY(page);
        QCOMPARE(page->tags, QStringList{QStringLiteral("1")});
        QVERIFY(page->next.isEmpty());
    }

    void nextLink_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QUrl>("expected");
        QTest::newRow("distribution (path-only)")
            << header("link-distribution")
            << QUrl(QStringLiteral("http://127.0.0.1:5000/v2/directus/directus/tags/list?last=10.13.4&n=2"));
        QTest::newRow("absolute")
            << header("link-absolute")
            << QUrl(QStringLiteral("https://ghcr.io/v2/directus/directus/tags/list?last=11.1.2&n=100"));
        QTest::newRow("second of two, rel list")
            << header("link-two-links") << QUrl(QStringLiteral("http://127.0.0.1:5000/v2/x/tags/list?last=b&n=1"));
        QTest::newRow("only prev") << header("link-not-next") << QUrl();
        QTest::newRow("file scheme") << header("link-bad-scheme") << QUrl();
        QTest::newRow("absent") << QByteArray() << QUrl();
        QTest::newRow("no angle brackets") << QByteArray("/v2/x/tags/list; rel=\"next\"") << QUrl();
        QTest::newRow("unclosed") << QByteArray("</v2/x/tags/list; rel=\"next\"") << QUrl();
        QTest::newRow("unquoted rel") << QByteArray("</v2/y?last=1>; rel=next")
                                      << QUrl(QStringLiteral("http://127.0.0.1:5000/v2/y?last=1"));
    }

    void nextLink()
    {
        QFETCH(QByteArray, value);
        QFETCH(QUrl, expected);
        QCOMPARE(RegistryParsers::parseNextLink(value, kRequest), expected);
    }

    void bearerChallenge_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("parsed");
        QTest::addColumn<QString>("realm");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("scope");
        QTest::newRow("docker hub") << header("auth-dockerhub") << true << QStringLiteral("https://auth.docker.io/token")
                                    << QStringLiteral("registry.docker.io")
                                    << QStringLiteral("repository:directus/directus:pull");
        QTest::newRow("ghcr") << header("auth-ghcr") << true << QStringLiteral("https://ghcr.io/token")
                              << QStringLiteral("ghcr.io") << QStringLiteral("repository:directus/directus:pull");
        QTest::newRow("spaces, lower case, token value")
            << header("auth-spaces") << true << QStringLiteral("https://auth.example.test/token")
            << QStringLiteral("registry.example.test") << QStringLiteral("repository:a/b:pull,push");
        QTest::newRow("escapes") << header("auth-escaped") << true << QStringLiteral("https://auth.example.test/token")
                                 << QStringLiteral("a\"b\\c") << QString();
        QTest::newRow("basic") << header("auth-basic") << false << QString() << QString() << QString();
        QTest::newRow("no realm") << header("auth-no-realm") << false << QString() << QString() << QString();
        QTest::newRow("unclosed quote") << header("auth-unclosed") << false << QString() << QString() << QString();
        QTest::newRow("realm not http") << QByteArray("Bearer realm=\"ftp://x/token\"") << false << QString() << QString()
                                        << QString();
        QTest::newRow("scheme only") << QByteArray("Bearer") << false << QString() << QString() << QString();
        QTest::newRow("bearerx") << QByteArray("Bearerx realm=\"https://a/t\"") << false << QString() << QString()
                                 << QString();
    }

    void bearerChallenge()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, parsed);
        const auto challenge = RegistryParsers::parseBearerChallenge(value);
        QCOMPARE(challenge.has_value(), parsed);
        if (!parsed)
            return;
        QFETCH(QString, realm);
        QFETCH(QString, service);
        QFETCH(QString, scope);
        QCOMPARE(challenge->realm, QUrl(realm));
        QCOMPARE(challenge->service, service);
        QCOMPARE(challenge->scope, scope);
    }

    void tokens_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("docker hub (token wins)")
            << fixture("token-dockerhub.json")
            << QByteArray("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhY2Nlc3MiOlt7InR5cGUiOiJyZXBvc2l0b3J5In1dfQ.c2lnbmF0dXJl");
        QTest::newRow("access_token only") << fixture("token-access-only.json")
                                           << QByteArray("djE6ZGlyZWN0dXMvZGlyZWN0dXM6MTcyNjgyNjQwMA==");
        QTest::newRow("ghcr") << fixture("token-ghcr.json")
                              << QByteArray("djE6ZGlyZWN0dXMvZGlyZWN0dXM6MTcyNjgyNjQwMDAwMDAwMDAwMA==");
        // A token with CR/LF would inject a header: refused, the clean one used instead.
        QTest::newRow("injection refused") << fixture("token-injection.json") << QByteArray("good.token");
        QTest::newRow("empty token") << QByteArray("{\"token\":\"\"}") << QByteArray();
        QTest::newRow("number") << QByteArray("{\"token\":12}") << QByteArray();
        QTest::newRow("not json") << QByteArray("token=abc") << QByteArray();
    }

    void tokens()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, token);
        QCOMPARE(RegistryParsers::parseToken(body), token);
    }

    void sourceNamesAndUrls()
    {
        // Docker Hub's library/ rule applies to single names, on the Hub and on its mirrors.
        QCOMPARE(RegistrySource::dockerHub(QStringLiteral("busybox")).effectiveRepository(), QStringLiteral("library/busybox"));
        QCOMPARE(RegistrySource::dockerHub(QStringLiteral("directus/directus")).effectiveRepository(),
                 QStringLiteral("directus/directus"));
        const QUrl loopback(QStringLiteral("http://127.0.0.1:5000"));
        QCOMPARE(RegistrySource::mirror(loopback, QStringLiteral("ddtest-busybox")).effectiveRepository(),
                 QStringLiteral("library/ddtest-busybox"));
        QCOMPARE(RegistrySource::plain(loopback, QStringLiteral("ddtest-busybox")).effectiveRepository(),
                 QStringLiteral("ddtest-busybox"));
        QCOMPARE(RegistrySource::ghcr(QStringLiteral("solo")).effectiveRepository(), QStringLiteral("solo"));
        QVERIFY(RegistrySource::plain(QUrl(QStringLiteral("https://docker.io")), QStringLiteral("x")).dockerHubNames);

        QCOMPARE(RegistrySource::dockerHub(QStringLiteral("busybox")).firstPageUrl(50),
                 QUrl(QStringLiteral("https://registry-1.docker.io/v2/library/busybox/tags/list?n=50")));
        QCOMPARE(RegistrySource::dockerHubApi(QStringLiteral("directus/directus")).firstPageUrl(100),
                 QUrl(QStringLiteral("https://hub.docker.com/v2/repositories/directus/directus/tags?page_size=100")));
        // A mirror behind a path prefix keeps the prefix; a trailing slash does not double.
        QCOMPARE(RegistrySource::plain(QUrl(QStringLiteral("https://proxy.test/registry/")), QStringLiteral("a/b")).firstPageUrl(2),
                 QUrl(QStringLiteral("https://proxy.test/registry/v2/a/b/tags/list?n=2")));
        QCOMPARE(RegistrySource::plain(loopback, QStringLiteral("directus/directus")).displayName(),
                 QStringLiteral("127.0.0.1:5000/directus/directus"));
    }

    void cacheKeysAreDistinctAndFileSafe()
    {
        const auto a = RegistrySource::plain(QUrl(QStringLiteral("http://127.0.0.1:5000")), QStringLiteral("directus/directus"));
        const auto b = RegistrySource::ghcr(QStringLiteral("directus/directus"));
        const auto c = RegistrySource::plain(QUrl(QStringLiteral("http://127.0.0.1:5001")), QStringLiteral("directus/directus"));
        auto hubApi = RegistrySource::dockerHubApi(QStringLiteral("directus/directus"));
        QStringList keys{a.cacheKey(), b.cacheKey(), c.cacheKey(), hubApi.cacheKey(),
                         RegistrySource::dockerHub(QStringLiteral("directus/directus")).cacheKey()};
        keys.removeDuplicates();
        QCOMPARE(keys.size(), 5);
        QCOMPARE(a.cacheKey(), a.cacheKey());
        for (const QString &key : keys) {
            QVERIFY2(!key.contains(QLatin1Char('/')) && !key.contains(QLatin1Char(':')), qPrintable(key));
        }
    }
};

QTEST_GUILESS_MAIN(TestRegistryParsers)
#include "tst_registryparsers.moc"
