// SPDX-License-Identifier: GPL-3.0-or-later
// The German and French translations: embedded .qm files load, every message of the committed .ts
// files is finished and keeps its placeholders, the .qm answers what the .ts says, the language
// choice (DD_LANGUAGE, settings.ini ui/language), and the CLI speaking German with DD_LANGUAGE=de.
#include "core/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

// tests/data/../../translations: the committed Qt Linguist files.
QString tsPath(const QString &code)
{
    return QStringLiteral(DD_TEST_DATA_DIR "/../../translations/directus-desktop_") + code + QStringLiteral(".ts");
}

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // the translation's type attribute: "" when finished
    QStringList translations; // one, or the plural forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1..%9, %n and %Ln, sorted: what .arg() and the plural machinery fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9n]"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// Mnemonic markers: "&x" (a literal "&&" is not one).
int mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void qmLoadsFromResource_data();
    void qmLoadsFromResource();
    void tsComplete();
    void qmMatchesTs();
    void knownStrings_data();
    void knownStrings();
    void plural();
    void englishPlurals();
    void choice();
    void cliSpeaksTheLanguage_data();
    void cliSpeaksTheLanguage();
    void cliHelpSpeaksTheLanguage();

private:
    QTemporaryDir m_dataDir;
};

void TstTranslations::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    qputenv("DD_DATA_DIR", m_dataDir.path().toUtf8());
    qunsetenv("DD_LANGUAGE");
}

void TstTranslations::qmLoadsFromResource_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TstTranslations::qmLoadsFromResource()
{
    QFETCH(QString, code);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/directus-desktop_") + code + QStringLiteral(".qm")));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language().left(2), code);
}

void TstTranslations::tsComplete()
{
    for (const QString &code : {QStringLiteral("de"), QStringLiteral("fr")}) {
        QString error;
        const QList<Message> messages = readTs(tsPath(code), &error);
        QVERIFY2(error.isEmpty(), qPrintable(tsPath(code) + QStringLiteral(": ") + error));
        QVERIFY2(messages.size() > 100, qPrintable(tsPath(code)));
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(70));
            if (!m.type.isEmpty()) {
                problems << QStringLiteral("%1: %2").arg(m.type, where);
                continue;
            }
            if (m.numerus && m.translations.size() != 2)
                problems << QStringLiteral("%1 plural forms (German and French have 2): %2").arg(m.translations.size()).arg(where);
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    problems << QStringLiteral("empty: ") + where;
                else if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("placeholders %1 instead of %2: %3")
                                    .arg(placeholders(t).join(QLatin1Char(' ')), placeholders(m.source).join(QLatin1Char(' ')), where);
                else if (mnemonics(m.source) != mnemonics(t))
                    problems << QStringLiteral("mnemonic (&) lost or added: ") + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(code + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
    }
}

void TstTranslations::qmMatchesTs()
{
    // The embedded .qm answers every message of the committed .ts (a stale build would not).
    for (const QString &code : {QStringLiteral("de"), QStringLiteral("fr")}) {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/directus-desktop_") + code + QStringLiteral(".qm")));
        QString error;
        const QList<Message> messages = readTs(tsPath(code), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int checked = 0;
        for (const Message &m : messages) {
            const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(), comment = m.comment.toUtf8();
            const QString got = translator.translate(context.constData(), source.constData(),
                                                     comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 1 : -1);
            QVERIFY2(got == m.translations.value(0),
                     qPrintable(QStringLiteral("%1 [%2] \"%3\": .qm says \"%4\"").arg(code, m.context, m.source, got)));
            ++checked;
        }
        QCOMPARE(checked, messages.size());
    }
}

void TstTranslations::knownStrings_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de cli") << QStringLiteral("de") << QByteArray("Cli") << QByteArray("Unknown command: %1")
                            << QStringLiteral("Unbekannter Befehl: %1");
    QTest::newRow("fr cli") << QStringLiteral("fr") << QByteArray("Cli") << QByteArray("Unknown command: %1")
                            << QStringLiteral("Commande inconnue : %1");
    QTest::newRow("de secrets") << QStringLiteral("de") << QByteArray("Secrets") << QByteArray("the system keychain")
                                << QStringLiteral("der Schlüsselbund des Systems");
    QTest::newRow("fr secrets") << QStringLiteral("fr") << QByteArray("Secrets") << QByteArray("the system keychain")
                                << QStringLiteral("le trousseau du système");
    QTest::newRow("de ui tab") << QStringLiteral("de") << QByteArray("dd::ui::InstancePage") << QByteArray("O&verview")
                               << QStringLiteral("Ü&bersicht");
    QTest::newRow("fr ui tab") << QStringLiteral("fr") << QByteArray("dd::ui::InstancePage") << QByteArray("O&verview")
                               << QStringLiteral("&Vue d'ensemble");
    QTest::newRow("de docker") << QStringLiteral("de") << QByteArray("Docker") << QByteArray("No socket at %1.")
                               << QStringLiteral("Kein Socket unter %1.");
    QTest::newRow("fr docker") << QStringLiteral("fr") << QByteArray("Docker") << QByteArray("No socket at %1.")
                               << QStringLiteral("Aucun socket à %1.");
}

void TstTranslations::knownStrings()
{
    QFETCH(QString, code);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/directus-desktop_") + code + QStringLiteral(".qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString got = QCoreApplication::translate(context.constData(), source.constData());
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(got, expected);
}

void TstTranslations::plural()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/directus-desktop_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString one = QCoreApplication::translate("dd::ui::EngineBanner", "Trying again in %n second(s).", nullptr, 1);
    const QString five = QCoreApplication::translate("dd::ui::EngineBanner", "Trying again in %n second(s).", nullptr, 5);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(one, QStringLiteral("Neuer Versuch in 1 Sekunde."));
    QCOMPARE(five, QStringLiteral("Neuer Versuch in 5 Sekunden."));
}

// English is the source language; its file gives "1 second" / "5 seconds" instead of the
// source's "second(s)", and holds nothing but plural messages.
void TstTranslations::englishPlurals()
{
    QString error;
    const QList<Message> messages = readTs(tsPath(QStringLiteral("en")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    for (const Message &m : messages) {
        QVERIFY2(m.numerus, qPrintable(m.source));
        QVERIFY2(m.type.isEmpty() && m.translations.size() == 2 && !m.translations.contains(QString()), qPrintable(m.source));
        QVERIFY2(!m.translations.first().contains(QLatin1String("(s)")), qPrintable(m.translations.first()));
    }
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/directus-desktop_en.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString one = QCoreApplication::translate("dd::ui::EngineBanner", "Trying again in %n second(s).", nullptr, 1);
    const QString five = QCoreApplication::translate("dd::ui::EngineBanner", "Trying again in %n second(s).", nullptr, 5);
    const QString other = QCoreApplication::translate("dd::ui::EngineBanner", "Retry");
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(one, QStringLiteral("Trying again in 1 second."));
    QCOMPARE(five, QStringLiteral("Trying again in 5 seconds."));
    QCOMPARE(other, QStringLiteral("Retry"));
}

void TstTranslations::choice()
{
    const QList<dd::Translations::Language> languages = dd::Translations::available();
    QStringList codes;
    for (const auto &language : languages)
        codes << language.code;
    QCOMPARE(codes, (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
    QCOMPARE(languages.at(2).nativeName, QStringLiteral("Français"));

    // Every language but English has its .qm embedded.
    for (const auto &language : languages) {
        if (language.code != QLatin1String("en"))
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/directus-desktop_") + language.code + QStringLiteral(".qm")),
                     qPrintable(language.code));
    }

    // settings.ini ui/language, read back; normalized; "" follows the system again.
    dd::Translations::setPreferred(QStringLiteral("fr_CA"));
    QCOMPARE(dd::Translations::preferred(), QStringLiteral("fr"));
    QVERIFY(QFile::exists(m_dataDir.path() + QStringLiteral("/settings.ini")));
    QCOMPARE(dd::Translations::effective(), QStringLiteral("fr"));

    // DD_LANGUAGE wins over the setting; a language we lack means English.
    qputenv("DD_LANGUAGE", "de_DE.UTF-8");
    QCOMPARE(dd::Translations::effective(), QStringLiteral("de"));
    qputenv("DD_LANGUAGE", "C");
    QCOMPARE(dd::Translations::effective(), QStringLiteral("en"));
    qunsetenv("DD_LANGUAGE");

    dd::Translations::setPreferred(QString());
    QCOMPARE(dd::Translations::preferred(), QString());
}

void TstTranslations::cliSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Unbekannter Befehl: no-such-command");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Commande inconnue : no-such-command");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Unknown command: no-such-command");
}

void TstTranslations::cliSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QVERIFY2(QFile::exists(QStringLiteral(DD_CLI_BINARY)), "build the directus-desktop target first");
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DD_LANGUAGE"), language);
    environment.insert(QStringLiteral("DD_DATA_DIR"), m_dataDir.path());
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(DD_CLI_BINARY), {QStringLiteral("no-such-command")});
    QVERIFY(cli.waitForFinished(30000));
    const QString errors = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 2); // ExitCode::Usage
    QVERIFY2(errors.contains(expected), qPrintable(errors.left(400)));
}

void TstTranslations::cliHelpSpeaksTheLanguage()
{
    const struct
    {
        const char *language;
        const char *heading;
        const char *restart;
    } rows[] = {{"de", "Befehle:", "stoppen, dann starten"},
                {"fr", "Commandes :", "arrêter, puis démarrer"},
                {"en", "Commands:", "stop, then start"}};
    for (const auto &row : rows) {
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DD_LANGUAGE"), QString::fromLatin1(row.language));
        environment.insert(QStringLiteral("DD_DATA_DIR"), m_dataDir.path());
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(DD_CLI_BINARY), {QStringLiteral("--help")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QString help = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(help.contains(QString::fromUtf8(row.heading)) && help.contains(QString::fromUtf8(row.restart)),
                 qPrintable(QStringLiteral("%1:\n%2").arg(QLatin1String(row.language), help.left(600))));
        // The commands themselves are typed as they are, in every language.
        QVERIFY(help.contains(QLatin1String("restart NAME")));
    }
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
