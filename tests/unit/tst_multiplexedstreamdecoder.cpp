// SPDX-License-Identifier: GPL-3.0-or-later
// The 8-byte frame format of logs/attach/exec with Tty=false, fed the way the network
// delivers it: in pieces cut anywhere.
#include "StreamTestData.h"
#include "docker/MultiplexedStreamDecoder.h"

#include <QFile>
#include <QTest>

using namespace dd::docker;

namespace {

using dd::test::frame;
using dd::test::readData;

struct Piece
{
    StreamKind stream;
    QByteArray payload;
    bool operator==(const Piece &) const = default;
};

// What a consumer sees once pieces of the same stream that follow each other are joined:
// independent of where the input was cut.
struct Collector
{
    QList<Piece> runs;
    qsizetype calls = 0;
    void add(StreamKind stream, QByteArrayView payload)
    {
        ++calls;
        if (!runs.isEmpty() && runs.last().stream == stream)
            runs.last().payload += payload;
        else
            runs.append(Piece{stream, payload.toByteArray()});
    }
};

struct Result
{
    QList<Piece> runs;
    MultiplexedStreamDecoder::Error error = MultiplexedStreamDecoder::Error::None;
};

Result decodeInPieces(const QByteArray &input, const QList<qsizetype> &cuts)
{
    Collector collector;
    MultiplexedStreamDecoder decoder([&](StreamKind s, QByteArrayView p) { collector.add(s, p); });
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        decoder.feed(QByteArrayView(input).sliced(from, cut - from));
        from = cut;
    }
    decoder.feed(QByteArrayView(input).sliced(from));
    decoder.finish();
    return Result{collector.runs, decoder.error()};
}



// A second, deliberately naive reading of the format, to check the decoder against.
QList<Piece> referenceFrames(const QByteArray &input)
{
    QList<Piece> runs;
    qsizetype at = 0;
    while (at + 8 <= input.size()) {
        const auto *h = reinterpret_cast<const uchar *>(input.constData() + at);
        const qsizetype size = (qsizetype(h[4]) << 24) | (h[5] << 16) | (h[6] << 8) | h[7];
        const auto stream = StreamKind(h[0]);
        const QByteArray payload = input.mid(at + 8, size);
        at += 8 + size;
        if (payload.isEmpty())
            continue;
        if (!runs.isEmpty() && runs.last().stream == stream)
            runs.last().payload += payload;
        else
            runs.append(Piece{stream, payload});
    }
    return runs;
}

} // namespace

class TestMultiplexedStreamDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordedStream()
    {
        const QByteArray input = readData("logs-multiplexed.bin");
        const Result whole = decodeInPieces(input, {});
        QCOMPARE(whole.error, MultiplexedStreamDecoder::Error::None);
        QCOMPARE(whole.runs, referenceFrames(input));
        // Runs: stdout, stderr, stdout, stderr, stdout (a frame and a zero-size one), stderr,
        // stdout (three frames).
        QCOMPARE(whole.runs.size(), 7);
        QCOMPARE(whole.runs.at(0).stream, StreamKind::Stdout);
        QVERIFY(whole.runs.at(0).payload.startsWith("2024-05-01T12:34:56.123456789Z {\"level\":30"));
        QCOMPARE(whole.runs.at(1).stream, StreamKind::Stderr);
        QVERIFY(whole.runs.at(1).payload.contains("DeprecationWarning"));
        qsizetype payloadBytes = 0;
        for (const Piece &piece : whole.runs)
            payloadBytes += piece.payload.size();
        QCOMPARE(payloadBytes, input.size() - 10 * 8); // ten frames
    }

    void recordedStreamCutAnywhere()
    {
        const QByteArray input = readData("logs-multiplexed.bin");
        const Result whole = decodeInPieces(input, {});
        for (qsizetype cut = 0; cut <= input.size(); ++cut) {
            const Result split = decodeInPieces(input, {cut});
            if (split.runs != whole.runs || split.error != whole.error)
                QFAIL(qPrintable(QStringLiteral("different output when cut at %1").arg(cut)));
        }
    }

    void recordedStreamByteByByte()
    {
        const QByteArray input = readData("logs-multiplexed.bin");
        QList<qsizetype> cuts;
        for (qsizetype i = 1; i < input.size(); ++i)
            cuts.append(i);
        const Result bytes = decodeInPieces(input, cuts);
        QCOMPARE(bytes.runs, decodeInPieces(input, {}).runs);
        QCOMPARE(bytes.error, MultiplexedStreamDecoder::Error::None);
    }

    void payloadIsPassedOnBeforeTheFrameIsComplete()
    {
        // A 1 MiB frame must not be held back until its last byte arrives.
        const QByteArray input = frame(1, QByteArray(1 << 20, 'x'));
        qsizetype delivered = 0;
        MultiplexedStreamDecoder decoder([&](StreamKind s, QByteArrayView p) {
            QCOMPARE(s, StreamKind::Stdout);
            delivered += p.size();
        });
        decoder.feed(QByteArrayView(input).first(8 + 1000));
        QCOMPARE(delivered, 1000);
        decoder.feed(QByteArrayView(input).sliced(8 + 1000));
        QCOMPARE(delivered, 1 << 20);
        decoder.finish();
        QVERIFY(!decoder.hasError());
    }

    void piecesNeverSpanFrames()
    {
        const QByteArray input = frame(1, "abc") + frame(1, "def");
        QList<QByteArray> pieces;
        MultiplexedStreamDecoder decoder([&](StreamKind, QByteArrayView p) { pieces.append(p.toByteArray()); });
        decoder.feed(input);
        QCOMPARE(pieces, (QList<QByteArray>{"abc", "def"}));
    }

    void emptyInput()
    {
        const Result r = decodeInPieces({}, {});
        QVERIFY(r.runs.isEmpty());
        QCOMPARE(r.error, MultiplexedStreamDecoder::Error::None);
    }

    void zeroSizeFramesDeliverNothing()
    {
        const QByteArray input = frame(1, {}) + frame(2, {}) + frame(2, "err") + frame(1, {});
        qsizetype calls = 0;
        MultiplexedStreamDecoder decoder([&](StreamKind s, QByteArrayView p) {
            ++calls;
            QCOMPARE(s, StreamKind::Stderr);
            QCOMPARE(p, QByteArrayView("err"));
        });
        decoder.feed(input);
        decoder.finish();
        QCOMPARE(calls, 1);
        QVERIFY(!decoder.hasError());
        QCOMPARE(decoder.bytesConsumed(), input.size());
    }

    void allStreamKinds()
    {
        const QByteArray input = frame(0, "in") + frame(1, "out") + frame(2, "err") + frame(3, "daemon");
        const Result r = decodeInPieces(input, {});
        QCOMPARE(r.runs, (QList<Piece>{{StreamKind::Stdin, "in"}, {StreamKind::Stdout, "out"},
                                       {StreamKind::Stderr, "err"}, {StreamKind::SystemErr, "daemon"}}));
    }

    void maximumSizeHeader()
    {
        // 4 GiB - 1 announced: accepted as a header, delivered as it comes, truncated at the end.
        QByteArray input("\x01\x00\x00\x00\xff\xff\xff\xff", 8);
        input += QByteArray(100, 'y');
        qsizetype delivered = 0;
        MultiplexedStreamDecoder decoder([&](StreamKind, QByteArrayView p) { delivered += p.size(); });
        decoder.feed(input);
        QVERIFY(!decoder.hasError());
        QCOMPARE(delivered, 100);
        decoder.finish();
        QCOMPARE(decoder.error(), MultiplexedStreamDecoder::Error::Truncated);
        QVERIFY(decoder.errorString().contains(QLatin1String("108")));
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("offset");
        QTest::newRow("unknown stream 4") << QByteArray("\x04\x00\x00\x00\x00\x00\x00\x01x", 9) << qint64(0);
        QTest::newRow("nonzero padding") << QByteArray("\x01\x00\x01\x00\x00\x00\x00\x01x", 9) << qint64(0);
        QTest::newRow("a Tty stream") << QByteArray("2024-05-01T12:34:56Z hello\n") << qint64(0);
        QTest::newRow("after a good frame") << (frame(1, "ok") + QByteArray("\xff\x00\x00\x00\x00\x00\x00\x00", 8))
                                            << qint64(10);
    }
    void garbage()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, offset);
        for (qsizetype cut = 0; cut <= input.size(); ++cut) {
            QList<QByteArray> pieces;
            MultiplexedStreamDecoder decoder([&](StreamKind, QByteArrayView p) { pieces.append(p.toByteArray()); });
            decoder.feed(QByteArrayView(input).first(cut));
            decoder.feed(QByteArrayView(input).sliced(cut));
            decoder.finish();
            QCOMPARE(decoder.error(), MultiplexedStreamDecoder::Error::NotMultiplexed);
            QVERIFY(decoder.errorString().contains(QLatin1String("not a multiplexed stream")));
            QVERIFY(decoder.errorString().contains(QString::number(offset)));
            QCOMPARE(pieces.join(), offset > 0 ? QByteArray("ok") : QByteArray());
            // Nothing after garbage is trusted.
            decoder.feed(frame(1, "later"));
            QCOMPARE(pieces.join(), offset > 0 ? QByteArray("ok") : QByteArray());
        }
    }

    void truncated_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("inside a header") << (frame(1, "ok") + QByteArray("\x01\x00\x00", 3));
        QTest::newRow("inside a payload") << frame(2, "complete").chopped(3);
    }
    void truncated()
    {
        QFETCH(QByteArray, input);
        MultiplexedStreamDecoder decoder;
        decoder.feed(input);
        QVERIFY(!decoder.hasError());
        decoder.finish();
        QCOMPARE(decoder.error(), MultiplexedStreamDecoder::Error::Truncated);
        QVERIFY(!decoder.errorString().isEmpty());
    }

    void resetStartsOver()
    {
        QByteArray seen;
        MultiplexedStreamDecoder decoder([&](StreamKind, QByteArrayView p) { seen += p; });
        decoder.feed("\x09garbage");
        QVERIFY(decoder.hasError());
        decoder.reset();
        QVERIFY(!decoder.hasError());
        QCOMPARE(decoder.bytesConsumed(), 0);
        decoder.feed(frame(1, "fresh"));
        decoder.finish();
        QCOMPARE(seen, QByteArray("fresh"));
        QVERIFY(!decoder.hasError());
    }
};

QTEST_MAIN(TestMultiplexedStreamDecoder)
#include "tst_multiplexedstreamdecoder.moc"
