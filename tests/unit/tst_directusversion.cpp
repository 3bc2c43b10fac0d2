// SPDX-License-Identifier: GPL-3.0-or-later
// DirectusVersion: tag parsing, semver ordering (pre-releases, floating tags) and the image
// repository of each product line.
#include "instance/DirectusVersion.h"

#include <QTest>

using namespace dd::instance;

namespace {

DirectusVersion v(const char *tag)
{
    const auto parsed = DirectusVersion::parse(QString::fromLatin1(tag));
    if (!parsed)
        qFatal("test tag does not parse: %s", tag);
    return *parsed;
}

} // namespace

class TstDirectusVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void orders_data();
    void orders();
    void floatingTagsMeanTheNewestOfTheirRange();
    void buildMetadataIsIgnored();
    void imageRepositories();
};

void TstDirectusVersion::parses_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("precision");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<int>("patch");
    QTest::addColumn<QString>("pre");
    using P = DirectusVersion::Precision;
    QTest::newRow("9.26.0") << QStringLiteral("9.26.0") << int(P::Patch) << 9 << 26 << 0 << QString();
    QTest::newRow("10.13.4") << QStringLiteral("10.13.4") << int(P::Patch) << 10 << 13 << 4 << QString();
    QTest::newRow("11.1.2") << QStringLiteral("11.1.2") << int(P::Patch) << 11 << 1 << 2 << QString();
    QTest::newRow("broken") << QStringLiteral("10.99.0-broken") << int(P::Patch) << 10 << 99 << 0 << QStringLiteral("broken");
    QTest::newRow("rc") << QStringLiteral("11.0.0-rc.1") << int(P::Patch) << 11 << 0 << 0 << QStringLiteral("rc.1");
    QTest::newRow("major") << QStringLiteral("11") << int(P::Major) << 11 << 0 << 0 << QString();
    QTest::newRow("minor") << QStringLiteral("11.1") << int(P::Minor) << 11 << 1 << 0 << QString();
    QTest::newRow("latest") << QStringLiteral("latest") << int(P::Latest) << 0 << 0 << 0 << QString();
    QTest::newRow("zero") << QStringLiteral("0.0.0") << int(P::Patch) << 0 << 0 << 0 << QString();
}

void TstDirectusVersion::parses()
{
    QFETCH(QString, tag);
    QFETCH(int, precision);
    QFETCH(int, major);
    QFETCH(int, minor);
    QFETCH(int, patch);
    QFETCH(QString, pre);
    const auto parsed = DirectusVersion::parse(tag);
    QVERIFY(parsed);
    QCOMPARE(int(parsed->precision()), precision);
    QCOMPARE(parsed->major(), major);
    QCOMPARE(parsed->minor(), minor);
    QCOMPARE(parsed->patch(), patch);
    QCOMPARE(parsed->preRelease(), pre);
    QCOMPARE(parsed->isFloating(), precision != int(DirectusVersion::Precision::Patch));
    QCOMPARE(parsed->toString(), tag);
}

void TstDirectusVersion::rejects_data()
{
    QTest::addColumn<QString>("tag");
    QTest::newRow("empty") << QString();
    QTest::newRow("v prefix") << QStringLiteral("v11.1.2");
    QTest::newRow("four parts") << QStringLiteral("11.1.2.3");
    QTest::newRow("leading zero") << QStringLiteral("11.01.2");
    QTest::newRow("trailing dot") << QStringLiteral("11.");
    QTest::newRow("pre on a floating tag") << QStringLiteral("11.1-rc.1");
    QTest::newRow("empty pre identifier") << QStringLiteral("11.1.2-rc..1");
    QTest::newRow("word") << QStringLiteral("edge");
    QTest::newRow("Latest") << QStringLiteral("Latest");
    QTest::newRow("huge") << QStringLiteral("11.1.12345678901");
    QTest::newRow("space") << QStringLiteral(" 11.1.2");
}

void TstDirectusVersion::rejects()
{
    QFETCH(QString, tag);
    QVERIFY(!DirectusVersion::parse(tag));
}

void TstDirectusVersion::orders_data()
{
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("higher");
    QTest::newRow("patch") << QStringLiteral("10.13.3") << QStringLiteral("10.13.4");
    QTest::newRow("minor numeric, not text") << QStringLiteral("10.9.0") << QStringLiteral("10.10.0");
    QTest::newRow("major") << QStringLiteral("9.26.0") << QStringLiteral("10.0.0");
    QTest::newRow("pre below release") << QStringLiteral("11.0.0-rc.1") << QStringLiteral("11.0.0");
    QTest::newRow("pre numeric") << QStringLiteral("11.0.0-rc.2") << QStringLiteral("11.0.0-rc.10");
    QTest::newRow("pre numeric below alpha") << QStringLiteral("11.0.0-1") << QStringLiteral("11.0.0-alpha");
    QTest::newRow("pre prefix shorter") << QStringLiteral("11.0.0-alpha") << QStringLiteral("11.0.0-alpha.1");
    QTest::newRow("pre lexical") << QStringLiteral("11.0.0-beta") << QStringLiteral("11.0.0-rc");
    QTest::newRow("broken above older minor") << QStringLiteral("10.13.4") << QStringLiteral("10.99.0-broken");
    QTest::newRow("broken below its release") << QStringLiteral("10.99.0-broken") << QStringLiteral("10.99.0");
    QTest::newRow("11 above 11.99.99") << QStringLiteral("11.99.99") << QStringLiteral("11");
    QTest::newRow("11 below 12.0.0-rc.1") << QStringLiteral("11") << QStringLiteral("12.0.0-rc.1");
    QTest::newRow("11.1 above 11.1.9") << QStringLiteral("11.1.9") << QStringLiteral("11.1");
    QTest::newRow("11.1 below 11.2.0") << QStringLiteral("11.1") << QStringLiteral("11.2.0");
    QTest::newRow("11.13 below 11") << QStringLiteral("11.13") << QStringLiteral("11");
    QTest::newRow("latest above all") << QStringLiteral("99.0.0") << QStringLiteral("latest");
}

void TstDirectusVersion::orders()
{
    QFETCH(QString, lower);
    QFETCH(QString, higher);
    const DirectusVersion a = *DirectusVersion::parse(lower);
    const DirectusVersion b = *DirectusVersion::parse(higher);
    QVERIFY(a < b);
    QVERIFY(b > a);
    QVERIFY(a != b);
    QVERIFY(!(b < a));
}

void TstDirectusVersion::floatingTagsMeanTheNewestOfTheirRange()
{
    QVERIFY(v("11") >= DirectusVersion::exact(11, 0, 0));
    QVERIFY(v("11") < DirectusVersion::exact(12, 0, 0));
    QVERIFY(v("11") >= DirectusVersion::exact(11, 13, 0));
    QVERIFY(v("10") >= DirectusVersion::exact(10, 4, 0));
    QVERIFY(v("10.3") < DirectusVersion::exact(10, 4, 0));
    QVERIFY(v("10.4") >= DirectusVersion::exact(10, 4, 0));
    QCOMPARE(v("11"), v("11"));
    QCOMPARE(v("latest"), DirectusVersion::latest());
    QVERIFY(DirectusVersion::exact(11, 1, 2) == v("11.1.2"));
}

void TstDirectusVersion::buildMetadataIsIgnored()
{
    const DirectusVersion withBuild = v("11.1.2+build.7");
    QCOMPARE(withBuild, v("11.1.2"));
    QCOMPARE(withBuild.toString(), QStringLiteral("11.1.2"));
}

void TstDirectusVersion::imageRepositories()
{
    QCOMPARE(imageRepository(ProductLine::Directus), QStringLiteral("directus/directus"));
    QCOMPARE(imageRepository(ProductLine::Directus9Fork), QStringLiteral("lawebcapsule/directus9"));
}

QTEST_GUILESS_MAIN(TstDirectusVersion)
#include "tst_directusversion.moc"
