// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/ComposeImporter.h"
#include "instance/ComposeSecretsRewriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dd::instance;

namespace {

QString data(const char *name)
{
    return QStringLiteral(DD_TEST_DATA_DIR "/compose/") + QString::fromLatin1(name);
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What Compose would hand the containers: the file read with its .env beside it.
QMap<QString, QString> directusEnvOf(const QString &composePath)
{
    QString error;
    const std::optional<ComposeImport> imported = ComposeImporter::importFile(composePath, QStringLiteral("x"), {}, &error);
    if (!imported)
        return {{QStringLiteral("error"), error}};
    return {{QStringLiteral("KEY"), imported->secrets.key},
            {QStringLiteral("SECRET"), imported->secrets.secret},
            {QStringLiteral("ADMIN_PASSWORD"), imported->secrets.adminPassword},
            {QStringLiteral("DB_PASSWORD"), imported->secrets.dbPassword}};
}

} // namespace

class TestComposeSecretsRewriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The guide's file (map and list forms): every secret value leaves the file, the comments
    // and everything else stay, and the file with its .env reads back to the same values.
    void guideFileRoundTrips_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("map form") << data("seed-guide.yml");
        QTest::newRow("list form") << data("seed-guide-list.yml");
    }
    void guideFileRoundTrips()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("docker-compose.yml"));
        QVERIFY(QFile::copy(file, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QMap<QString, QString> before = directusEnvOf(path);
        const QByteArray original = read(path);

        QCOMPARE(ComposeSecretsRewriter::apply(path), QString());
        const QByteArray rewritten = read(path);
        for (const QByteArray &secret : {QByteArray("255d861b-5ea1"), QByteArray("6116487b-cda1"), QByteArray("d1r3ctu5")})
            QVERIFY2(!rewritten.contains(secret), rewritten.constData());
        QVERIFY(rewritten.contains("${KEY}"));
        QVERIFY(rewritten.contains("# Make sure to set this in production") || !original.contains("# Make sure"));
        QCOMPARE(read(path + QStringLiteral(".before-directus-desktop")), original);
        const QString env = dir.filePath(QStringLiteral(".env"));
        QCOMPARE(QFile::permissions(env) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions{});
        QCOMPARE(QFile::permissions(path + QStringLiteral(".before-directus-desktop"))
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions{});
        QCOMPARE(directusEnvOf(path), before);

        // A second run finds only references: it changes nothing.
        QCOMPARE(ComposeSecretsRewriter::apply(path), QString());
        QCOMPARE(read(path), rewritten);
    }
    void sameKeyTwoValuesGetTwoNames()
    {
        const QByteArray yaml = "services:\n  a:\n    environment:\n      DB_PASSWORD: one\n"
                                "  b:\n    environment:\n      - DB_PASSWORD=two\n      - PUBLIC_URL=http://x\n";
        const ComposeSecretsRewrite r = ComposeSecretsRewriter::rewrite(yaml);
        QCOMPARE(r.variables.size(), 2);
        QCOMPARE(r.variables.at(0), (QPair<QString, QString>{QStringLiteral("DB_PASSWORD"), QStringLiteral("one")}));
        QCOMPARE(r.variables.at(1), (QPair<QString, QString>{QStringLiteral("B_DB_PASSWORD"), QStringLiteral("two")}));
        QVERIFY(r.composeYaml.contains("PUBLIC_URL=http://x"));
        QVERIFY(r.composeYaml.contains("- DB_PASSWORD=${B_DB_PASSWORD}"));
    }
    // Services found at the file's own indent (four spaces here), not only the guide's two.
    void fourSpaceIndentNamesTheService()
    {
        const QByteArray yaml = "version: '3'\nservices:\n    a:\n        environment:\n            DB_PASSWORD: one\n"
                                "    b:\n        environment:\n            DB_PASSWORD: two\n            ACCESS_TOKEN_TTL: 15m\n"
                                "networks:\n    directus:\n";
        const ComposeSecretsRewrite r = ComposeSecretsRewriter::rewrite(yaml);
        QCOMPARE(r.variables.size(), 2);
        QCOMPARE(r.variables.at(1), (QPair<QString, QString>{QStringLiteral("B_DB_PASSWORD"), QStringLiteral("two")}));
        QVERIFY(r.composeYaml.contains("            DB_PASSWORD: \"${B_DB_PASSWORD}\"\n"));
        QVERIFY(r.composeYaml.contains("ACCESS_TOKEN_TTL: 15m"));  // a setting, not a secret
    }
    void existingDifferentValueRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("docker-compose.yml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("services:\n  directus:\n    environment:\n      SECRET: from-file\n");
        f.close();
        QFile e(dir.filePath(QStringLiteral(".env")));
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.write("SECRET=something-else\n");
        e.close();
        const QString error = ComposeSecretsRewriter::apply(path);
        QVERIFY2(error.contains(QStringLiteral("SECRET")), qPrintable(error));
        QVERIFY(read(path).contains("from-file"));  // nothing changed
        QVERIFY(!QFile::exists(path + QStringLiteral(".before-directus-desktop")));
    }
};

QTEST_GUILESS_MAIN(TestComposeSecretsRewriter)
#include "tst_composesecretsrewriter.moc"
