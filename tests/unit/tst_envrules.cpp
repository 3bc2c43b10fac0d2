// SPDX-License-Identifier: GPL-3.0-or-later
// EnvRules: the one table of version-dependent Directus settings, checked on both sides of every
// boundary it knows, for upstream, the directus9 fork and floating tags.
#include "instance/EnvRules.h"
#include "instance/InstanceSpec.h"
#include "instance/ResolvedSecrets.h"

#include <QTest>

#include <optional>

using namespace dd::instance;

Q_DECLARE_METATYPE(EnvFeature)
Q_DECLARE_METATYPE(ProductLine)

namespace {

ResolvedSecrets fakeSecrets()
{
    ResolvedSecrets s;
    s.key = QStringLiteral("SECRET-KEY-VALUE");
    s.secret = QStringLiteral("SECRET-SECRET-VALUE");
    s.adminPassword = QStringLiteral("SECRET-ADMIN-PASSWORD");
    s.dbPassword = QStringLiteral("SECRET-DB-PASSWORD");
    s.dbRootPassword = QStringLiteral("SECRET-DB-ROOT-PASSWORD");
    return s;
}

InstanceSpec specFor(const QString &tag, ProductLine line = ProductLine::Directus)
{
    InstanceSpec spec;
    spec.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    spec.name = QStringLiteral("demo");
    spec.productLine = line;
    spec.imageTag = tag;
    spec.adminEmail = QStringLiteral("admin@example.com");
    return spec;
}

std::optional<QString> valueOf(const EnvPlan &plan, const QString &key)
{
    for (const EnvVar &v : plan.directusEnv) {
        if (v.key == key)
            return v.value;
    }
    return std::nullopt;
}

bool notesMention(const QList<EnvNote> &notes, const QString &fragment)
{
    for (const EnvNote &n : notes) {
        if (n.sentence.contains(fragment))
            return true;
    }
    return false;
}

DirectusVersion ver(const QString &tag)
{
    return *DirectusVersion::parse(tag);
}

} // namespace

class TstEnvRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void featureBoundaries_data();
    void featureBoundaries();
    void keyAndSecretAlways_data();
    void keyAndSecretAlways();
    void redisVariablesFollowTheVersion_data();
    void redisVariablesFollowTheVersion();
    void noCacheNoCacheEnv();
    void flowsModulesWarnFrom10_6();
    void adminCreationNotes();
    void adminTokenWarnsOnTheFork();
    void mysqlNativePasswordBefore11();
    void fixedEntries();
    void extraEnvComesLast();
    void unparseableTagGetsNewestRulesAndAWarning();
    void floatingTagNote();
    void changesBetween_data();
    void changesBetween();
    void downgradeWarns();
    void managedKeys_data();
    void managedKeys();
    void secretNames_data();
    void secretNames();
    void secretExtraVariablesGetTheirStoredValue();
};

void TstEnvRules::featureBoundaries_data()
{
    QTest::addColumn<EnvFeature>("feature");
    QTest::addColumn<ProductLine>("line");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("expected");
    const auto up = ProductLine::Directus;
    const auto fork = ProductLine::Directus9Fork;
    auto row = [](const char *name, EnvFeature f, ProductLine l, const char *tag, bool e) {
        QTest::newRow(name) << f << l << QString::fromLatin1(tag) << e;
    };
    row("key 9.26.0", EnvFeature::KeyRequired, up, "9.26.0", true);
    row("key 10.10.9", EnvFeature::KeyRequired, up, "10.10.9", true);
    row("key 10.10", EnvFeature::KeyRequired, up, "10.10", true);
    row("key 10.11.0", EnvFeature::KeyRequired, up, "10.11.0", false);
    row("key 11", EnvFeature::KeyRequired, up, "11", false);
    row("key fork 11.0.8", EnvFeature::KeyRequired, fork, "11.0.8", true);
    row("key fork latest", EnvFeature::KeyRequired, fork, "latest", true);
    row("legacy redis 10.3.9", EnvFeature::LegacyCacheRedis, up, "10.3.9", true);
    row("legacy redis 10.3", EnvFeature::LegacyCacheRedis, up, "10.3", true);
    row("legacy redis 10.4.0", EnvFeature::LegacyCacheRedis, up, "10.4.0", false);
    row("legacy redis 10.4.0-rc.1", EnvFeature::LegacyCacheRedis, up, "10.4.0-rc.1", true);
    row("legacy redis 10", EnvFeature::LegacyCacheRedis, up, "10", false);
    row("legacy redis fork 11.0.8", EnvFeature::LegacyCacheRedis, fork, "11.0.8", true);
    row("shared redis 10.3.9", EnvFeature::SharedRedis, up, "10.3.9", false);
    row("shared redis 10.4.0", EnvFeature::SharedRedis, up, "10.4.0", true);
    row("shared redis fork 10.5.0", EnvFeature::SharedRedis, fork, "10.5.0", false);
    row("flows 10.5.9", EnvFeature::FlowsExecModules, up, "10.5.9", true);
    row("flows 10.5", EnvFeature::FlowsExecModules, up, "10.5", true);
    row("flows 10.6.0", EnvFeature::FlowsExecModules, up, "10.6.0", false);
    row("flows 10", EnvFeature::FlowsExecModules, up, "10", false);
    row("flows fork 10.2.9", EnvFeature::FlowsExecModules, fork, "10.2.9", true);
    row("flows fork 10.3.0", EnvFeature::FlowsExecModules, fork, "10.3.0", false);
    row("admin token 9.26.0", EnvFeature::AdminToken, up, "9.26.0", false);
    row("admin token 10.13.4", EnvFeature::AdminToken, up, "10.13.4", true);
    row("admin token fork 11.0.8", EnvFeature::AdminToken, fork, "11.0.8", false);
    row("admin pair 11.12.9", EnvFeature::AdminNeedsEmailAndPassword, up, "11.12.9", false);
    row("admin pair 11.12", EnvFeature::AdminNeedsEmailAndPassword, up, "11.12", false);
    row("admin pair 11.13.0", EnvFeature::AdminNeedsEmailAndPassword, up, "11.13.0", true);
    row("admin pair 11", EnvFeature::AdminNeedsEmailAndPassword, up, "11", true);
    row("admin pair fork latest", EnvFeature::AdminNeedsEmailAndPassword, fork, "latest", false);
    row("public url 11.99.0", EnvFeature::AbsolutePublicUrlRequired, up, "11.99.0", false);
    row("public url 11", EnvFeature::AbsolutePublicUrlRequired, up, "11", false);
    row("public url 12.0.0-rc.1", EnvFeature::AbsolutePublicUrlRequired, up, "12.0.0-rc.1", false);
    row("public url 12.0.0", EnvFeature::AbsolutePublicUrlRequired, up, "12.0.0", true);
    row("public url latest", EnvFeature::AbsolutePublicUrlRequired, up, "latest", true);
    row("public url fork 12.0.0", EnvFeature::AbsolutePublicUrlRequired, fork, "12.0.0", false);
    row("mysql driver 10.13.4", EnvFeature::LegacyMysqlDriver, up, "10.13.4", true);
    row("mysql driver 11.0.0-rc.1", EnvFeature::LegacyMysqlDriver, up, "11.0.0-rc.1", true);
    row("mysql driver 11.0.0", EnvFeature::LegacyMysqlDriver, up, "11.0.0", false);
    row("mysql driver fork 11.0.8", EnvFeature::LegacyMysqlDriver, fork, "11.0.8", true);
}

void TstEnvRules::featureBoundaries()
{
    QFETCH(EnvFeature, feature);
    QFETCH(ProductLine, line);
    QFETCH(QString, tag);
    QFETCH(bool, expected);
    QCOMPARE(EnvRules::has(feature, line, ver(tag)), expected);
}

void TstEnvRules::keyAndSecretAlways_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<ProductLine>("line");
    for (const char *tag : {"9.26.0", "10.13.4", "11.1.2", "12.0.0", "latest", "11"})
        QTest::newRow(tag) << QString::fromLatin1(tag) << ProductLine::Directus;
    QTest::newRow("fork 11.0.8") << QStringLiteral("11.0.8") << ProductLine::Directus9Fork;
}

void TstEnvRules::keyAndSecretAlways()
{
    QFETCH(QString, tag);
    QFETCH(ProductLine, line);
    const EnvPlan plan = EnvRules::apply(specFor(tag, line), fakeSecrets());
    QCOMPARE(valueOf(plan, QStringLiteral("KEY")), QStringLiteral("SECRET-KEY-VALUE"));
    QCOMPARE(valueOf(plan, QStringLiteral("SECRET")), QStringLiteral("SECRET-SECRET-VALUE"));
    QCOMPARE(valueOf(plan, QStringLiteral("DB_CLIENT")), QStringLiteral("sqlite3"));
    QCOMPARE(valueOf(plan, QStringLiteral("DB_FILENAME")), QStringLiteral("/directus/database/database.sqlite"));
}

void TstEnvRules::redisVariablesFollowTheVersion_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<ProductLine>("line");
    QTest::addColumn<bool>("shared");
    QTest::newRow("9.26.0") << QStringLiteral("9.26.0") << ProductLine::Directus << false;
    QTest::newRow("10.3.2") << QStringLiteral("10.3.2") << ProductLine::Directus << false;
    QTest::newRow("10.4.0") << QStringLiteral("10.4.0") << ProductLine::Directus << true;
    QTest::newRow("11") << QStringLiteral("11") << ProductLine::Directus << true;
    QTest::newRow("fork 11.0.8") << QStringLiteral("11.0.8") << ProductLine::Directus9Fork << false;
}

void TstEnvRules::redisVariablesFollowTheVersion()
{
    QFETCH(QString, tag);
    QFETCH(ProductLine, line);
    QFETCH(bool, shared);
    InstanceSpec spec = specFor(tag, line);
    spec.redisCache = true;
    const EnvPlan plan = EnvRules::apply(spec, fakeSecrets());
    const QString url = QStringLiteral("redis://cache:6379");
    QCOMPARE(valueOf(plan, QStringLiteral("CACHE_ENABLED")), QStringLiteral("true"));
    QCOMPARE(valueOf(plan, QStringLiteral("CACHE_STORE")), QStringLiteral("redis"));
    QCOMPARE(valueOf(plan, QStringLiteral("REDIS")), shared ? std::optional(url) : std::nullopt);
    QCOMPARE(valueOf(plan, QStringLiteral("CACHE_REDIS")), shared ? std::nullopt : std::optional(url));
}

void TstEnvRules::noCacheNoCacheEnv()
{
    const EnvPlan plan = EnvRules::apply(specFor(QStringLiteral("11.1.2")), fakeSecrets());
    for (const EnvVar &v : plan.directusEnv)
        QVERIFY2(!v.key.startsWith(QLatin1String("CACHE_")) && !v.key.startsWith(QLatin1String("REDIS")), qPrintable(v.key));
}

void TstEnvRules::flowsModulesWarnFrom10_6()
{
    InstanceSpec spec = specFor(QStringLiteral("10.5.1"));
    spec.extraEnv = {{QStringLiteral("FLOWS_EXEC_ALLOWED_MODULES"), QStringLiteral("array:moment")}};
    const QString fragment = QStringLiteral("FLOWS_EXEC_ALLOWED_MODULES");
    QVERIFY(!notesMention(EnvRules::apply(spec, fakeSecrets()).notes, fragment));
    spec.imageTag = QStringLiteral("10.6.0");
    QVERIFY(notesMention(EnvRules::apply(spec, fakeSecrets()).notes, fragment));
    spec.imageTag = QStringLiteral("10.2.0");
    spec.productLine = ProductLine::Directus9Fork;
    QVERIFY(!notesMention(EnvRules::apply(spec, fakeSecrets()).notes, fragment));
    spec.imageTag = QStringLiteral("10.3.0");
    QVERIFY(notesMention(EnvRules::apply(spec, fakeSecrets()).notes, fragment));
    // We never set it ourselves, even where it works.
    QVERIFY(!valueOf(EnvRules::apply(specFor(QStringLiteral("9.26.0")), fakeSecrets()), fragment));
}

void TstEnvRules::adminCreationNotes()
{
    const EnvPlan old = EnvRules::apply(specFor(QStringLiteral("11.12.0")), fakeSecrets());
    QCOMPARE(valueOf(old, QStringLiteral("ADMIN_EMAIL")), QStringLiteral("admin@example.com"));
    QCOMPARE(valueOf(old, QStringLiteral("ADMIN_PASSWORD")), QStringLiteral("SECRET-ADMIN-PASSWORD"));
    QVERIFY(!notesMention(old.notes, QStringLiteral("11.13")));

    const EnvPlan onboarding = EnvRules::apply(specFor(QStringLiteral("11.13.0")), fakeSecrets());
    QCOMPARE(valueOf(onboarding, QStringLiteral("ADMIN_EMAIL")), QStringLiteral("admin@example.com"));
    QCOMPARE(valueOf(onboarding, QStringLiteral("ADMIN_PASSWORD")), QStringLiteral("SECRET-ADMIN-PASSWORD"));
    QVERIFY(notesMention(onboarding.notes, QStringLiteral("11.13")));

    InstanceSpec noEmail = specFor(QStringLiteral("11.13.0"));
    noEmail.adminEmail.clear();
    const EnvPlan none = EnvRules::apply(noEmail, fakeSecrets());
    QVERIFY(!valueOf(none, QStringLiteral("ADMIN_EMAIL")));
    QVERIFY(!valueOf(none, QStringLiteral("ADMIN_PASSWORD")));
    QVERIFY(notesMention(none.notes, QStringLiteral("onboarding")));
    noEmail.imageTag = QStringLiteral("11.12.0");
    QVERIFY(notesMention(EnvRules::apply(noEmail, fakeSecrets()).notes, QStringLiteral("admin@example.com")));
}

void TstEnvRules::adminTokenWarnsOnTheFork()
{
    InstanceSpec spec = specFor(QStringLiteral("11.0.8"), ProductLine::Directus9Fork);
    spec.extraEnv = {{QStringLiteral("ADMIN_TOKEN"), QStringLiteral("token")}};
    QVERIFY(notesMention(EnvRules::apply(spec, fakeSecrets()).notes, QStringLiteral("ADMIN_TOKEN")));
    spec.productLine = ProductLine::Directus;
    QVERIFY(!notesMention(EnvRules::apply(spec, fakeSecrets()).notes, QStringLiteral("ADMIN_TOKEN")));
}

void TstEnvRules::mysqlNativePasswordBefore11()
{
    const QStringList flag{QStringLiteral("--default-authentication-plugin=mysql_native_password")};
    InstanceSpec spec = specFor(QStringLiteral("10.13.4"));
    spec.databaseKind = DatabaseKind::MySql;
    EnvPlan plan = EnvRules::apply(spec, fakeSecrets());
    QCOMPARE(plan.databaseArgs, flag);
    QVERIFY(!notesMention(plan.notes, QStringLiteral("mysql:8.0")));
    QCOMPARE(valueOf(plan, QStringLiteral("DB_CLIENT")), QStringLiteral("mysql"));

    spec.imageTag = QStringLiteral("11.0.0");
    QVERIFY(EnvRules::apply(spec, fakeSecrets()).databaseArgs.isEmpty());

    spec.imageTag = QStringLiteral("11.0.8");
    spec.productLine = ProductLine::Directus9Fork;
    QCOMPARE(EnvRules::apply(spec, fakeSecrets()).databaseArgs, flag);

    spec.databaseImage = QStringLiteral("mysql:8.4");
    QVERIFY(notesMention(EnvRules::apply(spec, fakeSecrets()).notes, QStringLiteral("mysql:8.0")));

    // MariaDB speaks the old login method already.
    spec.databaseImage.clear();
    spec.databaseKind = DatabaseKind::MariaDb;
    QVERIFY(EnvRules::apply(spec, fakeSecrets()).databaseArgs.isEmpty());

    // An existing MySQL server cannot be started with a flag: say so.
    spec.databaseKind = DatabaseKind::External;
    spec.external = {DatabaseKind::MySql, QStringLiteral("db.internal"), 0, QStringLiteral("cms"), QStringLiteral("cms")};
    plan = EnvRules::apply(spec, fakeSecrets());
    QVERIFY(plan.databaseArgs.isEmpty());
    QVERIFY(notesMention(plan.notes, QStringLiteral("mysql_native_password")));
    QCOMPARE(valueOf(plan, QStringLiteral("DB_PORT")), QStringLiteral("3306"));
    QCOMPARE(valueOf(plan, QStringLiteral("DB_HOST")), QStringLiteral("db.internal"));
    QCOMPARE(valueOf(plan, QStringLiteral("DB_PASSWORD")), QStringLiteral("SECRET-DB-PASSWORD"));
}

void TstEnvRules::fixedEntries()
{
    InstanceSpec spec = specFor(QStringLiteral("12.0.0"));
    EnvPlan plan = EnvRules::apply(spec, fakeSecrets());
    QCOMPARE(valueOf(plan, QStringLiteral("PUBLIC_URL")), QStringLiteral("http://localhost:8055"));
    QCOMPARE(valueOf(plan, QStringLiteral("LOG_STYLE")), QStringLiteral("raw"));
    QCOMPARE(valueOf(plan, QStringLiteral("TELEMETRY")), QStringLiteral("false"));
    QCOMPARE(valueOf(plan, QStringLiteral("WEBSOCKETS_ENABLED")), QStringLiteral("false"));

    spec.hostPort = 8056;
    spec.telemetry = true;
    spec.websockets = true;
    plan = EnvRules::apply(spec, fakeSecrets());
    QCOMPARE(valueOf(plan, QStringLiteral("PUBLIC_URL")), QStringLiteral("http://localhost:8056"));
    QVERIFY(!valueOf(plan, QStringLiteral("TELEMETRY")));
    QCOMPARE(valueOf(plan, QStringLiteral("WEBSOCKETS_ENABLED")), QStringLiteral("true"));

    spec.publicUrl = QStringLiteral("https://cms.example.com");
    QCOMPARE(valueOf(EnvRules::apply(spec, fakeSecrets()), QStringLiteral("PUBLIC_URL")), spec.publicUrl);
}

void TstEnvRules::extraEnvComesLast()
{
    InstanceSpec spec = specFor(QStringLiteral("11.1.2"));
    spec.extraEnv = {{QStringLiteral("CORS_ENABLED"), QStringLiteral("true")}, {QStringLiteral("A"), QStringLiteral("x=y")}};
    const EnvPlan plan = EnvRules::apply(spec, fakeSecrets());
    QCOMPARE(plan.directusEnv.mid(plan.directusEnv.size() - 2), spec.extraEnv);
    QCOMPARE(plan.directusEnv.last().toString(), QStringLiteral("A=x=y"));
}

void TstEnvRules::unparseableTagGetsNewestRulesAndAWarning()
{
    InstanceSpec spec = specFor(QStringLiteral("my-build"));
    spec.redisCache = true;
    const EnvPlan plan = EnvRules::apply(spec, fakeSecrets());
    QVERIFY(valueOf(plan, QStringLiteral("REDIS")));
    QVERIFY(notesMention(plan.notes, QStringLiteral("my-build")));
    QCOMPARE(plan.notes.first().severity, Severity::Warning);
}

void TstEnvRules::floatingTagNote()
{
    QVERIFY(notesMention(EnvRules::apply(specFor(QStringLiteral("11")), fakeSecrets()).notes, QStringLiteral("11.x")));
    QVERIFY(notesMention(EnvRules::apply(specFor(QStringLiteral("latest")), fakeSecrets()).notes, QStringLiteral("latest")));
    QVERIFY(EnvRules::apply(specFor(QStringLiteral("11.1.2")), fakeSecrets()).notes.isEmpty());
}

void TstEnvRules::changesBetween_data()
{
    QTest::addColumn<ProductLine>("line");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("fragments");
    const auto up = ProductLine::Directus;
    auto l = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *i : items)
            out << QString::fromLatin1(i);
        return out;
    };
    QTest::newRow("same") << up << QStringLiteral("11.1.2") << QStringLiteral("11.1.2") << QStringList();
    QTest::newRow("10.3.2 -> 10.4.0") << up << QStringLiteral("10.3.2") << QStringLiteral("10.4.0") << l({"10.4"});
    QTest::newRow("10.4.0 -> 10.5.0") << up << QStringLiteral("10.4.0") << QStringLiteral("10.5.0") << QStringList();
    QTest::newRow("10.5.0 -> 10.6.0") << up << QStringLiteral("10.5.0") << QStringLiteral("10.6.0") << l({"10.6"});
    QTest::newRow("10.9.0 -> 10.10.0") << up << QStringLiteral("10.9.0") << QStringLiteral("10.10.0") << l({"10.10"});
    QTest::newRow("9.26.0 -> 10.13.4") << up << QStringLiteral("9.26.0") << QStringLiteral("10.13.4")
                                       << l({"10.0", "10.2", "10.4", "10.6", "10.10"});
    QTest::newRow("10.13.4 -> 11.1.2") << up << QStringLiteral("10.13.4") << QStringLiteral("11.1.2") << l({"11.0"});
    QTest::newRow("11.12.0 -> 11.13.0") << up << QStringLiteral("11.12.0") << QStringLiteral("11.13.0") << l({"11.13"});
    QTest::newRow("11.12.0 -> 11") << up << QStringLiteral("11.12.0") << QStringLiteral("11") << l({"11.13"});
    QTest::newRow("11.13.0 -> 12.0.0") << up << QStringLiteral("11.13.0") << QStringLiteral("12.0.0")
                                       << l({"12.0", "IP_TRUST_PROXY"});
    QTest::newRow("11.1.2 -> 11.17.4") << up << QStringLiteral("11.1.2") << QStringLiteral("11.17.4")
                                       << l({"Node.js 22", "MySQL 5.7", "11.13"});
    // Every breaking change crossed from the last 2024 release to today's, oldest first.
    QTest::newRow("11.1.2 -> 12.4.0") << up << QStringLiteral("11.1.2") << QStringLiteral("12.4.0")
                                      << l({"Node.js 22", "MySQL 5.7", "11.13", "MSCL", "IP_TRUST_PROXY", "npx"});
    QTest::newRow("12.0.0 -> 12.4.0") << up << QStringLiteral("12.0.0") << QStringLiteral("12.4.0") << l({"12.1"});
    QTest::newRow("fork 10.2.0 -> 10.3.0") << ProductLine::Directus9Fork << QStringLiteral("10.2.0")
                                           << QStringLiteral("10.3.0") << l({"directus9 10.3"});
    QTest::newRow("fork ignores upstream") << ProductLine::Directus9Fork << QStringLiteral("9.26.0")
                                           << QStringLiteral("11.0.8") << l({"directus9 10.3"});
}

void TstEnvRules::changesBetween()
{
    QFETCH(ProductLine, line);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, fragments);
    const QList<EnvNote> notes = EnvRules::changesBetween(line, ver(from), ver(to));
    QCOMPARE(notes.size(), fragments.size());
    for (qsizetype i = 0; i < notes.size(); ++i)
        QVERIFY2(notes[i].sentence.contains(fragments[i]), qPrintable(notes[i].sentence));
}

void TstEnvRules::downgradeWarns()
{
    const QList<EnvNote> notes = EnvRules::changesBetween(ProductLine::Directus, ver(QStringLiteral("11.1.2")),
                                                          ver(QStringLiteral("10.13.4")));
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().severity, Severity::Warning);
    QVERIFY(notes.first().sentence.contains(QStringLiteral("backup")));
}

void TstEnvRules::managedKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("managed");
    for (const char *k : {"KEY", "SECRET", "KEY_FILE", "DB_CLIENT", "DB_PASSWORD_FILE", "ADMIN_EMAIL", "ADMIN_PASSWORD",
                          "PUBLIC_URL", "CACHE_REDIS", "CACHE_REDIS_HOST", "REDIS", "REDIS_HOST", "LOG_STYLE",
                          "TELEMETRY", "WEBSOCKETS_ENABLED", "CACHE_ENABLED", "PORT"})
        QTest::newRow(k) << QString::fromLatin1(k) << true;
    for (const char *k : {"CORS_ENABLED", "ADMIN_TOKEN", "CACHE_TTL", "KEYS", "LOG_LEVEL", "DBX", "EXTENSIONS_AUTO_RELOAD"})
        QTest::newRow(k) << QString::fromLatin1(k) << false;
}

void TstEnvRules::managedKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, managed);
    QCOMPARE(EnvRules::isManagedKey(key), managed);
}

void TstEnvRules::secretNames_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");
    for (const char *k : {"SMTP_PASSWORD", "EMAIL_SMTP_PASSWORD", "STORAGE_S3_SECRET", "AUTH_GITHUB_CLIENT_SECRET",
                          "STORAGE_S3_KEY", "ADMIN_TOKEN", "KEY", "smtp_password"})
        QTest::newRow(k) << QString::fromLatin1(k) << true;
    for (const char *k : {"ACCESS_TOKEN_TTL", "REFRESH_TOKEN_COOKIE_SECURE", "REFRESH_TOKEN_COOKIE_NAME",
                          "REFRESH_TOKEN_COOKIE_DOMAIN", "REFRESH_TOKEN_COOKIE_SAME_SITE", "PASSWORD_RESET_URL_ALLOW_LIST",
                          "AUTH_PASSWORD_POLICY", "SESSION_COOKIE_SECURE", "KEYS", "CORS_ENABLED", "LOG_LEVEL"})
        QTest::newRow(k) << QString::fromLatin1(k) << false;
}

void TstEnvRules::secretNames()
{
    QFETCH(QString, key);
    QFETCH(bool, secret);
    QCOMPARE(EnvRules::isSecretName(key), secret);
}

void TstEnvRules::secretExtraVariablesGetTheirStoredValue()
{
    InstanceSpec spec = specFor(QStringLiteral("11.1.2"));
    spec.extraEnv = {{QStringLiteral("SMTP_PASSWORD"), QString(), true}, {QStringLiteral("A"), QStringLiteral("b")}};
    ResolvedSecrets secrets = fakeSecrets();
    secrets.env.insert(QStringLiteral("SMTP_PASSWORD"), QStringLiteral("p@ss"));
    QCOMPARE(valueOf(EnvRules::apply(spec, secrets), QStringLiteral("SMTP_PASSWORD")), QStringLiteral("p@ss"));
    QCOMPARE(valueOf(EnvRules::apply(spec, secrets), QStringLiteral("A")), QStringLiteral("b"));
    // A plan from placeholders names the secret and holds no value.
    QCOMPARE(valueOf(EnvRules::apply(spec, ResolvedSecrets::placeholders()), QStringLiteral("SMTP_PASSWORD")),
             QStringLiteral("${secret:extra-env:SMTP_PASSWORD}"));
    // The secret store's entry reads back as it was written.
    QCOMPARE(ResolvedSecrets::envFromBytes(ResolvedSecrets::envToBytes(secrets.env)), secrets.env);
    QVERIFY(ResolvedSecrets::envToBytes({}).isEmpty());
}

QTEST_GUILESS_MAIN(TstEnvRules)
#include "tst_envrules.moc"
