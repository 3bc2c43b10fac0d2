// SPDX-License-Identifier: GPL-3.0-or-later
// InstanceValidator: every field's bad inputs give an error (or a warning) with a sentence a
// person can act on, and a good spec passes.
#include "instance/InstanceValidator.h"

#include <QTest>

#include <functional>

using namespace dd::instance;

using SpecEdit = std::function<void(InstanceSpec &)>;
Q_DECLARE_METATYPE(SpecEdit)
Q_DECLARE_METATYPE(SpecField)
Q_DECLARE_METATYPE(Severity)

namespace {

InstanceSpec goodSpec()
{
    InstanceSpec spec = InstanceSpec::create(QStringLiteral("my-site_2"));
    spec.imageTag = QStringLiteral("11.1.2");
    spec.adminEmail = QStringLiteral("admin@example.com");
    return spec;
}

QSet<QString> taken()
{
    return {QStringLiteral("blog"), QStringLiteral("shop")};
}

} // namespace

class TstInstanceValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodSpecPasses();
    void badInput_data();
    void badInput();
    void goodVariantsPass_data();
    void goodVariantsPass();
    void sqliteFolderOnlyCheckedForSqlite();
};

void TstInstanceValidator::goodSpecPasses()
{
    const QList<ValidationIssue> issues = InstanceValidator::validate(goodSpec(), taken());
    QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().reason));
    QVERIFY(!InstanceValidator::hasErrors(issues));
}

void TstInstanceValidator::badInput_data()
{
    QTest::addColumn<SpecEdit>("edit");
    QTest::addColumn<SpecField>("field");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("fragment");
    const auto E = Severity::Error;
    const auto W = Severity::Warning;
    auto row = [](const char *name, SpecEdit edit, SpecField field, Severity severity, const char *fragment) {
        QTest::newRow(name) << edit << field << severity << QString::fromUtf8(fragment);
    };
    auto name = [](const char *n) { return SpecEdit([n](InstanceSpec &s) { s.name = QString::fromUtf8(n); }); };
    row("name empty", name(""), SpecField::Name, E, "Give the instance a name");
    row("name uppercase", name("MySite"), SpecField::Name, E, "lowercase");
    row("name space", name("my site"), SpecField::Name, E, "only lowercase letters, digits");
    row("name dot", name("my.site"), SpecField::Name, E, "only lowercase letters, digits");
    row("name starts with dash", name("-site"), SpecField::Name, E, "start with a letter or a digit");
    row("name starts with underscore", name("_site"), SpecField::Name, E, "start with a letter or a digit");
    row("name accent", name("café"), SpecField::Name, E, "only lowercase letters");
    row("name too long", SpecEdit([](InstanceSpec &s) { s.name = QString(64, QLatin1Char('a')); }), SpecField::Name, E,
        "at most 63");
    row("name taken", name("blog"), SpecField::Name, E, "already exists");

    row("tag empty", [](InstanceSpec &s) { s.imageTag.clear(); }, SpecField::ImageTag, E, "Choose a Directus version");
    row("tag custom", [](InstanceSpec &s) { s.imageTag = QStringLiteral("edge"); }, SpecField::ImageTag, W,
        "not a version number");

    auto email = [](const char *e) { return SpecEdit([e](InstanceSpec &s) { s.adminEmail = QString::fromUtf8(e); }); };
    row("email empty", email(""), SpecField::AdminEmail, E, "Enter the email address");
    row("email no at", email("admin.example.com"), SpecField::AdminEmail, E, "not an email address");
    row("email no domain dot", email("admin@localhost"), SpecField::AdminEmail, E, "not an email address");
    row("email two ats", email("a@b@example.com"), SpecField::AdminEmail, E, "not an email address");
    row("email space", email("ad min@example.com"), SpecField::AdminEmail, E, "not an email address");
    row("email double dot", email("ad..min@example.com"), SpecField::AdminEmail, E, "not an email address");
    row("email trailing dot", email("admin@example.com."), SpecField::AdminEmail, E, "not an email address");
    row("email domain dash", email("admin@-example.com"), SpecField::AdminEmail, E, "not an email address");

    auto port = [](int p) { return SpecEdit([p](InstanceSpec &s) { s.hostPort = p; }); };
    row("port 0", port(0), SpecField::HostPort, E, "1 to 65535");
    row("port negative", port(-1), SpecField::HostPort, E, "1 to 65535");
    row("port 65536", port(65536), SpecField::HostPort, E, "1 to 65535");
    row("port 80", port(80), SpecField::HostPort, W, "rootless Docker and Podman");

    auto bind = [](const char *b) { return SpecEdit([b](InstanceSpec &s) { s.bindAddress = QString::fromUtf8(b); }); };
    row("bind empty", bind(""), SpecField::BindAddress, E, "Enter an IP address");
    row("bind hostname", bind("localhost"), SpecField::BindAddress, E, "Enter an IP address");
    row("bind bad ipv4", bind("127.0.0.256"), SpecField::BindAddress, E, "Enter an IP address");
    row("bind bad ipv6", bind("::1::2"), SpecField::BindAddress, E, "Enter an IP address");
    row("bind any", bind("0.0.0.0"), SpecField::BindAddress, W, "other computers");
    row("bind any v6", bind("::"), SpecField::BindAddress, W, "other computers");

    auto url = [](const char *u) { return SpecEdit([u](InstanceSpec &s) { s.publicUrl = QString::fromUtf8(u); }); };
    row("url relative", url("/"), SpecField::PublicUrl, E, "full web address");
    row("url no scheme", url("localhost:8055"), SpecField::PublicUrl, E, "full web address");
    row("url ftp", url("ftp://example.com"), SpecField::PublicUrl, E, "full web address");
    row("url no host", url("http://"), SpecField::PublicUrl, E, "full web address");
    row("url space", url("http://exa mple.com"), SpecField::PublicUrl, E, "full web address");

    auto uploads = [](const char *p) {
        return SpecEdit([p](InstanceSpec &s) { s.uploadsStorage = StorageChoice::folder(QString::fromUtf8(p)); });
    };
    row("folder empty", uploads(""), SpecField::UploadsFolder, E, "Choose a folder");
    row("folder relative", uploads("uploads"), SpecField::UploadsFolder, E, "full path");
    row("folder dot relative", uploads("./uploads"), SpecField::UploadsFolder, E, "full path");
    row("folder root", uploads("/"), SpecField::UploadsFolder, E, "root of a disk");
    row("folder root dotted", uploads("/srv/.."), SpecField::UploadsFolder, E, "root of a disk");
    row("folder windows root", uploads("C:\\"), SpecField::UploadsFolder, E, "root of a disk");
    row("extensions root", SpecEdit([](InstanceSpec &s) { s.extensionsStorage = StorageChoice::folder(QStringLiteral("//")); }),
        SpecField::ExtensionsFolder, E, "root of a disk");

    row("oracle", [](InstanceSpec &s) { s.databaseKind = DatabaseKind::Oracle; }, SpecField::Database, E,
        "custom image");
    row("mssql without eula", [](InstanceSpec &s) { s.databaseKind = DatabaseKind::MsSql; }, SpecField::Database, E,
        "EULA");
    auto external = [](std::function<void(ExternalDatabase &)> f) {
        return SpecEdit([f](InstanceSpec &s) {
            s.databaseKind = DatabaseKind::External;
            s.external = {DatabaseKind::Postgres, QStringLiteral("db.example.com"), 5432, QStringLiteral("cms"),
                          QStringLiteral("cms")};
            f(s.external);
        });
    };
    row("external no host", external([](ExternalDatabase &e) { e.host.clear(); }), SpecField::ExternalHost, E,
        "host name or address");
    row("external localhost", external([](ExternalDatabase &e) { e.host = QStringLiteral("localhost"); }),
        SpecField::ExternalHost, W, "host.docker.internal");
    row("external loopback", external([](ExternalDatabase &e) { e.host = QStringLiteral("127.0.0.1"); }),
        SpecField::ExternalHost, W, "host.docker.internal");
    row("external port", external([](ExternalDatabase &e) { e.port = 70000; }), SpecField::ExternalPort, E, "1 to 65535");
    row("external no database", external([](ExternalDatabase &e) { e.database.clear(); }), SpecField::ExternalDatabase,
        E, "name of the database");
    row("external no user", external([](ExternalDatabase &e) { e.user.clear(); }), SpecField::ExternalUser, E,
        "user Directus logs in as");
    row("external sqlite", external([](ExternalDatabase &e) { e.client = DatabaseKind::Sqlite; }), SpecField::Database,
        E, "which kind of database server");

    auto env = [](const char *k) {
        return SpecEdit([k](InstanceSpec &s) { s.extraEnv = {{QString::fromUtf8(k), QStringLiteral("v")}}; });
    };
    row("env empty key", env(""), SpecField::ExtraEnv, E, "not a valid variable name");
    row("env digit first", env("1ABC"), SpecField::ExtraEnv, E, "not a valid variable name");
    row("env dash", env("MY-VAR"), SpecField::ExtraEnv, E, "not a valid variable name");
    row("env KEY", env("KEY"), SpecField::ExtraEnv, E, "set by Directus Desktop");
    row("env SECRET", env("SECRET"), SpecField::ExtraEnv, E, "set by Directus Desktop");
    row("env DB_HOST", env("DB_HOST"), SpecField::ExtraEnv, E, "set by Directus Desktop");
    row("env ADMIN_PASSWORD", env("ADMIN_PASSWORD"), SpecField::ExtraEnv, E, "set by Directus Desktop");
    row("env SECRET_FILE", env("SECRET_FILE"), SpecField::ExtraEnv, E, "set by Directus Desktop");
    row("env REDIS", env("REDIS"), SpecField::ExtraEnv, E, "set by Directus Desktop");
    row("env twice", [](InstanceSpec &s) {
        s.extraEnv = {{QStringLiteral("CORS_ENABLED"), QStringLiteral("true")}, {QStringLiteral("CORS_ENABLED"), QStringLiteral("false")}};
    }, SpecField::ExtraEnv, E, "set twice");
}

void TstInstanceValidator::badInput()
{
    QFETCH(SpecEdit, edit);
    QFETCH(SpecField, field);
    QFETCH(Severity, severity);
    QFETCH(QString, fragment);
    InstanceSpec spec = goodSpec();
    edit(spec);
    const QList<ValidationIssue> issues = InstanceValidator::validate(spec, taken());
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, field);
    QCOMPARE(issues.first().severity, severity);
    QVERIFY2(issues.first().reason.contains(fragment), qPrintable(issues.first().reason));
    QCOMPARE(InstanceValidator::hasErrors(issues), severity == Severity::Error);
}

void TstInstanceValidator::goodVariantsPass_data()
{
    QTest::addColumn<SpecEdit>("edit");
    QTest::newRow("digit first name") << SpecEdit([](InstanceSpec &s) { s.name = QStringLiteral("1st"); });
    QTest::newRow("63 chars") << SpecEdit([](InstanceSpec &s) { s.name = QString(63, QLatin1Char('a')); });
    QTest::newRow("plus email") << SpecEdit([](InstanceSpec &s) { s.adminEmail = QStringLiteral("me+cms@mail.example.org"); });
    QTest::newRow("ipv6 loopback") << SpecEdit([](InstanceSpec &s) { s.bindAddress = QStringLiteral("::1"); });
    QTest::newRow("lan address") << SpecEdit([](InstanceSpec &s) { s.bindAddress = QStringLiteral("192.168.1.20"); });
    QTest::newRow("https url") << SpecEdit([](InstanceSpec &s) { s.publicUrl = QStringLiteral("https://cms.example.com/base"); });
    QTest::newRow("port 1024") << SpecEdit([](InstanceSpec &s) { s.hostPort = 1024; });
    QTest::newRow("folders") << SpecEdit([](InstanceSpec &s) {
        s.uploadsStorage = StorageChoice::folder(QStringLiteral("/srv/cms/uploads"));
        s.extensionsStorage = StorageChoice::folder(QStringLiteral("D:\\cms\\extensions"));
    });
    QTest::newRow("mssql with eula") << SpecEdit([](InstanceSpec &s) {
        s.databaseKind = DatabaseKind::MsSql;
        s.msSqlEulaAccepted = true;
    });
    QTest::newRow("external default port") << SpecEdit([](InstanceSpec &s) {
        s.databaseKind = DatabaseKind::External;
        s.external = {DatabaseKind::MariaDb, QStringLiteral("host.docker.internal"), 0, QStringLiteral("cms"), QStringLiteral("cms")};
    });
    QTest::newRow("own env") << SpecEdit([](InstanceSpec &s) {
        s.extraEnv = {{QStringLiteral("CORS_ENABLED"), QStringLiteral("true")}, {QStringLiteral("ADMIN_TOKEN"), QStringLiteral("t")}};
    });
    QTest::newRow("floating tag") << SpecEdit([](InstanceSpec &s) { s.imageTag = QStringLiteral("11"); });
}

void TstInstanceValidator::goodVariantsPass()
{
    QFETCH(SpecEdit, edit);
    InstanceSpec spec = goodSpec();
    edit(spec);
    const QList<ValidationIssue> issues = InstanceValidator::validate(spec, taken());
    QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().reason));
}

void TstInstanceValidator::sqliteFolderOnlyCheckedForSqlite()
{
    InstanceSpec spec = goodSpec();
    spec.databaseStorage = StorageChoice::folder(QStringLiteral("relative"));
    QCOMPARE(InstanceValidator::validate(spec, taken()).size(), 1);
    QCOMPARE(InstanceValidator::validate(spec, taken()).first().field, SpecField::DatabaseFolder);
    spec.databaseKind = DatabaseKind::Postgres;
    QVERIFY(InstanceValidator::validate(spec, taken()).isEmpty());
}

QTEST_GUILESS_MAIN(TstInstanceValidator)
#include "tst_instancevalidator.moc"
