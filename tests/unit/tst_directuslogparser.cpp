// SPDX-License-Identifier: GPL-3.0-or-later
// DirectusLogParser on lines recorded from Directus 10/11 containers in both LOG_STYLE modes
// (pino JSON and pino-pretty, with and without colours), Node/npm output, and garbage.
#include "logs/AnsiEscapes.h"
#include "logs/DirectusLogParser.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace dd::logs;
using dd::docker::StreamKind;

Q_DECLARE_METATYPE(dd::logs::LogStyle)
Q_DECLARE_METATYPE(dd::logs::LogLevel)
Q_DECLARE_METATYPE(dd::docker::StreamKind)

namespace {

qint64 msOf(int y, int mo, int d, int h, int mi, int s, int ms, int offsetSeconds = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone(offsetSeconds)).toMSecsSinceEpoch();
}

QString field(const ParsedLogLine &line, const QString &key)
{
    for (const LogField &f : line.fields) {
        if (f.key == key)
            return f.value;
    }
    return QStringLiteral("<absent>");
}

} // namespace

class TestDirectusLogParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void jsonFields();
    void jsonUnicodeEscapes();
    void pinoLevels();
    void prettyFullDates_data();
    void prettyFullDates();
    void classifyAgreesWithParseOnEveryPrefix();
    void ansiStripping_data();
    void ansiStripping();
    void levelMasks();
};

void TestDirectusLogParser::parse_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<StreamKind>("stream");
    QTest::addColumn<LogStyle>("style");
    QTest::addColumn<LogLevel>("level");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("timeMs");
    QTest::addColumn<qint64>("timeOfDayMs");

    const qint64 t = 1714566896123;
    QTest::newRow("json info")
        << QByteArray(R"({"level":30,"time":1714566896123,"pid":1,"hostname":"5c7f3a2b9d01","msg":"Server started at http://0.0.0.0:8055"})")
        << StreamKind::Stdout << LogStyle::Json << LogLevel::Info << QStringLiteral("Server started at http://0.0.0.0:8055")
        << t << qint64(-1);
    QTest::newRow("json error on stdout")
        << QByteArray(R"({"level":50,"time":1714566896123,"pid":1,"hostname":"5c7f3a2b9d01","err":{"type":"Error","message":"connect ECONNREFUSED 127.0.0.1:5432"},"msg":"Database connection failed"})")
        << StreamKind::Stdout << LogStyle::Json << LogLevel::Error << QStringLiteral("Database connection failed")
        << t << qint64(-1);
    QTest::newRow("json warn with escaped quotes")
        << QByteArray(R"({"level":40,"time":1714566896123,"msg":"\"PUBLIC_URL\" should be a full URL"})")
        << StreamKind::Stdout << LogStyle::Json << LogLevel::Warn << QStringLiteral("\"PUBLIC_URL\" should be a full URL")
        << t << qint64(-1);
    QTest::newRow("json string level, message key")
        << QByteArray(R"({"level":"debug","time":"2024-05-01T12:34:56.123Z","message":"Loaded extensions"})")
        << StreamKind::Stdout << LogStyle::Json << LogLevel::Debug << QStringLiteral("Loaded extensions")
        << msOf(2024, 5, 1, 12, 34, 56, 123) << qint64(-1);
    QTest::newRow("json with surrounding space and CR")
        << QByteArray("  {\"level\":60,\"msg\":\"out of memory\"}\r") << StreamKind::Stderr << LogStyle::Json
        << LogLevel::Fatal << QStringLiteral("out of memory") << qint64(0) << qint64(-1);
    QTest::newRow("json without level")
        << QByteArray(R"({"msg":"no level here"})") << StreamKind::Stderr << LogStyle::Json << LogLevel::Unknown
        << QStringLiteral("no level here") << qint64(0) << qint64(-1);

    QTest::newRow("pretty info")
        << QByteArray("[12:00:00.123] INFO: Server started at http://0.0.0.0:8055") << StreamKind::Stdout
        << LogStyle::Pretty << LogLevel::Info << QStringLiteral("Server started at http://0.0.0.0:8055") << qint64(0)
        << qint64((12 * 3600) * 1000 + 123);
    QTest::newRow("pretty coloured")
        << QByteArray("\x1b[90m[12:00:01.5]\x1b[39m \x1b[33mWARN\x1b[39m: \x1b[36m\"PUBLIC_URL\" should be a full URL\x1b[39m")
        << StreamKind::Stdout << LogStyle::Pretty << LogLevel::Warn << QStringLiteral("\"PUBLIC_URL\" should be a full URL")
        << qint64(0) << qint64((12 * 3600 + 1) * 1000 + 500); // ".5" is half a second
    QTest::newRow("pretty coloured, ms")
        << QByteArray("[23:59:59.999] \x1b[31mERROR\x1b[39m: \x1b[36mDatabase connection failed\x1b[39m")
        << StreamKind::Stdout << LogStyle::Pretty << LogLevel::Error << QStringLiteral("Database connection failed")
        << qint64(0) << qint64(86399999);
    QTest::newRow("pretty with pid and host")
        << QByteArray("[12:00:00.123] INFO (1 on 5c7f3a2b9d01): Initializing bootstrap...") << StreamKind::Stdout
        << LogStyle::Pretty << LogLevel::Info << QStringLiteral("Initializing bootstrap...") << qint64(0)
        << qint64(43200123);
    QTest::newRow("pretty epoch")
        << QByteArray("[1714566896123] DEBUG: cache hit") << StreamKind::Stdout << LogStyle::Pretty << LogLevel::Debug
        << QStringLiteral("cache hit") << t << qint64(-1);
    QTest::newRow("pretty without time")
        << QByteArray("TRACE: Extensions loaded") << StreamKind::Stdout << LogStyle::Pretty << LogLevel::Trace
        << QStringLiteral("Extensions loaded") << qint64(0) << qint64(-1);

    QTest::newRow("npm warning on stderr")
        << QByteArray("npm WARN config production Use `--omit=dev` instead.") << StreamKind::Stderr << LogStyle::Plain
        << LogLevel::Warn << QStringLiteral("npm WARN config production Use `--omit=dev` instead.") << qint64(0)
        << qint64(-1);
    QTest::newRow("plain stdout")
        << QByteArray("Update available: 10.13.4 -> 11.1.2") << StreamKind::Stdout << LogStyle::Plain
        << LogLevel::Unknown << QStringLiteral("Update available: 10.13.4 -> 11.1.2") << qint64(0) << qint64(-1);
    QTest::newRow("stack frame keeps indentation")
        << QByteArray("    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)") << StreamKind::Stderr
        << LogStyle::Plain << LogLevel::Warn
        << QStringLiteral("    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)") << qint64(0) << qint64(-1);
    QTest::newRow("truncated json") << QByteArray(R"({"level":30,"msg":"cut)") << StreamKind::Stdout
                                    << LogStyle::Plain << LogLevel::Unknown << QStringLiteral(R"({"level":30,"msg":"cut)")
                                    << qint64(0) << qint64(-1);
    QTest::newRow("json then trailing junk")
        << QByteArray(R"({"level":50,"msg":"x"} tail)") << StreamKind::Stdout << LogStyle::Plain << LogLevel::Unknown
        << QStringLiteral(R"({"level":50,"msg":"x"} tail)") << qint64(0) << qint64(-1);
    QTest::newRow("braces, not json") << QByteArray("{not json}") << StreamKind::Stdout << LogStyle::Plain
                                      << LogLevel::Unknown << QStringLiteral("{not json}") << qint64(0) << qint64(-1);
    QTest::newRow("no space after time") << QByteArray("[12:00:00.123]INFO: x") << StreamKind::Stdout
                                         << LogStyle::Plain << LogLevel::Unknown
                                         << QStringLiteral("[12:00:00.123]INFO: x") << qint64(0) << qint64(-1);
    QTest::newRow("level word without colon") << QByteArray("[12:00:00.123] INFO server") << StreamKind::Stdout
                                              << LogStyle::Plain << LogLevel::Unknown
                                              << QStringLiteral("[12:00:00.123] INFO server") << qint64(0) << qint64(-1);
    QTest::newRow("not a level word") << QByteArray("[x] USERLVL: custom") << StreamKind::Stdout << LogStyle::Plain
                                      << LogLevel::Unknown << QStringLiteral("[x] USERLVL: custom") << qint64(0)
                                      << qint64(-1);
    QTest::newRow("empty") << QByteArray() << StreamKind::Stdout << LogStyle::Plain << LogLevel::Unknown << QString()
                           << qint64(0) << qint64(-1);
    QTest::newRow("escape cut at the end") << QByteArray("Listening\x1b[3") << StreamKind::Stdout << LogStyle::Plain
                                           << LogLevel::Unknown << QStringLiteral("Listening") << qint64(0) << qint64(-1);
}

void TestDirectusLogParser::parse()
{
    QFETCH(QByteArray, line);
    QFETCH(StreamKind, stream);
    QFETCH(LogStyle, style);
    QFETCH(LogLevel, level);
    QFETCH(QString, message);
    QFETCH(qint64, timeMs);
    QFETCH(qint64, timeOfDayMs);

    const ParsedLogLine parsed = DirectusLogParser::parse(line, stream);
    QCOMPARE(parsed.style, style);
    QCOMPARE(parsed.level, level);
    QCOMPARE(parsed.message, message);
    QCOMPARE(parsed.timeMs, timeMs);
    QCOMPARE(parsed.timeOfDayMs, timeOfDayMs);

    const LogLineClass cls = DirectusLogParser::classify(line, stream);
    QCOMPARE(cls.style, style);
    QCOMPARE(cls.level, level);
}

void TestDirectusLogParser::jsonFields()
{
    const QByteArray line = R"({"level":30,"time":1714566896123,"pid":1,"hostname":"5c7f3a2b9d01","req":{"method":"GET","url":"/items/articles?fields[]=*&limit=25","headers":{"host":"localhost"}},"res":{"statusCode":200},"responseTime":3.25,"cached":false,"tags":["a","b"],"msg":"request completed"})";
    const ParsedLogLine parsed = DirectusLogParser::parse(line, StreamKind::Stdout);
    QCOMPARE(parsed.message, QStringLiteral("request completed"));
    QCOMPARE(field(parsed, QStringLiteral("req.method")), QStringLiteral("GET"));
    QCOMPARE(field(parsed, QStringLiteral("req.url")), QStringLiteral("/items/articles?fields[]=*&limit=25"));
    // Deeper than one level stays JSON text.
    QCOMPARE(field(parsed, QStringLiteral("req.headers")), QStringLiteral(R"({"host":"localhost"})"));
    QCOMPARE(field(parsed, QStringLiteral("res.statusCode")), QStringLiteral("200"));
    QCOMPARE(field(parsed, QStringLiteral("responseTime")), QStringLiteral("3.25"));
    QCOMPARE(field(parsed, QStringLiteral("cached")), QStringLiteral("false"));
    QCOMPARE(field(parsed, QStringLiteral("tags")), QStringLiteral(R"(["a","b"])"));
    QCOMPARE(field(parsed, QStringLiteral("pid")), QStringLiteral("1"));
    // level, time and msg are not repeated as fields.
    QCOMPARE(field(parsed, QStringLiteral("level")), QStringLiteral("<absent>"));
    QCOMPARE(field(parsed, QStringLiteral("msg")), QStringLiteral("<absent>"));
    QCOMPARE(field(parsed, QStringLiteral("time")), QStringLiteral("<absent>"));
}

void TestDirectusLogParser::jsonUnicodeEscapes()
{
    const QByteArray line = R"({"level":30,"msg":"caf\u00e9 \ud83d\ude80 line1\nline2\ttab \\ \/ done","note":"d\u00e9j\u00e0"})";
    const ParsedLogLine parsed = DirectusLogParser::parse(line, StreamKind::Stdout);
    QCOMPARE(parsed.style, LogStyle::Json);
    QCOMPARE(parsed.message, QStringLiteral("caf\u00e9 \U0001F680 line1\nline2\ttab \\ / done"));
    QCOMPARE(field(parsed, QStringLiteral("note")), QStringLiteral("d\u00e9j\u00e0"));
    // Raw UTF-8 passes through unchanged.
    const ParsedLogLine utf8 = DirectusLogParser::parse(QByteArray(R"({"level":30,"msg":"Grüße"})"), StreamKind::Stdout);
    QCOMPARE(utf8.message, QStringLiteral("Gr\u00fc\u00dfe"));
}

void TestDirectusLogParser::pinoLevels()
{
    const struct
    {
        int pino;
        LogLevel level;
    } table[] = {{10, LogLevel::Trace}, {20, LogLevel::Debug}, {30, LogLevel::Info}, {35, LogLevel::Info},
                 {40, LogLevel::Warn},  {50, LogLevel::Error}, {60, LogLevel::Fatal}, {99, LogLevel::Fatal},
                 {5, LogLevel::Unknown}, {-1, LogLevel::Unknown}};
    // Numbers too long for 64 bits saturate instead of wrapping around.
    QCOMPARE(DirectusLogParser::classify(R"({"level":99999999999999999999999,"msg":"m"})", StreamKind::Stdout).level,
             LogLevel::Fatal);
    QCOMPARE(DirectusLogParser::classify(R"({"level":-99999999999999999999999,"msg":"m"})", StreamKind::Stdout).level,
             LogLevel::Unknown);
    QCOMPARE(DirectusLogParser::parse(R"({"time":99999999999999999999999,"msg":"m"})", StreamKind::Stdout).timeMs,
             std::numeric_limits<qint64>::max());
    for (const auto &row : table) {
        const QByteArray line = "{\"level\":" + QByteArray::number(row.pino) + ",\"msg\":\"m\"}";
        QCOMPARE(DirectusLogParser::classify(line, StreamKind::Stdout).level, row.level);
        QCOMPARE(levelFromPino(row.pino), row.level);
    }
}

void TestDirectusLogParser::prettyFullDates_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("timeMs");
    QTest::newRow("offset +0200") << QByteArray("[2024-05-01 12:00:00.123 +0200] INFO: x")
                                  << msOf(2024, 5, 1, 12, 0, 0, 123, 2 * 3600);
    QTest::newRow("offset -05:30") << QByteArray("[2024-12-31 23:59:59.999 -05:30] INFO: x")
                                   << msOf(2024, 12, 31, 23, 59, 59, 999, -(5 * 3600 + 30 * 60));
    QTest::newRow("no offset is UTC") << QByteArray("[2024-02-29 00:00:00.000] INFO: x")
                                      << msOf(2024, 2, 29, 0, 0, 0, 0);
    QTest::newRow("invalid date") << QByteArray("[2023-02-29 00:00:00.000] INFO: x") << qint64(0);
}

void TestDirectusLogParser::prettyFullDates()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, timeMs);
    const ParsedLogLine parsed = DirectusLogParser::parse(line, StreamKind::Stdout);
    QCOMPARE(parsed.style, LogStyle::Pretty);
    QCOMPARE(parsed.timeMs, timeMs);
}

void TestDirectusLogParser::classifyAgreesWithParseOnEveryPrefix()
{
    // Lines cut anywhere (an overlong line is delivered in pieces): never a crash, and the fast
    // path always agrees with the full parse.
    const QByteArray lines[] = {
        R"({"level":50,"time":1714566896123,"err":{"type":"Error","message":"x \" y"},"msg":"caf\u00e9"})",
        "\x1b[90m[12:00:00.123]\x1b[39m \x1b[32mINFO\x1b[39m (1 on host): \x1b]8;;http://x\x07link\x1b]8;;\x07",
        "[2024-05-01 12:00:00.123 +0200] WARN: x",
    };
    for (const QByteArray &line : lines) {
        for (qsizetype n = 0; n <= line.size(); ++n) {
            for (StreamKind stream : {StreamKind::Stdout, StreamKind::Stderr}) {
                const QByteArray prefix = line.left(n);
                const LogLineClass cls = DirectusLogParser::classify(prefix, stream);
                const ParsedLogLine parsed = DirectusLogParser::parse(prefix, stream);
                QVERIFY2(cls.style == parsed.style && cls.level == parsed.level, prefix.constData());
            }
        }
    }
}

void TestDirectusLogParser::ansiStripping_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("none") << QByteArray("plain") << QByteArray("plain");
    QTest::newRow("sgr") << QByteArray("\x1b[1;31mred\x1b[0m text") << QByteArray("red text");
    QTest::newRow("256 colours") << QByteArray("\x1b[38;5;208mo\x1b[39m") << QByteArray("o");
    QTest::newRow("osc hyperlink bel") << QByteArray("\x1b]8;;http://x\x07link\x1b]8;;\x07!") << QByteArray("link!");
    QTest::newRow("osc hyperlink st") << QByteArray("\x1b]8;;u\x1b\\a\x1b]8;;\x1b\\") << QByteArray("a");
    QTest::newRow("cursor") << QByteArray("\x1b[2K\x1b[1Gdone") << QByteArray("done");
    QTest::newRow("two-byte") << QByteArray("\x1b(Bx") << QByteArray("x");
    QTest::newRow("lone esc at end") << QByteArray("abc\x1b") << QByteArray("abc");
    QTest::newRow("unterminated osc") << QByteArray("a\x1b]0;title") << QByteArray("a");
    QTest::newRow("malformed csi keeps text") << QByteArray("a\x1b[12\x01" "b") << QByteArray("a\x01" "b");
}

void TestDirectusLogParser::ansiStripping()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(AnsiEscapes::strip(input), expected);
    std::string out = "stale";
    AnsiEscapes::strip(input, out);
    QCOMPARE(QByteArray::fromStdString(out), expected);
    QCOMPARE(AnsiEscapes::contains(input), input.contains('\x1b'));
}

void TestDirectusLogParser::levelMasks()
{
    const LogLevelMask warn = levelsAtLeast(LogLevel::Warn);
    QVERIFY(warn & levelBit(LogLevel::Error));
    QVERIFY(warn & levelBit(LogLevel::Fatal));
    QVERIFY(!(warn & levelBit(LogLevel::Info)));
    QVERIFY(!(warn & levelBit(LogLevel::Unknown)));
    QVERIFY(levelsAtLeast(LogLevel::Info) & levelBit(LogLevel::Unknown));
    QCOMPARE(levelsAtLeast(LogLevel::Trace), AllLogLevels);
    QCOMPARE(levelFromName("WARNING"), LogLevel::Warn);
    QCOMPARE(levelFromName("Info"), LogLevel::Info);
    QCOMPARE(levelFromName("inf"), LogLevel::Unknown);
    QVERIFY(!levelDisplayName(LogLevel::Warn).isEmpty());
}

QTEST_GUILESS_MAIN(TestDirectusLogParser)
#include "tst_directuslogparser.moc"
