// SPDX-License-Identifier: GPL-3.0-or-later
// The local-socket transport against a fake engine on a QLocalServer: request bytes as
// the engine sees them, responses in every framing, streaming without buffering, uploads
// with flow control, and every way a call can fail.
#include "FakeLocalServer.h"

#include "docker/EngineEndpoint.h"
#include "docker/EngineNetworkAccessManager.h"
#include "docker/LocalSocketReply.h"
#include "docker/TransportAttributes.h"

#include <QBuffer>
#include <QFile>
#include <QMap>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace dd::docker;
using dd::test::FakeLocalServer;

namespace {

constexpr int Patience = 20000; // ms; generous for a loaded machine, never reached when all is well

QByteArray response(int status, const QByteArray &reason, const QByteArray &headers, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nApi-Version: 1.41\r\n" + headers
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray chunk(const QByteArray &payload)
{
    return QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n";
}

const QByteArray chunkedHead = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";

char patternByte(qint64 i)
{
    return char((i * 131 + (i >> 13)) & 0xff);
}

QByteArray pattern(qint64 size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        out[i] = patternByte(i);
    return out;
}

// A sequential source of known bytes that counts how far it has been read, so a test can
// see whether the transport reads ahead of what the socket can take.
class PatternDevice : public QIODevice
{
public:
    explicit PatternDevice(qint64 total)
        : m_total(total)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return (m_total - m_produced) + QIODevice::bytesAvailable(); }
    qint64 produced() const { return m_produced; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_produced >= m_total)
            return -1;
        const qint64 n = qMin(maxSize, m_total - m_produced);
        for (qint64 i = 0; i < n; ++i)
            data[i] = patternByte(m_produced + i);
        m_produced += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_total;
    qint64 m_produced = 0;
};

// A sequential source whose bytes come later, as from a process or another reply.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice() { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_pending.size() + QIODevice::bytesAvailable(); }
    void push(const QByteArray &bytes)
    {
        m_pending += bytes;
        Q_EMIT readyRead();
    }
    void finish()
    {
        m_finished = true;
        Q_EMIT readChannelFinished();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_pending.isEmpty())
            return m_finished ? -1 : 0;
        const qint64 n = qMin<qint64>(maxSize, m_pending.size());
        std::memcpy(data, m_pending.constData(), size_t(n));
        m_pending.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_pending;
    bool m_finished = false;
};

struct Watch
{
    explicit Watch(QNetworkReply *reply)
        : finished(reply, &QNetworkReply::finished)
        , errors(reply, &QNetworkReply::errorOccurred)
        , metaData(reply, &QNetworkReply::metaDataChanged)
        , readyRead(reply, &QNetworkReply::readyRead)
    {
    }
    QSignalSpy finished;
    QSignalSpy errors;
    QSignalSpy metaData;
    QSignalSpy readyRead;
};

bool waitFinished(QNetworkReply *reply, Watch &watch)
{
    return reply->isFinished() || watch.finished.wait(Patience);
}

bool isRoot()
{
#ifdef Q_OS_UNIX
    return ::getuid() == 0;
#else
    return false;
#endif
}

} // namespace

class TestLocalSocketReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void getWithContentLength();
    void chunkedBodyArrivesIncrementally();
    void closeDelimitedBody();
    void upgradedExecStream();
    void headRequestDoesNotWaitForBody();
    void postJsonWithContentLength();
    void postWithoutBodySendsZeroLength();
    void putSequentialDeviceIsChunkedAndStreamed();
    void putBufferUsesContentLength();
    void putFromDeviceThatTrickles();
    void notFoundKeepsBodyReadable();
    void httpErrorMapping_data();
    void httpErrorMapping();
    void abortMidStreamClosesConnection();
    void closeEndsLikeAbort();
    void idleTimeout_data();
    void idleTimeout();
    void readBufferSizeBoundsMemory();
    void remoteClosedMidResponse();
    void malformedResponse();
    void missingSocketIsHostNotFound();
    void socketWithoutListenerIsRefused();
    void connectTimeout();
    void permissionDenied();
    void invalidHeaderIsRefusedBeforeConnecting();
    void urlEncodesQueryForTheEngine();
    void tcpEndpointUsesQnamHttp();

private:
    std::unique_ptr<FakeLocalServer> m_server;
    std::unique_ptr<EngineNetworkAccessManager> m_nam;

    QNetworkReply *get(const QString &path, const QNetworkRequest &base = QNetworkRequest())
    {
        QNetworkRequest request(base);
        request.setUrl(m_nam->url(path));
        return m_nam->get(request);
    }
};

void TestLocalSocketReply::init()
{
    m_server = std::make_unique<FakeLocalServer>();
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<EngineNetworkAccessManager>(EngineEndpoint::unixSocket(m_server->serverName()));
}

void TestLocalSocketReply::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

void TestLocalSocketReply::getWithContentLength()
{
    m_server->setScript({FakeLocalServer::send(response(200, "OK", "Content-Type: text/plain\r\n", "OK")),
                         FakeLocalServer::close()});
    QSignalSpy managerFinished(m_nam.get(), &QNetworkAccessManager::finished);
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1.41/_ping")));
    QVERIFY(qobject_cast<LocalSocketReply *>(reply.get()));
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));

    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(), QByteArray("OK"));
    QCOMPARE(reply->rawHeader("api-version"), QByteArray("1.41"));
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), 2);
    QCOMPARE(reply->readAll(), QByteArray("OK"));
    QCOMPARE(watch.finished.size(), 1);
    QCOMPARE(watch.metaData.size(), 1);
    QCOMPARE(watch.errors.size(), 0);
    QVERIFY(!reply->attribute(LocalSocketErrorAttribute).isValid());
    QTRY_COMPARE_WITH_TIMEOUT(managerFinished.size(), 1, Patience);

    const FakeLocalServer::Request &req = m_server->request();
    QCOMPARE(req.requestLine(), QByteArray("GET /v1.41/_ping HTTP/1.1"));
    QCOMPARE(req.header("Host"), QByteArray("docker"));
    QCOMPARE(req.header("Connection"), QByteArray("close"));
    QVERIFY(req.header("User-Agent").startsWith("DirectusDesktop/"));
    QVERIFY(!req.hasHeader("Content-Length"));
    QVERIFY(!req.hasHeader("Transfer-Encoding"));
    QVERIFY(req.body.isEmpty());
}

void TestLocalSocketReply::chunkedBodyArrivesIncrementally()
{
    // The rest is sent only when the test says so: if the first bytes are readable before
    // that, nothing waits for the whole body.
    m_server->setScript({FakeLocalServer::send(chunkedHead + chunk("{\"status\":\"first\"}\r\n")),
                         FakeLocalServer::pause(),
                         FakeLocalServer::send(chunk("{\"status\":\"second\"}\r\n") + "0\r\n\r\n"),
                         FakeLocalServer::close()});
    QNetworkRequest request;
    request.setAttribute(IdleTimeoutAttribute, 0);
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1.41/events"), request));
    Watch watch(reply.get());

    QByteArray received;
    while (received.size() < 20 && (watch.readyRead.wait(Patience) || reply->bytesAvailable() > 0))
        received += reply->readAll();
    QCOMPARE(received, QByteArray("{\"status\":\"first\"}\r\n"));
    QCOMPARE(watch.metaData.size(), 1);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(m_server->isPaused());
    QVERIFY(!reply->isFinished());

    m_server->resume();
    QVERIFY(waitFinished(reply.get(), watch));
    received += reply->readAll();
    QCOMPARE(received, QByteArray("{\"status\":\"first\"}\r\n{\"status\":\"second\"}\r\n"));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(watch.finished.size(), 1);
}

void TestLocalSocketReply::closeDelimitedBody()
{
    const QByteArray body = pattern(5000);
    QList<FakeLocalServer::Step> script = {FakeLocalServer::send(
        "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\n\r\n")};
    script += FakeLocalServer::sendInPieces(body, 777, 5);
    script += FakeLocalServer::close(5);
    m_server->setScript(script);

    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1.41/containers/x/logs")));
    Watch watch(reply.get());
    QByteArray received;
    connect(reply.get(), &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
    QVERIFY(waitFinished(reply.get(), watch));
    received += reply->readAll();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(received, body);
    QCOMPARE(watch.finished.size(), 1);
}

void TestLocalSocketReply::upgradedExecStream()
{
    const QByteArray stream = QByteArray("\x01\0\0\0\0\0\0\x06hello\n", 14);
    m_server->setScript({FakeLocalServer::send("HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\n"
                                               "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n"
                                               + stream.left(3)),
                         FakeLocalServer::send(stream.mid(3), 10), FakeLocalServer::close(10)});
    QNetworkRequest request(m_nam->url(QStringLiteral("/v1.41/exec/abc/start")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Upgrade", "tcp");
    request.setRawHeader("Connection", "Upgrade"); // ours wins: the transport always closes
    std::unique_ptr<QNetworkReply> reply(m_nam->post(request, QByteArray("{\"Detach\":false,\"Tty\":false}")));
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 101);
    QCOMPARE(reply->readAll(), stream);
    QCOMPARE(m_server->request().header("Upgrade"), QByteArray("tcp"));
    QCOMPARE(m_server->request().header("Connection"), QByteArray("close"));
}

void TestLocalSocketReply::headRequestDoesNotWaitForBody()
{
    // The server keeps the connection open: the reply must end at the headers.
    m_server->setScript({FakeLocalServer::send("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n"
                                               "X-Docker-Container-Path-Stat: eyJuYW1lIjoidXBsb2FkcyJ9\r\n\r\n")});
    QNetworkRequest request(m_nam->url(QStringLiteral("/v1.41/containers/x/archive"),
                                       QUrlQuery{{QStringLiteral("path"), QStringLiteral("/directus/uploads")}}));
    std::unique_ptr<QNetworkReply> reply(m_nam->head(request));
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->rawHeader("X-Docker-Container-Path-Stat"), QByteArray("eyJuYW1lIjoidXBsb2FkcyJ9"));
    QCOMPARE(reply->bytesAvailable(), 0);
    QCOMPARE(m_server->request().requestLine(),
             QByteArray("HEAD /v1.41/containers/x/archive?path=%2Fdirectus%2Fuploads HTTP/1.1"));
    QTRY_VERIFY_WITH_TIMEOUT(m_server->clientDisconnected(), Patience);
}

void TestLocalSocketReply::postJsonWithContentLength()
{
    const QByteArray created = "{\"Id\":\"4f2a\",\"Warnings\":[]}\n";
    m_server->setScript({FakeLocalServer::send(response(201, "Created", "Content-Type: application/json\r\n", created)),
                         FakeLocalServer::close()});
    const QByteArray json = R"({"Image":"docker.io/directus/directus:11","Env":["KEY=value"],"Labels":{"a":"b"}})";
    QNetworkRequest request(m_nam->url(QStringLiteral("/v1.41/containers/create"),
                                       QUrlQuery{{QStringLiteral("name"), QStringLiteral("blog-directus-1")}}));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_nam->post(request, json));
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));

    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    QCOMPARE(reply->readAll(), created);
    const FakeLocalServer::Request &req = m_server->request();
    QCOMPARE(req.requestLine(), QByteArray("POST /v1.41/containers/create?name=blog-directus-1 HTTP/1.1"));
    QCOMPARE(req.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(req.header("Content-Length"), QByteArray::number(json.size()));
    QVERIFY(!req.hasHeader("Transfer-Encoding"));
    QCOMPARE(req.body, json);
}

void TestLocalSocketReply::postWithoutBodySendsZeroLength()
{
    m_server->setScript({FakeLocalServer::send("HTTP/1.1 204 No Content\r\nApi-Version: 1.41\r\n\r\n")});
    QNetworkRequest request(m_nam->url(QStringLiteral("/v1.41/containers/x/start")));
    std::unique_ptr<QNetworkReply> reply(m_nam->sendCustomRequest(request, "POST"));
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
    QCOMPARE(m_server->request().requestLine(), QByteArray("POST /v1.41/containers/x/start HTTP/1.1"));

    m_server->setScript({FakeLocalServer::send("HTTP/1.1 204 No Content\r\n\r\n")});
    std::unique_ptr<QNetworkReply> post(m_nam->post(request, static_cast<QIODevice *>(nullptr)));
    Watch postWatch(post.get());
    QVERIFY(waitFinished(post.get(), postWatch));
    QCOMPARE(post->error(), QNetworkReply::NoError);
    QCOMPARE(m_server->request().header("Content-Length"), QByteArray("0"));
}

void TestLocalSocketReply::putSequentialDeviceIsChunkedAndStreamed()
{
    constexpr qint64 total = 8 * 1024 * 1024;
    m_server->setScript({FakeLocalServer::send("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")});
    PatternDevice source(total);
    qint64 maxLead = 0;
    connect(m_server.get(), &FakeLocalServer::bytesReceived, this,
            [&] { maxLead = qMax(maxLead, source.produced() - m_server->bodyBytesReceived()); });

    QNetworkRequest request(m_nam->url(QStringLiteral("/v1.41/containers/x/archive"),
                                       QUrlQuery{{QStringLiteral("path"), QStringLiteral("/directus")}}));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-tar"));
    std::unique_ptr<QNetworkReply> reply(m_nam->put(request, &source));
    QSignalSpy progress(reply.get(), &QNetworkReply::uploadProgress);
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));

    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const FakeLocalServer::Request &req = m_server->request();
    QCOMPARE(req.header("Transfer-Encoding"), QByteArray("chunked"));
    QVERIFY(!req.hasHeader("Content-Length"));
    QCOMPARE(req.body.size(), total);
    QVERIFY(req.body == pattern(total));
    // The source is read as the socket drains, never far ahead of what the engine received.
    QVERIFY2(maxLead <= 4 * 1024 * 1024, qPrintable(QString::number(maxLead)));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), total);
}

void TestLocalSocketReply::putBufferUsesContentLength()
{
    constexpr qint64 total = 3 * 1024 * 1024 + 17;
    m_server->setScript({FakeLocalServer::send("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")});
    QBuffer source;
    source.setData(pattern(total));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QNetworkRequest request(m_nam->url(QStringLiteral("/v1.41/containers/x/archive")));
    std::unique_ptr<QNetworkReply> reply(m_nam->put(request, &source));
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const FakeLocalServer::Request &req = m_server->request();
    QCOMPARE(req.header("Content-Length"), QByteArray::number(total));
    QVERIFY(!req.hasHeader("Transfer-Encoding"));
    QCOMPARE(req.body.size(), total);
    QVERIFY(req.body == source.data());
}

void TestLocalSocketReply::putFromDeviceThatTrickles()
{
    m_server->setScript({FakeLocalServer::send("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")});
    TrickleDevice source;
    QByteArray expected;
    int pieces = 0;
    QTimer feeder;
    connect(&feeder, &QTimer::timeout, this, [&] {
        if (pieces == 12) {
            feeder.stop();
            source.finish();
            return;
        }
        const QByteArray piece = pattern(100 * 1024 + pieces).right(50 * 1024 + pieces);
        expected += piece;
        source.push(piece);
        ++pieces;
    });
    feeder.start(5);
    QNetworkRequest request(m_nam->url(QStringLiteral("/v1.41/containers/x/archive")));
    std::unique_ptr<QNetworkReply> reply(m_nam->put(request, &source));
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(m_server->request().header("Transfer-Encoding"), QByteArray("chunked"));
    QCOMPARE(m_server->request().body.size(), expected.size());
    QVERIFY(m_server->request().body == expected);
}

void TestLocalSocketReply::notFoundKeepsBodyReadable()
{
    const QByteArray message = "{\"message\":\"No such container: blog-directus-1\"}\n";
    m_server->setScript({FakeLocalServer::send(response(404, "Not Found", "Content-Type: application/json\r\n", message)),
                         FakeLocalServer::close()});
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1.41/containers/blog-directus-1/json")));
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));
    QCOMPARE(reply->error(), QNetworkReply::ContentNotFoundError);
    QCOMPARE(watch.errors.size(), 1);
    QCOMPARE(watch.errors.first().first().value<QNetworkReply::NetworkError>(), QNetworkReply::ContentNotFoundError);
    QCOMPARE(watch.finished.size(), 1);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QVERIFY(!reply->attribute(LocalSocketErrorAttribute).isValid());
    QVERIFY(!isSocketPermissionDenied(*reply));
    QVERIFY(reply->errorString().contains(QLatin1String("Not Found")));
    QCOMPARE(reply->readAll(), message);
}

void TestLocalSocketReply::httpErrorMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::newRow("200") << 200 << QNetworkReply::NoError;
    QTest::newRow("304") << 304 << QNetworkReply::NoError;
    QTest::newRow("400") << 400 << QNetworkReply::ProtocolInvalidOperationError;
    QTest::newRow("401") << 401 << QNetworkReply::AuthenticationRequiredError;
    QTest::newRow("403") << 403 << QNetworkReply::ContentAccessDenied;
    QTest::newRow("404") << 404 << QNetworkReply::ContentNotFoundError;
    QTest::newRow("405") << 405 << QNetworkReply::ContentOperationNotPermittedError;
    QTest::newRow("409") << 409 << QNetworkReply::ContentConflictError;
    QTest::newRow("410") << 410 << QNetworkReply::ContentGoneError;
    QTest::newRow("422") << 422 << QNetworkReply::UnknownContentError;
    QTest::newRow("500") << 500 << QNetworkReply::InternalServerError;
    QTest::newRow("501") << 501 << QNetworkReply::OperationNotImplementedError;
    QTest::newRow("502") << 502 << QNetworkReply::UnknownServerError;
    QTest::newRow("503") << 503 << QNetworkReply::ServiceUnavailableError;
}

void TestLocalSocketReply::httpErrorMapping()
{
    QFETCH(int, status);
    QFETCH(QNetworkReply::NetworkError, error);
    QCOMPARE(LocalSocketReply::errorForHttpStatus(status), error);

    m_server->setScript({FakeLocalServer::send(response(status, "Reason", {}, "{\"message\":\"m\"}"))});
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1.41/x")));
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));
    QCOMPARE(reply->error(), error);
    QCOMPARE(watch.errors.size(), error == QNetworkReply::NoError ? 0 : 1);
    QCOMPARE(watch.finished.size(), 1);
    QCOMPARE(reply->readAll(), status == 304 ? QByteArray() : QByteArray("{\"message\":\"m\"}"));
}

void TestLocalSocketReply::abortMidStreamClosesConnection()
{
    m_server->setScript({FakeLocalServer::send(chunkedHead + chunk("{\"status\":\"Downloading\"}\r\n"))});
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1.41/images/create")));
    Watch watch(reply.get());
    QVERIFY(watch.readyRead.wait(Patience));
    QVERIFY(reply->bytesAvailable() > 0);
    QVERIFY(!m_server->clientDisconnected());

    reply->abort();
    QCOMPARE(watch.finished.size(), 1);
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(watch.errors.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->clientDisconnected(), Patience);

    reply->abort();
    QTest::qWait(50); // let anything queued run: no second finished
    QCOMPARE(watch.finished.size(), 1);
    QCOMPARE(watch.errors.size(), 1);
}

void TestLocalSocketReply::closeEndsLikeAbort()
{
    m_server->setScript({FakeLocalServer::send(chunkedHead + chunk("{\"Type\":\"container\"}\n"))});
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1.41/events")));
    Watch watch(reply.get());
    QVERIFY(watch.readyRead.wait(Patience));
    reply->close();
    QCOMPARE(watch.finished.size(), 1);
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(reply->bytesAvailable(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->clientDisconnected(), Patience);
}

void TestLocalSocketReply::idleTimeout_data()
{
    QTest::addColumn<int>("idleMs");
    QTest::addColumn<bool>("timesOut");
    QTest::newRow("200 ms: the silence trips it") << 200 << true;
    QTest::newRow("0: followed streams stay open") << 0 << false;
}

void TestLocalSocketReply::idleTimeout()
{
    QFETCH(int, idleMs);
    QFETCH(bool, timesOut);
    // One second of silence mid-stream, then the rest.
    m_server->setScript({FakeLocalServer::send(chunkedHead + chunk("line 1\n")),
                         FakeLocalServer::send(chunk("line 2\n") + "0\r\n\r\n", 1000), FakeLocalServer::close()});
    QNetworkRequest request;
    request.setAttribute(IdleTimeoutAttribute, idleMs);
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1.41/containers/x/logs"), request));
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));
    QCOMPARE(watch.finished.size(), 1);
    if (timesOut) {
        QCOMPARE(reply->error(), QNetworkReply::TimeoutError);
        QVERIFY(!reply->attribute(LocalSocketErrorAttribute).isValid());
        QCOMPARE(reply->readAll(), QByteArray("line 1\n"));
        QTRY_VERIFY_WITH_TIMEOUT(m_server->clientDisconnected(), Patience);
    } else {
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("line 1\nline 2\n"));
    }
}

void TestLocalSocketReply::readBufferSizeBoundsMemory()
{
    constexpr qint64 total = 2 * 1024 * 1024;
    constexpr qint64 limit = 64 * 1024;
    const QByteArray body = pattern(total);
    m_server->setScript({FakeLocalServer::send(response(200, "OK", "Content-Type: application/x-tar\r\n", body)),
                         FakeLocalServer::close()});
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1.41/containers/x/archive")));
    reply->setReadBufferSize(limit);
    Watch watch(reply.get());
    QVERIFY(watch.readyRead.wait(Patience));
    QTest::qWait(200); // a reader that does not keep up
    QVERIFY2(reply->bytesAvailable() <= limit, qPrintable(QString::number(reply->bytesAvailable())));
    QVERIFY(!reply->isFinished());

    QByteArray received;
    connect(reply.get(), &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
    received += reply->readAll();
    QVERIFY(waitFinished(reply.get(), watch));
    received += reply->readAll();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(received.size(), total);
    QVERIFY(received == body);
}

void TestLocalSocketReply::remoteClosedMidResponse()
{
    m_server->setScript({FakeLocalServer::send("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"), FakeLocalServer::close()});
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1.41/x")));
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    QCOMPARE(watch.errors.size(), 1);
    QCOMPARE(watch.finished.size(), 1);
    QCOMPARE(reply->readAll(), QByteArray("abc"));

    m_server->setScript({FakeLocalServer::close()});
    std::unique_ptr<QNetworkReply> nothing(get(QStringLiteral("/v1.41/x")));
    Watch nothingWatch(nothing.get());
    QVERIFY(waitFinished(nothing.get(), nothingWatch));
    QCOMPARE(nothing->error(), QNetworkReply::RemoteHostClosedError);
    QVERIFY(!nothing->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
}

void TestLocalSocketReply::malformedResponse()
{
    m_server->setScript({FakeLocalServer::send("SSH-2.0-OpenSSH_9.2\r\n\r\n")});
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1.41/_ping")));
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));
    QCOMPARE(reply->error(), QNetworkReply::ProtocolFailure);
    QVERIFY(!reply->errorString().isEmpty());
    QCOMPARE(watch.finished.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->clientDisconnected(), Patience);
}

void TestLocalSocketReply::missingSocketIsHostNotFound()
{
    m_nam->setEndpoint(EngineEndpoint::unixSocket(m_server->unusedPath(QStringLiteral("missing.sock"))));
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1.41/_ping")));
    Watch watch(reply.get());
    // Nothing happens before the caller is back in the event loop.
    QVERIFY(!reply->isFinished());
    QCOMPARE(watch.errors.size(), 0);
    QVERIFY(waitFinished(reply.get(), watch));
    QCOMPARE(reply->error(), QNetworkReply::HostNotFoundError);
    QCOMPARE(localSocketError(*reply), QLocalSocket::ServerNotFoundError);
    QVERIFY(!isSocketPermissionDenied(*reply));
    QCOMPARE(watch.errors.size(), 1);
    QCOMPARE(watch.finished.size(), 1);
    QVERIFY(reply->errorString().contains(QLatin1String("missing.sock")));
}

void TestLocalSocketReply::socketWithoutListenerIsRefused()
{
    const QString path = m_server->unusedPath(QStringLiteral("stale.sock"));
    if (!FakeLocalServer::createRefusingSocketFile(path))
        QSKIP("*** NOT RUN: cannot create a unix socket file without a listener on this platform");
    m_nam->setEndpoint(EngineEndpoint::unixSocket(path));
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1.41/_ping")));
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));
    QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    QCOMPARE(localSocketError(*reply), QLocalSocket::ConnectionRefusedError);
    QCOMPARE(watch.finished.size(), 1);
}

void TestLocalSocketReply::connectTimeout()
{
    const QString path = m_server->unusedPath(QStringLiteral("busy.sock"));
    dd::test::BacklogFullSocket busy(path);
    if (!busy.isValid())
        QSKIP("*** NOT RUN: cannot make a unix socket with a full accept queue on this platform");
    m_nam->setEndpoint(EngineEndpoint::unixSocket(path));
    QNetworkRequest request;
    request.setAttribute(ConnectTimeoutAttribute, 300);
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1.41/_ping"), request));
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));
    QCOMPARE(reply->error(), QNetworkReply::TimeoutError);
    QCOMPARE(localSocketError(*reply), QLocalSocket::SocketTimeoutError);
    QCOMPARE(watch.errors.size(), 1);
    QCOMPARE(watch.finished.size(), 1);
}

void TestLocalSocketReply::permissionDenied()
{
    if (isRoot())
        QSKIP("*** NOT RUN: permission denied not run: root bypasses file permissions; covered by the engine "
              "tier as a non-root user");
#ifndef Q_OS_UNIX
    QSKIP("*** NOT RUN: socket file permissions are a unix matter");
#endif
    QVERIFY(QFile::setPermissions(m_server->serverName(), QFileDevice::Permissions()));
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1.41/_ping")));
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));
    QCOMPARE(reply->error(), QNetworkReply::ContentAccessDenied);
    QVERIFY(isSocketPermissionDenied(*reply));
    QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    QCOMPARE(watch.finished.size(), 1);
    QCOMPARE(m_server->connectionCount(), 0);
}

void TestLocalSocketReply::invalidHeaderIsRefusedBeforeConnecting()
{
    QNetworkRequest request;
    request.setRawHeader("X-Registry-Auth", "abc\r\nX-Injected: 1");
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1.41/images/create"), request));
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));
    QCOMPARE(reply->error(), QNetworkReply::ProtocolInvalidOperationError);
    QCOMPARE(watch.finished.size(), 1);
    QCOMPARE(m_server->connectionCount(), 0);
}

void TestLocalSocketReply::urlEncodesQueryForTheEngine()
{
    m_server->setScript({FakeLocalServer::send(response(200, "OK", {}, "[]"))});
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filters"), QStringLiteral(R"({"label":["com.docker.compose.project=a b+c&d"]})"));
    query.addQueryItem(QStringLiteral("since"), QStringLiteral("2024-01-01T00:00:00+02:00"));
    const QUrl url = m_nam->url(QStringLiteral("/v1.41/containers/json"), query);
    QCOMPARE(url.host(), QStringLiteral("docker"));
    std::unique_ptr<QNetworkReply> reply(m_nam->get(QNetworkRequest(url)));
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QByteArray line = m_server->request().requestLine();
    QVERIFY2(line.startsWith("GET /v1.41/containers/json?filters="), line.constData());
    QVERIFY2(!line.contains('+'), line.constData());
    QVERIFY2(line.contains("%2B"), line.constData());
    // Decoded the way the engine (Go's url.ParseQuery) does: '&' separates, '+' is a space.
    const QByteArray target = line.split(' ').at(1);
    QMap<QString, QString> seen;
    for (const QByteArray &pair : target.mid(target.indexOf('?') + 1).split('&')) {
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = pair.left(eq), value = pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        seen.insert(QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value));
    }
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.value(QStringLiteral("filters")), QStringLiteral(R"({"label":["com.docker.compose.project=a b+c&d"]})"));
    QCOMPARE(seen.value(QStringLiteral("since")), QStringLiteral("2024-01-01T00:00:00+02:00"));

    QCOMPARE(EngineNetworkAccessManager::url(EngineEndpoint{EngineEndpoint::Kind::Tcp, QStringLiteral("127.0.0.1:2375")},
                                             QStringLiteral("/v1.41/_ping")),
             QUrl(QStringLiteral("http://127.0.0.1:2375/v1.41/_ping")));
}

void TestLocalSocketReply::tcpEndpointUsesQnamHttp()
{
    // A port that was just free: nothing listens, so QNAM's HTTP reports a refusal.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    m_nam->setEndpoint(EngineEndpoint{EngineEndpoint::Kind::Tcp, QStringLiteral("127.0.0.1:%1").arg(port)});
    std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/v1.41/_ping")));
    QVERIFY(!qobject_cast<LocalSocketReply *>(reply.get()));
    QCOMPARE(reply->url(), QUrl(QStringLiteral("http://127.0.0.1:%1/v1.41/_ping").arg(port)));
    QCOMPARE(reply->request().transferTimeout(), DefaultIdleTimeoutMs);
    Watch watch(reply.get());
    QVERIFY(waitFinished(reply.get(), watch));
    QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    QCOMPARE(m_server->connectionCount(), 0);
}

QTEST_MAIN(TestLocalSocketReply)
#include "tst_localsocketreply.moc"
