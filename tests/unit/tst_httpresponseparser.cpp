// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP/1.1 response framing as the engine's bytes arrive: recorded responses cut at every
// offset must read exactly as when they arrive whole.
#include "StreamTestData.h"
#include "docker/HttpResponseParser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace dd::docker;

namespace {

using dd::test::frame;
using dd::test::readData;

struct Outcome
{
    int status = 0;
    QByteArray reason;
    HttpResponseParser::Headers headers;
    HttpResponseParser::Headers trailers;
    QByteArray body;
    qint64 contentLength = -1;
    bool headersComplete = false;
    bool complete = false;
    bool upgraded = false;
    bool neededEof = false; // needsEof() just before finishAtEof()
    HttpResponseParser::Error error = HttpResponseParser::Error::None;
    QString errorString;
    int headerEvents = 0;
    int completeEvents = 0;
    int emptyBodyEvents = 0;
    int bodyBeforeHeaders = 0;

    bool operator==(const Outcome &) const = default;
};

// Feeds `input` cut at `cuts` (ascending offsets), then signals EOF unless told not to.
Outcome parse(QByteArrayView input, const QList<qsizetype> &cuts, bool eof = true, bool head = false)
{
    Outcome out;
    HttpResponseParser parser;
    parser.setExpectNoBody(head);
    parser.setHandlers({
        [&] { ++out.headerEvents; },
        [&](QByteArrayView data) {
            if (data.isEmpty())
                ++out.emptyBodyEvents;
            if (out.headerEvents == 0)
                ++out.bodyBeforeHeaders;
            out.body += data;
        },
        [&] { ++out.completeEvents; },
    });
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        parser.feed(input.sliced(from, cut - from));
        from = cut;
    }
    parser.feed(input.sliced(from));
    out.neededEof = parser.needsEof();
    if (eof)
        parser.finishAtEof();
    out.status = parser.statusCode();
    out.reason = parser.reasonPhrase();
    out.headers = parser.headers();
    out.trailers = parser.trailers();
    out.contentLength = parser.contentLength();
    out.headersComplete = parser.headersComplete();
    out.complete = parser.isComplete();
    out.upgraded = parser.isUpgraded();
    out.error = parser.error();
    out.errorString = parser.errorString();
    return out;
}

Outcome parseWhole(QByteArrayView input, bool eof = true, bool head = false)
{
    return parse(input, {}, eof, head);
}

QList<qsizetype> everyByte(qsizetype size)
{
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < size; ++i)
        cuts.append(i);
    return cuts;
}

// The same outcome for two pieces cut anywhere, three pieces cut anywhere (short inputs),
// and byte by byte.
void verifySplitInvariant(QByteArrayView input, const Outcome &whole, bool eof = true, bool head = false)
{
    for (qsizetype i = 0; i <= input.size(); ++i) {
        const Outcome split = parse(input, {i}, eof, head);
        if (!(split == whole))
            QFAIL(qPrintable(QStringLiteral("different outcome when cut at %1").arg(i)));
    }
    if (input.size() <= 400) {
        for (qsizetype i = 1; i < input.size(); ++i) {
            for (qsizetype j = i; j < input.size(); ++j) {
                if (!(parse(input, {i, j}, eof, head) == whole))
                    QFAIL(qPrintable(QStringLiteral("different outcome when cut at %1 and %2").arg(i).arg(j)));
            }
        }
    }
    QVERIFY(parse(input, everyByte(input.size()), eof, head) == whole);
}

QByteArray chunk(const QByteArray &payload, const QByteArray &extension = {})
{
    return QByteArray::number(payload.size(), 16) + extension + "\r\n" + payload + "\r\n";
}


QByteArray pullBody()
{
    QFile file(QStringLiteral(DD_TEST_DATA_DIR "/pull-postgres.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Chunks the way the engine flushes them: sizes that have nothing to do with lines.
QByteArray chunkedUnaligned(const QByteArray &body)
{
    QByteArray out;
    const qsizetype sizes[] = {1, 97, 13, 512, 7, 300};
    qsizetype at = 0;
    for (int i = 0; at < body.size(); ++i) {
        const qsizetype n = qMin(sizes[i % 6], body.size() - at);
        out += chunk(body.mid(at, n));
        at += n;
    }
    return out + "0\r\n\r\n";
}

const QByteArray pingResponse = "HTTP/1.1 200 OK\r\n"
                                "Api-Version: 1.41\r\n"
                                "Cache-Control: no-cache, no-store, must-revalidate\r\n"
                                "Content-Length: 2\r\n"
                                "Content-Type: text/plain; charset=utf-8\r\n"
                                "Docker-Experimental: false\r\n"
                                "Ostype: linux\r\n"
                                "Pragma: no-cache\r\n"
                                "Server: Docker/20.10.24+dfsg1 (linux)\r\n"
                                "Date: Mon, 01 Jan 2024 00:00:00 GMT\r\n"
                                "\r\n"
                                "OK";

} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recorded_data();
    void recorded();
    void headersKeepOrderAndLookupIgnoresCase();
    void bodyIsDeliveredAsItArrives();
    void closeDelimitedNeedsEof();
    void upgradedStreamIsBodyUntilEof();
    void headResponseHasNoBody();
    void noBodyStatusesIgnoreContentLength();
    void interimResponsesAreSkipped();
    void bytesAfterTheMessageAreIgnored();
    void malformed_data();
    void malformed();
    void headersTooLarge();
    void randomBytesNeverCrash();
};

void TestHttpResponseParser::recorded_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("closeDelimited");

    QTest::newRow("content-length ping") << pingResponse << 200 << QByteArray("OK") << false;

    const QByteArray chunked = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        + chunk("{\"a\":", ";name=value") + chunk("1}\n", ";x;y=\"quoted\"") + "0\r\nX-Trailer: done\r\nX-Other: 2\r\n\r\n";
    QTest::newRow("chunked with extensions and trailers") << chunked << 200 << QByteArray("{\"a\":1}\n") << false;

    QTest::newRow("close-delimited")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n\r\nbytes until the close\n")
        << 200 << QByteArray("bytes until the close\n") << true;

    QTest::newRow("204 no content")
        << QByteArray("HTTP/1.1 204 No Content\r\nApi-Version: 1.41\r\nDate: Mon, 01 Jan 2024 00:00:00 GMT\r\n\r\n")
        << 204 << QByteArray() << false;
    QTest::newRow("304 not modified")
        << QByteArray("HTTP/1.1 304 Not Modified\r\nApi-Version: 1.41\r\n\r\n") << 304 << QByteArray() << false;

    const QByteArray message = "{\"message\":\"No such container: directus-1\"}\n";
    QTest::newRow("404 json")
        << QByteArray("HTTP/1.1 404 Not Found\r\nApi-Version: 1.41\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(message.size()) + "\r\n\r\n" + message)
        << 404 << message << false;

    const QByteArray pull = pullBody();
    QTest::newRow("pull stream chunked")
        << QByteArray("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                      + chunkedUnaligned(pull))
        << 200 << pull << false;

    const QByteArray frames = frame(1, "pg_dump: start\n") + frame(2, "warning\n") + frame(1, QByteArray(300, 'x'));
    QTest::newRow("exec multiplexed, no length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\nApi-Version: 1.41\r\n\r\n" + frames)
        << 200 << frames << true;

    QTest::newRow("exec 101 upgraded raw stream")
        << QByteArray("HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\nConnection: Upgrade\r\n"
                      "Upgrade: tcp\r\n\r\nraw tty bytes\r\nHTTP/1.1 200 OK\r\n\r\n")
        << 101 << QByteArray("raw tty bytes\r\nHTTP/1.1 200 OK\r\n\r\n") << true;

    QTest::newRow("http/1.0 close-delimited")
        << QByteArray("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nold") << 200 << QByteArray("old") << true;

    QTest::newRow("empty chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                   << 200 << QByteArray() << false;
}

void TestHttpResponseParser::recorded()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, closeDelimited);

    QVERIFY(!input.isEmpty());
    const Outcome whole = parseWhole(input);
    QCOMPARE(whole.error, HttpResponseParser::Error::None);
    QCOMPARE(whole.status, status);
    QCOMPARE(whole.body, body);
    QVERIFY(whole.complete);
    QCOMPARE(whole.neededEof, closeDelimited);
    QCOMPARE(whole.headerEvents, 1);
    QCOMPARE(whole.completeEvents, 1);
    QCOMPARE(whole.emptyBodyEvents, 0);
    QCOMPARE(whole.bodyBeforeHeaders, 0);

    verifySplitInvariant(input, whole);

    // Without EOF, only a response that ends by itself is complete.
    const Outcome noEof = parseWhole(input, false);
    QCOMPARE(noEof.complete, !closeDelimited);
    QCOMPARE(noEof.body, body);
}

void TestHttpResponseParser::headersKeepOrderAndLookupIgnoresCase()
{
    const QByteArray input = "HTTP/1.1 200 OK\r\nX-B: 1\r\nx-a:   spaced  \r\nX-B: 2\r\nEmpty:\r\nContent-Length: 0\r\n\r\n";
    const Outcome out = parseWhole(input);
    QCOMPARE(out.reason, QByteArray("OK"));
    const HttpResponseParser::Headers expected = {
        {"X-B", "1"}, {"x-a", "spaced"}, {"X-B", "2"}, {"Empty", ""}, {"Content-Length", "0"}};
    QCOMPARE(out.headers, expected);
    QCOMPARE(out.contentLength, 0);

    HttpResponseParser parser;
    parser.feed(input);
    QCOMPARE(parser.header("x-b"), QByteArray("1"));
    QCOMPARE(parser.header("X-A"), QByteArray("spaced"));
    QVERIFY(parser.hasHeader("EMPTY"));
    QVERIFY(!parser.hasHeader("X-Missing"));
    QVERIFY(parser.header("X-Missing").isEmpty());

    const QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\nX-Trailer: t\r\n\r\n";
    const Outcome withTrailers = parseWhole(chunked);
    QCOMPARE(withTrailers.trailers, (HttpResponseParser::Headers{{"X-Trailer", "t"}}));
    QCOMPARE(withTrailers.headers.size(), 1);
    QCOMPARE(withTrailers.contentLength, -1);
}

void TestHttpResponseParser::bodyIsDeliveredAsItArrives()
{
    HttpResponseParser parser;
    QByteArray body;
    bool headers = false;
    parser.setHandlers({[&] { headers = true; }, [&](QByteArrayView d) { body += d; }, {}});
    parser.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
    QVERIFY(headers);
    QVERIFY(body.isEmpty());
    parser.feed("10\r\n0123456");
    QCOMPARE(body, QByteArray("0123456")); // part of a chunk is not held back
    parser.feed("789abcdef\r\n");
    QCOMPARE(body, QByteArray("0123456789abcdef"));
    QVERIFY(!parser.isComplete());
    parser.feed("0\r\n\r\n");
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.bodyBytes(), 16);
}

void TestHttpResponseParser::closeDelimitedNeedsEof()
{
    HttpResponseParser parser;
    int completes = 0;
    parser.setHandlers({{}, {}, [&] { ++completes; }});
    parser.feed("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\nabc");
    QVERIFY(parser.needsEof());
    QVERIFY(!parser.isComplete());
    parser.finishAtEof();
    QVERIFY(parser.isComplete());
    QVERIFY(!parser.needsEof());
    QCOMPARE(completes, 1);
    parser.finishAtEof();
    parser.feed("more");
    QCOMPARE(completes, 1);
    QCOMPARE(parser.bodyBytes(), 3);

    HttpResponseParser fixed;
    fixed.feed("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab");
    QVERIFY(!fixed.needsEof());
    fixed.finishAtEof();
    QCOMPARE(fixed.error(), HttpResponseParser::Error::Truncated);
    QVERIFY(!fixed.errorString().isEmpty());
}

void TestHttpResponseParser::upgradedStreamIsBodyUntilEof()
{
    const QByteArray headers = "HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\n"
                               "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n";
    const QByteArray stream = frame(1, "hello\n") + frame(2, "oops\n");
    HttpResponseParser parser;
    QByteArray body;
    parser.setHandlers({{}, [&](QByteArrayView d) { body += d; }, {}});
    parser.feed(headers + stream.left(5));
    QVERIFY(parser.isUpgraded());
    QVERIFY(parser.needsEof());
    QCOMPARE(parser.statusCode(), 101);
    QCOMPARE(parser.header("upgrade"), QByteArray("tcp"));
    parser.feed(stream.mid(5));
    QVERIFY(!parser.isComplete());
    parser.finishAtEof();
    QVERIFY(parser.isComplete());
    QCOMPARE(body, stream);

    // A 101 without the Upgrade headers is still a hijacked connection.
    const Outcome bare = parseWhole("HTTP/1.1 101 Switching\r\n\r\nxyz");
    QVERIFY(bare.upgraded);
    QCOMPARE(bare.body, QByteArray("xyz"));
    verifySplitInvariant("HTTP/1.1 101 Switching\r\n\r\nxyz", bare);
}

void TestHttpResponseParser::headResponseHasNoBody()
{
    const QByteArray input = "HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n"
                             "X-Docker-Container-Path-Stat: eyJuYW1lIjoidXBsb2FkcyJ9\r\n\r\n";
    const Outcome out = parseWhole(input, false, true);
    QVERIFY(out.complete);
    QVERIFY(out.body.isEmpty());
    QVERIFY(!out.neededEof);
    verifySplitInvariant(input, parseWhole(input, true, true), true, true);
}

void TestHttpResponseParser::noBodyStatusesIgnoreContentLength()
{
    for (const QByteArray &status : {QByteArray("204 No Content"), QByteArray("304 Not Modified")}) {
        const QByteArray input = "HTTP/1.1 " + status + "\r\nContent-Length: 15\r\n\r\n{\"message\":\"m\"}";
        const Outcome out = parseWhole(input, false);
        QVERIFY(out.complete);
        QVERIFY(out.body.isEmpty());
        QCOMPARE(out.contentLength, -1);
        verifySplitInvariant(input, parseWhole(input));
    }
}

void TestHttpResponseParser::interimResponsesAreSkipped()
{
    const QByteArray input = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: x\r\n\r\n"
                             "HTTP/1.1 201 Created\r\nContent-Length: 9\r\n\r\n{\"Id\":1}\n";
    const Outcome out = parseWhole(input);
    QCOMPARE(out.status, 201);
    QCOMPARE(out.reason, QByteArray("Created"));
    QCOMPARE(out.headers, (HttpResponseParser::Headers{{"Content-Length", "9"}}));
    QCOMPARE(out.headerEvents, 1);
    QCOMPARE(out.body, QByteArray("{\"Id\":1}\n"));
    verifySplitInvariant(input, out);

    // Found by the fuzzer: an interim response announcing a body must not deliver it.
    const QByteArray interimWithLength = "HTTP/1.1 100 Continue\r\nContent-Length: 2\r\n\r\nOK";
    const Outcome withLength = parseWhole(interimWithLength);
    QVERIFY(withLength.body.isEmpty());
    QCOMPARE(withLength.bodyBeforeHeaders, 0);
    QCOMPARE(withLength.error, HttpResponseParser::Error::Malformed);
    verifySplitInvariant(interimWithLength, withLength);

    const Outcome onlyInterim = parseWhole("HTTP/1.1 100 Continue\r\n\r\n");
    QCOMPARE(onlyInterim.error, HttpResponseParser::Error::Truncated);
    QVERIFY(!onlyInterim.headersComplete);
}

void TestHttpResponseParser::bytesAfterTheMessageAreIgnored()
{
    const QByteArray input = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhiHTTP/1.1 500 Nope\r\n\r\ngarbage";
    const Outcome out = parseWhole(input);
    QCOMPARE(out.status, 200);
    QCOMPARE(out.body, QByteArray("hi"));
    QCOMPARE(out.error, HttpResponseParser::Error::None);
    QCOMPARE(out.completeEvents, 1);
    verifySplitInvariant(input, out);
}

void TestHttpResponseParser::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("error");

    const int malformed = int(HttpResponseParser::Error::Malformed);
    const int truncated = int(HttpResponseParser::Error::Truncated);
    QTest::newRow("not http") << QByteArray("garbage\r\n\r\n") << malformed;
    QTest::newRow("request line") << QByteArray("GET / HTTP/1.1\r\n\r\n") << malformed;
    QTest::newRow("bad status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << malformed;
    QTest::newRow("bad version") << QByteArray("HTTP/9.9.9 200 OK\r\n\r\n") << malformed;
    QTest::newRow("separator in header name") << QByteArray("HTTP/1.1 200 OK\r\n(bad): x\r\n\r\n") << malformed;
    QTest::newRow("cr in header value") << QByteArray("HTTP/1.1 200 OK\r\nX: a\rb\r\n\r\n") << malformed;
    QTest::newRow("two lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
                                 << malformed;
    QTest::newRow("bad length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n") << malformed;
    QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nab\r\n")
                                    << malformed;
    QTest::newRow("chunk without crlf")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabcd\r\n") << malformed;
    QTest::newRow("nul in header") << QByteArray("HTTP/1.1 200 OK\r\nX: a\0b\r\n\r\n", 27) << malformed;
    QTest::newRow("empty") << QByteArray() << truncated;
    QTest::newRow("eof in status line") << QByteArray("HTTP/1.1 20") << truncated;
    QTest::newRow("eof in headers") << QByteArray("HTTP/1.1 200 OK\r\nContent-Le") << truncated;
    QTest::newRow("eof in body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << truncated;
    QTest::newRow("eof in chunk")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab") << truncated;
    QTest::newRow("eof before last chunk")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n") << truncated;
}

void TestHttpResponseParser::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(int, error);

    const Outcome whole = parseWhole(input);
    QCOMPARE(int(whole.error), error);
    QVERIFY(!whole.complete);
    QVERIFY(!whole.errorString.isEmpty());
    QCOMPARE(whole.completeEvents, 0);
    verifySplitInvariant(input, whole);
}

void TestHttpResponseParser::headersTooLarge()
{
    QByteArray input = "HTTP/1.1 200 OK\r\n";
    while (input.size() <= HttpResponseParser::MaxHeaderBytes)
        input += "X-Filler: " + QByteArray(1000, 'f') + "\r\n";
    input += "\r\nbody";
    const Outcome out = parseWhole(input);
    QCOMPARE(out.error, HttpResponseParser::Error::TooLarge);
    QVERIFY(!out.headersComplete);
    QCOMPARE(parse(input, everyByte(input.size())).error, HttpResponseParser::Error::TooLarge);

    QByteArray reason = "HTTP/1.1 200 " + QByteArray(HttpResponseParser::MaxHeaderBytes + 1, 'r');
    QCOMPARE(parseWhole(reason).error, HttpResponseParser::Error::TooLarge);
}

void TestHttpResponseParser::randomBytesNeverCrash()
{
    // Deterministic, so a failure reproduces.
    QRandomGenerator rng(20240601);
    const QByteArray prefixes[] = {"", "HTTP/1.1 200 OK\r\n", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
                                   "HTTP/1.1 101 UPGRADED\r\n\r\n", "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"};
    const char alphabet[] = "HTP/1.0 2\r\n:;abcdefxXTransfer-Encoding chunked Content-Length\t\x00\xff";
    for (int round = 0; round < 3000; ++round) {
        QByteArray input = prefixes[rng.bounded(5)];
        const int n = rng.bounded(120);
        for (int i = 0; i < n; ++i) {
            input += rng.bounded(3) == 0 ? char(rng.bounded(256)) : alphabet[rng.bounded(int(sizeof(alphabet) - 1))];
        }
        const Outcome whole = parseWhole(input);
        QVERIFY(whole.body.size() <= input.size());
        QCOMPARE(whole.emptyBodyEvents, 0);
        QVERIFY(whole.completeEvents <= 1);
        QVERIFY(whole.complete != (whole.error != HttpResponseParser::Error::None));
        const qsizetype cut = rng.bounded(int(input.size()) + 1);
        if (!(parse(input, {cut}) == whole))
            QFAIL(qPrintable(QStringLiteral("split at %1 differs for %2").arg(cut).arg(QString::fromLatin1(input.toHex()))));
    }
}

QTEST_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
