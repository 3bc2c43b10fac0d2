// SPDX-License-Identifier: GPL-3.0-or-later
// Newline-separated JSON (pull progress, events, stats) cut anywhere by the transport.
#include "StreamTestData.h"
#include "docker/JsonLinesDecoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dd::docker;

namespace {

using dd::test::frame;
using dd::test::readData;


struct Output
{
    QList<QJsonObject> objects;
    QList<QByteArray> badLines;
    QStringList messages;
    qint64 objectCount = 0; // as the decoder counted them
    qint64 errorCount = 0;
    bool operator==(const Output &other) const { return objects == other.objects && badLines == other.badLines; }
    bool countsAgree() const { return objectCount == objects.size() && errorCount == badLines.size(); }
};

Output decodeInPieces(const QByteArray &input, const QList<qsizetype> &cuts, qsizetype maxLineLength = 0)
{
    Output out;
    JsonLinesDecoder decoder([&](const QJsonObject &o) { out.objects.append(o); },
                             [&](const QByteArray &line, const QString &message) {
                                 out.badLines.append(line);
                                 out.messages.append(message);
                             });
    if (maxLineLength > 0)
        decoder.setMaxLineLength(maxLineLength);
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        decoder.feed(QByteArrayView(input).sliced(from, cut - from));
        from = cut;
    }
    decoder.feed(QByteArrayView(input).sliced(from));
    decoder.finish();
    out.objectCount = decoder.objectCount();
    out.errorCount = decoder.errorCount();
    return out;
}

void checkEveryCut(const QByteArray &input, const Output &expected, qsizetype maxLineLength = 0)
{
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        if (!(decodeInPieces(input, {cut}, maxLineLength) == expected))
            QFAIL(qPrintable(QStringLiteral("different output when cut at %1").arg(cut)));
    }
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < input.size(); ++i)
        cuts.append(i);
    QVERIFY(decodeInPieces(input, cuts, maxLineLength) == expected);
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestJsonLinesDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordedPulls_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("objects");
        QTest::newRow("pull-postgres") << QStringLiteral("pull-postgres.jsonl") << 24;
        QTest::newRow("pull-error") << QStringLiteral("pull-error.jsonl") << 15;
    }
    void recordedPulls()
    {
        QFETCH(QString, file);
        QFETCH(int, objects);
        const QByteArray input = readData(file.toLatin1().constData());
        QCOMPARE(input.count("\r\n"), objects);

        const Output whole = decodeInPieces(input, {});
        QCOMPARE(whole.objects.size(), objects);
        QVERIFY(whole.countsAgree());
        QVERIFY(whole.badLines.isEmpty());
        QCOMPARE(whole.objects.first().value(QLatin1String("status")).toString(),
                 QStringLiteral("Pulling from library/postgres"));
        checkEveryCut(input, whole);
    }

    void lineShapes()
    {
        const QByteArray input = "\n"
                                 "{\"a\":1}\r\n"
                                 "   \t\r\n"
                                 "  {\"b\":2}  \n"
                                 "{\"c\":3}{\"d\":4} {\"e\":5}\n"
                                 "\r\n"
                                 "{\"f\":\"no newline at the end\"}";
        Output expected;
        expected.objects = {object(R"({"a":1})"), object(R"({"b":2})"), object(R"({"c":3})"), object(R"({"d":4})"),
                            object(R"({"e":5})"), object(R"({"f":"no newline at the end"})")};
        QCOMPARE(decodeInPieces(input, {}).objects, expected.objects);
        checkEveryCut(input, expected);
    }

    void badLinesAreReportedWithTheirText()
    {
        const QByteArray input = "{\"ok\":1}\n"
                                 "{\"broken\":\n"
                                 "[1,2,3]\n"
                                 "plain text from a proxy\r\n"
                                 "{\"x\":1} trailing\n"
                                 "{\"ok\":2}\n";
        const Output out = decodeInPieces(input, {});
        QCOMPARE(out.objects, (QList<QJsonObject>{object(R"({"ok":1})"), object(R"({"x":1})"), object(R"({"ok":2})")}));
        QCOMPARE(out.badLines, (QList<QByteArray>{"{\"broken\":", "[1,2,3]", "plain text from a proxy", "trailing"}));
        QVERIFY(out.countsAgree());
        for (const QString &message : out.messages)
            QVERIFY(!message.isEmpty());
        QVERIFY(out.messages.at(1).contains(QLatin1String("object")));
        checkEveryCut(input, out);
    }

    void unterminatedBadLineAtFinish()
    {
        const Output out = decodeInPieces("{\"a\":1}\n{\"cut", {});
        QCOMPARE(out.objects.size(), 1);
        QCOMPARE(out.badLines, QList<QByteArray>{"{\"cut"});
    }

    void overlongLineIsSkippedNotKept()
    {
        const QByteArray big = "{\"data\":\"" + QByteArray(300, 'x') + "\"}";
        const QByteArray input = "{\"before\":1}\n" + big + "\r\n{\"after\":2}\n" + big;
        Output expected;
        expected.objects = {object(R"({"before":1})"), object(R"({"after":2})")};
        expected.badLines = {big.first(100), big.first(100)};
        // The cap is on the line as received (with its "\r").
        const Output out = decodeInPieces(input, {}, 100);
        QCOMPARE(out.objects, expected.objects);
        QCOMPARE(out.badLines.size(), 2);
        QVERIFY(out.messages.first().contains(QLatin1String("100")));
        checkEveryCut(input, expected, 100);
    }

    void reportedPrefixOfAnOverlongLineIsBounded()
    {
        const QByteArray huge(JsonLinesDecoder::ReportedPrefixLength * 4, 'q');
        const Output out = decodeInPieces(huge + '\n', {}, 2000);
        QCOMPARE(out.badLines, QList<QByteArray>{huge.first(JsonLinesDecoder::ReportedPrefixLength)});
    }

    void realEventAndStatsShapes()
    {
        const QByteArray input =
            R"({"status":"start","id":"0b8f2c","from":"directus/directus:11.1.2","Type":"container","Action":"start","Actor":{"ID":"0b8f2c","Attributes":{"com.docker.compose.project":"blog","name":"blog-directus-1"}},"scope":"local","time":1714566896,"timeNano":1714566896123456789})"
            "\n"
            R"({"read":"2024-05-01T12:34:56.123456789Z","cpu_stats":{"cpu_usage":{"total_usage":123456},"system_cpu_usage":9876543210,"online_cpus":4},"memory_stats":{"usage":104857600,"stats":{"inactive_file":1048576}}})"
            "\n";
        const Output out = decodeInPieces(input, {});
        QCOMPARE(out.objects.size(), 2);
        QCOMPARE(out.objects.at(0).value(QLatin1String("timeNano")).toInteger(), Q_INT64_C(1714566896123456789));
        QCOMPARE(out.objects.at(1)[QLatin1String("cpu_stats")][QLatin1String("online_cpus")].toInt(), 4);
        checkEveryCut(input, out);
    }

    void resetForgetsAPartialLine()
    {
        QList<QJsonObject> objects;
        JsonLinesDecoder decoder([&](const QJsonObject &o) { objects.append(o); });
        decoder.feed("{\"half\":");
        decoder.reset();
        decoder.feed("{\"whole\":true}\n");
        decoder.finish();
        QCOMPARE(objects, QList<QJsonObject>{object(R"({"whole":true})")});
        QCOMPARE(decoder.errorCount(), 0);
    }
};

QTEST_MAIN(TestJsonLinesDecoder)
#include "tst_jsonlinesdecoder.moc"
