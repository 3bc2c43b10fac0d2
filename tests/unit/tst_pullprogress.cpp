// SPDX-License-Identifier: GPL-3.0-or-later
// Aggregating POST /images/create messages: recorded dockerd 20.10 streams, Podman's shapes,
// errors inside a 200 stream.
#include "StreamTestData.h"
#include "docker/JsonLinesDecoder.h"
#include "docker/PullProgress.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace dd::docker;
using State = PullProgress::LayerState;

namespace {

using dd::test::frame;
using dd::test::readData;

const QString Base = QStringLiteral("4abcf2066143");
const QString Big = QStringLiteral("9d4b8a5c1e27");
const QString Small = QStringLiteral("e3f1c07a6b52");
constexpr qint64 BigSize = 24312345;


QList<QJsonObject> messages(const QByteArray &jsonLines)
{
    QList<QJsonObject> out;
    JsonLinesDecoder decoder([&](const QJsonObject &o) { out.append(o); });
    decoder.feed(jsonLines);
    decoder.finish();
    return out;
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

// Everything observable, to compare two progress values.
QString summary(const PullProgress &p)
{
    QString s;
    for (const PullProgress::Layer &l : p.layers())
        s += QStringLiteral("%1:%2:%3/%4:%5/%6;")
                 .arg(l.id)
                 .arg(int(l.state))
                 .arg(l.downloaded)
                 .arg(l.total)
                 .arg(l.extracted)
                 .arg(l.extractTotal);
    return s
        + QStringLiteral("|%1|%2|%3|%4|%5|%6|%7|%8|%9")
              .arg(p.fraction())
              .arg(p.bytesKnown())
              .arg(p.isFinished())
              .arg(p.errorMessage(), p.statusLine(), p.digest())
              .arg(p.downloadedBytes())
              .arg(p.totalBytes())
              .arg(p.layersDone());
}

} // namespace

class TestPullProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dockerPullWithAnExistingLayer()
    {
        const QList<QJsonObject> all = messages(readData("pull-postgres.jsonl"));
        QCOMPARE(all.size(), 24);
        PullProgress p;
        QVERIFY(p.isIndeterminate());
        QCOMPARE(p.fraction(), 0.0);
        int next = 0;
        auto applyUpTo = [&](int lastIndex) {
            for (; next <= lastIndex; ++next)
                QVERIFY(p.apply(all.at(next)));
        };

        applyUpTo(4); // Pulling from, Already exists, two Pulling fs layer, Waiting
        QCOMPARE(p.statusLine(), QStringLiteral("Pulling from library/postgres"));
        QCOMPARE(p.layerCount(), 3); // the "Pulling from" id is the tag, not a layer
        QCOMPARE(p.layersDone(), 1);
        QCOMPARE(p.layer(Base)->state, State::AlreadyExists);
        QCOMPARE(p.layer(Small)->state, State::Waiting);
        QVERIFY(!p.layer(QStringLiteral("16-alpine")));
        QVERIFY(!p.bytesKnown());
        QVERIFY(!p.isIndeterminate());
        QCOMPARE(p.fraction(), 0.0); // the existing layer is no progress

        applyUpTo(7); // Downloading 6881280 of the big layer
        QCOMPARE(p.layer(Big)->state, State::Downloading);
        QCOMPARE(p.downloadedBytes(), 6881280);
        QCOMPARE(p.totalBytes(), BigSize);
        QVERIFY(!p.bytesKnown()); // the small layer has not said its size
        QCOMPARE(p.fraction(), (6881280.0 / BigSize) / 2 / 2);

        applyUpTo(12); // big layer downloaded
        QCOMPARE(p.layer(Big)->state, State::Downloaded);
        QVERIFY(!p.bytesKnown());

        applyUpTo(14); // the small one finished without a Downloading message
        QCOMPARE(p.layer(Small)->state, State::Downloaded);
        QVERIFY(p.bytesKnown());
        QCOMPARE(p.downloadedBytes(), BigSize);
        QCOMPARE(p.totalBytes(), BigSize);
        QCOMPARE(p.fraction(), 0.5); // downloads done, nothing extracted

        applyUpTo(17); // Extracting 16515072
        QCOMPARE(p.layer(Big)->state, State::Extracting);
        QCOMPARE(p.layer(Big)->extracted, 16515072);
        QCOMPARE(p.fraction(), (1 + 16515072.0 / BigSize) / 2);
        QVERIFY(!p.isFinished());

        applyUpTo(19);
        QCOMPARE(p.layer(Big)->state, State::Complete);
        QCOMPARE(p.layersDone(), 2);

        applyUpTo(21);
        QCOMPARE(p.layersDone(), 3);
        QCOMPARE(p.totalBytes(), BigSize + 1234); // the extraction told the small layer's size
        QVERIFY(!p.isFinished());

        applyUpTo(23);
        QCOMPARE(p.digest(), QStringLiteral("sha256:4aea012537edfad80f98d870a36e6b90b4c09b27be7f4b4759d72db863baeebb"));
        QVERIFY(p.isFinished());
        QVERIFY(!p.hasError());
        QVERIFY(!p.isUpToDate());
        QCOMPARE(p.statusLine(), QStringLiteral("Status: Downloaded newer image for postgres:16-alpine"));
        QCOMPARE(p.fraction(), 1.0);
        QCOMPARE(p.layerCount(), 3);
    }

    void fractionNeverGoesBackOnTheRecording()
    {
        PullProgress p;
        double last = 0;
        for (const QJsonObject &m : messages(readData("pull-postgres.jsonl"))) {
            p.apply(m);
            QVERIFY2(p.fraction() >= last, qPrintable(QString::fromUtf8(QJsonDocument(m).toJson())));
            QVERIFY(p.fraction() >= 0 && p.fraction() <= 1);
            last = p.fraction();
        }
    }

    void recordingCutAnywhereGivesTheSameProgress()
    {
        const QByteArray input = readData("pull-postgres.jsonl");
        auto run = [&](qsizetype cut) {
            PullProgress p;
            JsonLinesDecoder decoder([&](const QJsonObject &o) { p.apply(o); });
            decoder.feed(QByteArrayView(input).first(cut));
            decoder.feed(QByteArrayView(input).sliced(cut));
            decoder.finish();
            return summary(p);
        };
        const QString whole = run(input.size());
        for (qsizetype cut = 0; cut < input.size(); ++cut)
            QCOMPARE(run(cut), whole);
    }

    void errorAfterProgress()
    {
        PullProgress p;
        const QList<QJsonObject> all = messages(readData("pull-error.jsonl"));
        for (qsizetype i = 0; i + 1 < all.size(); ++i)
            p.apply(all.at(i));
        QVERIFY(!p.hasError());
        QVERIFY(!p.isFinished());
        // "Retrying in N seconds" started the layer over.
        QCOMPARE(p.layer(Big)->state, State::Downloading);
        QCOMPARE(p.layer(Big)->downloaded, 1048576);
        QCOMPARE(p.statusLine(), QStringLiteral("Pulling from library/postgres"));

        QVERIFY(p.apply(all.last()));
        QVERIFY(p.hasError());
        QVERIFY(p.isFinished());
        QCOMPARE(p.errorMessage(), QStringLiteral("unexpected EOF"));
        QVERIFY(p.fraction() < 1.0);
    }

    void errorShapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("both") << QByteArray(R"({"errorDetail":{"message":"detail"},"error":"short"})")
                              << QStringLiteral("detail");
        QTest::newRow("error only") << QByteArray(R"({"error":"only error"})") << QStringLiteral("only error");
        QTest::newRow("denied")
            << QByteArray(R"({"errorDetail":{"message":"pull access denied for nope/nope, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"},"error":"pull access denied for nope/nope, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"})")
            << QStringLiteral("pull access denied for nope/nope, repository does not exist or may require 'docker "
                              "login': denied: requested access to the resource is denied");
    }
    void errorShapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        PullProgress p;
        QVERIFY(p.apply(QJsonDocument::fromJson(json).object()));
        QVERIFY(p.hasError());
        QCOMPARE(p.errorMessage(), message);
        // The first error is kept.
        p.apply(object(R"({"error":"a later one"})"));
        QCOMPARE(p.errorMessage(), message);
    }

    void errorWithoutText()
    {
        PullProgress p;
        QVERIFY(p.apply(object(R"({"errorDetail":{}})")));
        QVERIFY(p.hasError());
        QVERIFY(!p.errorMessage().isEmpty());
    }

    void upToDate()
    {
        PullProgress p;
        p.apply(object(R"({"status":"Pulling from library/postgres","id":"16-alpine"})"));
        QVERIFY(p.isIndeterminate()); // nothing known yet
        p.apply(object(R"({"status":"Digest: sha256:4aea012537edfad80f98d870a36e6b90b4c09b27be7f4b4759d72db863baeebb"})"));
        p.apply(object(R"({"status":"Status: Image is up to date for postgres:16-alpine"})"));
        QVERIFY(p.isFinished());
        QVERIFY(p.isUpToDate());
        QVERIFY(!p.isIndeterminate());
        QCOMPARE(p.layerCount(), 0);
        QCOMPARE(p.fraction(), 1.0);
        QVERIFY(!p.bytesKnown());
    }

    void podmanWithLayerProgress()
    {
        // Podman's compat API: "Download complete" is a layer's last word, then one with the image id.
        PullProgress p;
        p.apply(object(R"({"status":"Pulling fs layer","progressDetail":{},"id":"a1b2c3d4e5f6"})"));
        p.apply(object(R"({"status":"Downloading","progressDetail":{"current":1000,"total":4000},"progress":"[=>  ] 1kB/4kB","id":"a1b2c3d4e5f6"})"));
        p.apply(object(R"({"status":"Pulling fs layer","progressDetail":{},"id":"0f9e8d7c6b5a"})"));
        p.apply(object(R"({"status":"Downloading","progressDetail":{"current":500,"total":-1},"id":"0f9e8d7c6b5a"})"));
        QVERIFY(!p.bytesKnown());
        QCOMPARE(p.fraction(), 0.25 / 2 / 2);
        p.apply(object(R"({"status":"Download complete","progressDetail":{},"id":"a1b2c3d4e5f6"})"));
        p.apply(object(R"({"status":"Download complete","progressDetail":{},"id":"0f9e8d7c6b5a"})"));
        QVERIFY(p.bytesKnown());
        QCOMPARE(p.totalBytes(), 4500);
        QCOMPARE(p.downloadedBytes(), 4500);
        QVERIFY(!p.isFinished());
        p.apply(object(R"({"status":"Download complete","progressDetail":{},"id":"7d3c2b1a0f9e"})"));
        QVERIFY(p.isFinished());
        QCOMPARE(p.layerCount(), 2); // the image id is not a layer
        QCOMPARE(p.fraction(), 1.0);
    }

    void podmanWithoutLayerProgress()
    {
        PullProgress p;
        QVERIFY(p.apply(object(R"({"status":"pulling image () from library/alpine:latest","progressDetail":{}})")));
        QVERIFY(p.isIndeterminate());
        QCOMPARE(p.statusLine(), QStringLiteral("pulling image () from library/alpine:latest"));
        p.apply(object(R"({"status":"Download complete","progressDetail":{},"id":"9c6f07244728"})"));
        QVERIFY(p.isFinished());
        QVERIFY(!p.isIndeterminate());
        QCOMPARE(p.fraction(), 1.0);
    }

    void notAPullMessage()
    {
        PullProgress p;
        QVERIFY(!p.apply(QJsonObject()));
        QVERIFY(!p.apply(object(R"({"aux":{"ID":"sha256:abc"}})")));
        QVERIFY(!p.apply(object(R"({"status":""})")));
        QVERIFY(p.statusLine().isEmpty());
        QCOMPARE(p.layerCount(), 0);
    }

    void everyStateHasAText()
    {
        for (State s : {State::Pending, State::Waiting, State::Downloading, State::Verifying, State::Downloaded,
                        State::Extracting, State::Complete, State::AlreadyExists})
            QVERIFY(!PullProgress::stateText(s).isEmpty());
    }
};

QTEST_MAIN(TestPullProgress)
#include "tst_pullprogress.moc"
