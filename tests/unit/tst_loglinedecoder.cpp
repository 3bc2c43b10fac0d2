// SPDX-License-Identifier: GPL-3.0-or-later
// Container output to lines: frames or raw Tty bytes, one partial line per stream,
// timestamps=1 prefixes, overlong lines, all independent of where the input was cut.
#include "StreamTestData.h"
#include "docker/LogLineDecoder.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

#include <limits>

using namespace dd::docker;
using Framing = LogLineDecoder::Framing;

namespace {

using dd::test::frame;
using dd::test::readData;

constexpr qint64 NotATimestamp = std::numeric_limits<qint64>::min();

// Nanoseconds of a UTC time written "yyyy-MM-ddTHH:mm:ss", through QDateTime rather than the
// decoder's own arithmetic.
qint64 ns(const char *utc, qint64 fraction = 0)
{
    const QDateTime t = QDateTime::fromString(QLatin1String(utc), Qt::ISODate);
    Q_ASSERT(t.isValid());
    const QDateTime u(t.date(), t.time(), Qt::UTC);
    return u.toSecsSinceEpoch() * 1000000000 + fraction;
}



struct Setup
{
    Framing framing = Framing::Multiplexed;
    bool timestamps = true;
    qsizetype maxLineLength = LogLineDecoder::DefaultMaxLineLength;
};

// Feeds input cut at the given offsets, collecting through the sink (views copied at once).
QList<LogLine> decodeInPieces(const Setup &setup, const QByteArray &input, const QList<qsizetype> &cuts,
                              bool *error = nullptr)
{
    QList<LogLine> lines;
    LogLineDecoder decoder(setup.framing, setup.timestamps,
                           [&](const LogLineView &line) { lines.append(line.toLogLine()); });
    decoder.setMaxLineLength(setup.maxLineLength);
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        decoder.feed(QByteArrayView(input).sliced(from, cut - from));
        from = cut;
    }
    decoder.feed(QByteArrayView(input).sliced(from));
    decoder.finish();
    if (error)
        *error = decoder.hasError();
    return lines;
}

void checkEveryCut(const Setup &setup, const QByteArray &input, const QList<LogLine> &expected)
{
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        if (decodeInPieces(setup, input, {cut}) != expected)
            QFAIL(qPrintable(QStringLiteral("different lines when cut at %1").arg(cut)));
    }
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < input.size(); ++i)
        cuts.append(i);
    QCOMPARE(decodeInPieces(setup, input, cuts), expected);
}

const QByteArray L1 = R"({"level":30,"time":1714566896123,"pid":1,"hostname":"5c7f3a2b9d01","msg":"Initializing bootstrap..."})";
const QByteArray W1 = "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a "
                      "userland alternative instead.";
const QByteArray L2 = R"({"level":30,"time":1714566896200,"pid":1,"hostname":"5c7f3a2b9d01","msg":"Database already initialized, skipping install"})";
const QByteArray L3 = R"({"level":30,"time":1714566896321,"pid":1,"hostname":"5c7f3a2b9d01","msg":"Running migrations..."})";
const QByteArray W2 = "(Use `node --trace-deprecation ...` to show where the warning was created)";
const QByteArray L4 = R"({"level":30,"time":1714566897001,"pid":1,"hostname":"5c7f3a2b9d01","msg":"Server started at http://0.0.0.0:8055"})";
const QByteArray L6 = R"({"level":40,"time":1714566900000,"pid":1,"hostname":"5c7f3a2b9d01","msg":"Shutting down"})";

QList<LogLine> expectedMultiplexed()
{
    // In the order lines complete; the unterminated last line comes out at finish().
    return {
        {StreamKind::Stdout, ns("2024-05-01T12:34:56", 123456789), L1},
        {StreamKind::Stderr, ns("2024-05-01T12:34:56", 130000001), W1},
        {StreamKind::Stdout, ns("2024-05-01T12:34:56", 200100000), L2},
        {StreamKind::Stdout, ns("2024-05-01T12:34:56", 321000000), L3}, // split across two frames
        {StreamKind::Stderr, ns("2024-05-01T12:34:56", 400000000), W2}, // split, a stdout frame in between
        {StreamKind::Stdout, ns("2024-05-01T12:34:57", 1999999), L4},   // "\r\n"
        {StreamKind::Stdout, ns("2024-05-01T12:34:57", 500000000), {}}, // empty line
        {StreamKind::Stdout, ns("2024-05-01T12:35:00"), L6},            // no terminator
    };
}

} // namespace

class TestLogLineDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void multiplexedRecording()
    {
        const QByteArray input = readData("logs-multiplexed.bin");
        bool error = true;
        QCOMPARE(decodeInPieces({}, input, {}, &error), expectedMultiplexed());
        QVERIFY(!error);
        checkEveryCut({}, input, expectedMultiplexed());
    }

    void multiplexedRecordingWithoutTimestamps()
    {
        // timestamps=0 decoding of the same bytes keeps the prefixes as text.
        const QByteArray input = readData("logs-multiplexed.bin");
        QList<LogLine> expected = expectedMultiplexed();
        const QList<QByteArray> stamps = {"2024-05-01T12:34:56.123456789Z ", "2024-05-01T12:34:56.130000001Z ",
                                          "2024-05-01T12:34:56.200100000Z ", "2024-05-01T12:34:56.321000000Z ",
                                          "2024-05-01T12:34:56.400000000Z ", "2024-05-01T12:34:57.001999999Z ",
                                          "2024-05-01T12:34:57.500000000Z ", "2024-05-01T12:35:00.000000000Z "};
        for (qsizetype i = 0; i < expected.size(); ++i) {
            expected[i].text.prepend(stamps.at(i));
            expected[i].timestampNs = 0;
        }
        checkEveryCut({Framing::Multiplexed, false}, input, expected);
    }

    void ttyRecording()
    {
        const QByteArray input = readData("logs-tty.bin");
        const QList<LogLine> expected = {
            {StreamKind::Stdout, ns("2024-05-01T12:34:56", 123456789),
             "[12:34:56.123] \x1b[32mINFO\x1b[39m: Initializing bootstrap..."},
            {StreamKind::Stdout, ns("2024-05-01T12:34:56", 200000000),
             "[12:34:56.200] \x1b[32mINFO\x1b[39m: Database already initialized, skipping install"},
            {StreamKind::Stdout, ns("2024-05-01T12:34:57", 1000000),
             "[12:34:57.001] \x1b[33mWARN\x1b[39m: PUBLIC_URL should be a full URL"},
            {StreamKind::Stdout, ns("2024-05-01T12:34:57", 2000000), {}},
            {StreamKind::Stdout, ns("2024-05-01T12:34:57", 500000000),
             "[12:34:57.500] \x1b[32mINFO\x1b[39m: Server started at http://0.0.0.0:8055"},
        };
        bool error = true;
        QCOMPARE(decodeInPieces({Framing::Raw, true}, input, {}, &error), expected);
        QVERIFY(!error);
        checkEveryCut({Framing::Raw, true}, input, expected);
    }

    void rawBytesThatLookLikeFramesStayText()
    {
        const QByteArray input = frame(1, "hi\n");
        const QList<LogLine> lines = decodeInPieces({Framing::Raw, false}, input, {});
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().text, input.chopped(1));
    }

    void streamsKeepTheirOwnPartialLines()
    {
        const QByteArray input = frame(1, "out-a") + frame(2, "err-a") + frame(1, "-b\nout2") + frame(2, "-b\n")
            + frame(3, "daemon error") + frame(2, "tail");
        const QList<LogLine> expected = {
            {StreamKind::Stdout, 0, "out-a-b"},
            {StreamKind::Stderr, 0, "err-a-b"},
            // finish(): stdout, stderr, then system errors
            {StreamKind::Stdout, 0, "out2"},
            {StreamKind::Stderr, 0, "tail"},
            {StreamKind::SystemErr, 0, "daemon error"},
        };
        checkEveryCut({Framing::Multiplexed, false}, input, expected);
    }

    void terminators_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QByteArray>>("texts");
        QTest::newRow("empty") << QByteArray() << QList<QByteArray>{};
        QTest::newRow("one newline") << QByteArray("\n") << QList<QByteArray>{""};
        QTest::newRow("blank lines") << QByteArray("a\n\n\r\nb\n") << QList<QByteArray>{"a", "", "", "b"};
        QTest::newRow("no terminator") << QByteArray("a\nlast") << QList<QByteArray>{"a", "last"};
        QTest::newRow("lone CR inside stays") << QByteArray("50%\r100%\r\n") << QList<QByteArray>{"50%\r100%"};
        QTest::newRow("CR at the end") << QByteArray("a\r") << QList<QByteArray>{"a"};
        QTest::newRow("only CRLF") << QByteArray("\r\n") << QList<QByteArray>{""};
        QTest::newRow("double CR") << QByteArray("a\r\r\n") << QList<QByteArray>{"a\r"};
    }
    void terminators()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QByteArray>, texts);
        QList<LogLine> expected;
        for (const QByteArray &text : texts)
            expected.append(LogLine{StreamKind::Stdout, 0, text});
        checkEveryCut({Framing::Raw, false}, input, expected);
        checkEveryCut({Framing::Multiplexed, false}, input.isEmpty() ? QByteArray() : frame(1, input), expected);
    }

    void timestamps_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<qint64>("timestampNs"); // NotATimestamp: the line is kept whole
        QTest::addColumn<QByteArray>("text");

        const char *base = "2024-05-01T12:34:56";
        QTest::newRow("no fraction") << QByteArray("2024-05-01T12:34:56Z hello") << ns(base) << QByteArray("hello");
        const QByteArray digits = "123456789";
        for (int n = 1; n <= 9; ++n) {
            qint64 fraction = digits.left(n).toLongLong();
            for (int k = n; k < 9; ++k)
                fraction *= 10;
            QTest::addRow("%d fraction digits", n)
                << (QByteArray(base) + '.' + digits.left(n) + "Z msg") << ns(base, fraction) << QByteArray("msg");
        }
        QTest::newRow("12 fraction digits: the rest ignored")
            << QByteArray("2024-05-01T12:34:56.123456789999Z x") << ns(base, 123456789) << QByteArray("x");
        QTest::newRow("offset +02:00") << QByteArray("2024-05-01T14:34:56.5+02:00 x") << ns(base, 500000000)
                                       << QByteArray("x");
        QTest::newRow("offset -05:30") << QByteArray("2024-05-01T07:04:56-05:30 x") << ns(base) << QByteArray("x");
        QTest::newRow("offset +00:00") << QByteArray("2024-05-01T12:34:56+00:00 x") << ns(base) << QByteArray("x");
        QTest::newRow("offset crossing midnight") << QByteArray("2024-05-01T23:30:00-02:00 x")
                                                  << ns("2024-05-02T01:30:00") << QByteArray("x");
        QTest::newRow("lowercase t and z") << QByteArray("2024-05-01t12:34:56z x") << ns(base) << QByteArray("x");
        QTest::newRow("leap day") << QByteArray("2024-02-29T00:00:00Z x") << ns("2024-02-29T00:00:00")
                                  << QByteArray("x");
        QTest::newRow("year 2000 leap day") << QByteArray("2000-02-29T00:00:00Z x") << ns("2000-02-29T00:00:00")
                                            << QByteArray("x");
        QTest::newRow("before 1970") << QByteArray("1969-12-31T23:59:59.5Z x") << qint64(-500000000) << QByteArray("x");
        QTest::newRow("far future") << QByteArray("2261-12-31T23:59:59Z x") << ns("2261-12-31T23:59:59")
                                    << QByteArray("x");
        QTest::newRow("timestamp only, empty line") << QByteArray("2024-05-01T12:34:56.1Z ") << ns(base, 100000000)
                                                    << QByteArray();
        QTest::newRow("timestamp without the space") << QByteArray("2024-05-01T12:34:56.1Z") << ns(base, 100000000)
                                                     << QByteArray();
        QTest::newRow("second space kept") << QByteArray("2024-05-01T12:34:56Z  indented") << ns(base)
                                           << QByteArray(" indented");

        const QList<QByteArray> bad = {
            "hello world",
            "",
            "2024-05-01",
            "2024-05-01T12:34:56 no zone",
            "2024-05-01T12:34:56Zno space",
            "2024-05-01T12:34:56. Z x",
            "2024-05-01T12:34:56.Z x",
            "2024-05-01 12:34:56Z x",
            "2024-13-01T12:34:56Z x",
            "2024-00-01T12:34:56Z x",
            "2023-02-29T12:34:56Z x",
            "2024-04-31T12:34:56Z x",
            "2024-05-01T24:00:00Z x",
            "2024-05-01T12:60:00Z x",
            "2024-05-01T12:34:61Z x",
            "2024-05-01T12:34:56+2:00 x",
            "2024-05-01T12:34:56+02:60 x",
            "2024-05-01T12:34:56+0200 x",
            "2024-05-01T12:34:56+02",
            "20x4-05-01T12:34:56Z x",
            "2024-05-01T1a:34:56Z x",
            "9999-12-31T23:59:59Z x",
            "0001-01-01T00:00:00Z x",
            "-024-05-01T12:34:56Z x",
        };
        for (const QByteArray &line : bad)
            QTest::addRow("bad: %s", line.constData()) << line << NotATimestamp << line;
    }
    void timestamps()
    {
        QFETCH(QByteArray, line);
        QFETCH(qint64, timestampNs);
        QFETCH(QByteArray, text);

        qint64 parsed = 42;
        const qsizetype prefix = LogLineDecoder::parseTimestamp(line, &parsed);
        if (timestampNs == NotATimestamp) {
            QCOMPARE(prefix, 0);
            QCOMPARE(parsed, 42); // untouched
        } else {
            QCOMPARE(parsed, timestampNs);
            QCOMPARE(line.sliced(prefix), text);
        }

        // Through the decoder, cut anywhere.
        const LogLine expected{StreamKind::Stderr, timestampNs == NotATimestamp ? 0 : timestampNs, text};
        checkEveryCut({Framing::Multiplexed, true}, frame(2, line + '\n'), {expected});
    }

    void overlongLinesComeInPieces()
    {
        const QByteArray stamp = "2024-05-01T12:34:56.5Z ";
        QByteArray body;
        for (int i = 0; body.size() < 300; ++i)
            body += QByteArray::number(i) + ',';
        const QByteArray input = frame(1, stamp + body + "\r\n") + frame(1, "next\n");
        const qsizetype cap = 64;
        // Pieces of 64 bytes counted with the prefix; the pieces share the first one's timestamp.
        QList<LogLine> expected;
        const QByteArray raw = stamp + body;
        const qint64 t = ns("2024-05-01T12:34:56", 500000000);
        for (qsizetype at = 0; at < raw.size(); at += cap)
            expected.append(LogLine{StreamKind::Stdout, t, raw.mid(at, cap)});
        expected.first().text.remove(0, stamp.size());
        expected.append(LogLine{StreamKind::Stdout, 0, "next"});
        checkEveryCut({Framing::Multiplexed, true, cap}, input, expected);

        QByteArray joined;
        for (qsizetype i = 0; i + 1 < expected.size(); ++i)
            joined += expected.at(i).text;
        QCOMPARE(joined, body);
    }

    void lineLengthAroundTheCap_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<QByteArray>("terminator");
        for (int length : {63, 64, 65, 66, 127, 128, 129, 130}) {
            for (const char *terminator : {"\n", "\r\n", "\r", ""})
                QTest::addRow("%d bytes, terminator %d", length, int(qstrlen(terminator)))
                    << length << QByteArray(terminator);
        }
    }
    void lineLengthAroundTheCap()
    {
        QFETCH(int, length);
        QFETCH(QByteArray, terminator);
        QByteArray text(length, 'a');
        for (int i = 0; i < length; ++i)
            text[i] = char('a' + i % 26);
        QList<LogLine> expected;
        for (qsizetype at = 0; at < text.size(); at += 64)
            expected.append(LogLine{StreamKind::Stdout, 0, text.mid(at, 64)});
        checkEveryCut({Framing::Raw, false, 64}, text + terminator, expected);
    }

    void unterminatedStreamIsDeliveredAsItGrows()
    {
        // Memory stays bounded: without any newline, pieces go out before finish().
        qsizetype pieces = 0;
        qsizetype bytes = 0;
        LogLineDecoder decoder(Framing::Raw, false, [&](const LogLineView &line) {
            ++pieces;
            bytes += line.text.size();
            QVERIFY(line.text.size() <= LogLineDecoder::DefaultMaxLineLength);
        });
        const QByteArray chunk(4096, 'z');
        for (int i = 0; i < 2560; ++i) // 10 MiB
            decoder.feed(chunk);
        QCOMPARE(pieces, 39); // 40 pieces of 256 KiB, the last one kept back for a possible "\r\n"
        decoder.finish();
        QCOMPARE(pieces, 40);
        QCOMPARE(bytes, 10 * 1024 * 1024);
    }

    void maxLineLengthHasAFloor()
    {
        LogLineDecoder decoder(Framing::Raw);
        decoder.setMaxLineLength(1);
        QCOMPARE(decoder.maxLineLength(), LogLineDecoder::MinimumMaxLineLength);
    }

    void batchAndSinkAgree()
    {
        const QByteArray input = readData("logs-multiplexed.bin");
        LogLineDecoder decoder(Framing::Multiplexed, true);
        QList<LogLine> batch;
        decoder.decode(QByteArrayView(input).first(100), batch);
        decoder.decode(QByteArrayView(input).sliced(100), batch);
        QCOMPARE(batch.size(), expectedMultiplexed().size() - 1);
        decoder.finish(batch);
        QCOMPARE(batch, expectedMultiplexed());
    }

    void garbageInsteadOfFrames()
    {
        // A Tty container's output read as frames: say so, keep nothing made up from it.
        bool error = false;
        const QList<LogLine> lines = decodeInPieces({}, readData("logs-tty.bin"), {}, &error);
        QVERIFY(error);
        QVERIFY(lines.isEmpty());
        LogLineDecoder decoder(Framing::Multiplexed);
        decoder.feed("hello world\n");
        QVERIFY(decoder.hasError());
        QVERIFY(decoder.errorString().contains(QLatin1String("not a multiplexed stream")));
    }

    void linesBeforeGarbageAreKept()
    {
        bool error = false;
        const QByteArray input = frame(1, "good\npartial") + QByteArray("\x07\x00\x00\x00\x00\x00\x00\x01z", 9);
        const QList<LogLine> lines = decodeInPieces({Framing::Multiplexed, false}, input, {}, &error);
        QVERIFY(error);
        QCOMPARE(lines, (QList<LogLine>{{StreamKind::Stdout, 0, "good"}, {StreamKind::Stdout, 0, "partial"}}));
    }

    void resetForgetsPartialLines()
    {
        QList<LogLine> lines;
        LogLineDecoder decoder(Framing::Raw);
        decoder.decode("half", lines);
        decoder.reset();
        decoder.decode("whole\n", lines);
        decoder.finish(lines);
        QCOMPARE(lines, (QList<LogLine>{{StreamKind::Stdout, 0, "whole"}}));
    }
};

QTEST_MAIN(TestLogLineDecoder)
#include "tst_loglinedecoder.moc"
