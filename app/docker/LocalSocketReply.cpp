// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/LocalSocketReply.h"

#include "core/Logging.h"
#include "docker/DockerTr.h"
#include "docker/TransportAttributes.h"

#include <cstring>

#ifndef DD_VERSION
#define DD_VERSION "0"
#endif

namespace dd::docker {

namespace {

// Enough queued in the socket to keep it busy, little enough that an upload is never
// held in memory.
constexpr qint64 UploadHighWater = 4 * LocalSocketReply::UploadChunkSize;
constexpr qint64 ReadChunkSize = 64 * 1024;

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
        if (!ok || c == '\0')
            return false;
    }
    return true;
}

// A value with CR or LF would let it write headers of its own.
bool isSafeHeaderValue(QByteArrayView s)
{
    for (char c : s) {
        if (c == '\r' || c == '\n' || c == '\0')
            return false;
    }
    return true;
}

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray verbFor(QNetworkAccessManager::Operation operation, const QNetworkRequest &request)
{
    switch (operation) {
    case QNetworkAccessManager::HeadOperation: return QByteArrayLiteral("HEAD");
    case QNetworkAccessManager::GetOperation: return QByteArrayLiteral("GET");
    case QNetworkAccessManager::PutOperation: return QByteArrayLiteral("PUT");
    case QNetworkAccessManager::PostOperation: return QByteArrayLiteral("POST");
    case QNetworkAccessManager::DeleteOperation: return QByteArrayLiteral("DELETE");
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation: break;
    }
    return {};
}

QString describe(const QNetworkRequest &request, const QByteArray &verb)
{
    return QString::fromLatin1(verb) + QLatin1Char(' ') + request.url().path();
}

} // namespace

LocalSocketReply::LocalSocketReply(const QString &serverName, QNetworkAccessManager::Operation operation,
                                   const QNetworkRequest &request, QIODevice *outgoingData, QObject *parent)
    : QNetworkReply(parent)
    , m_serverName(serverName)
    , m_upload(outgoingData)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);

    m_idleTimeoutMs = idleTimeoutMs(request);
    m_parser.setExpectNoBody(operation == QNetworkAccessManager::HeadOperation);
    // The parser only records; signals go out after it returns, so a slot that aborts
    // never runs inside llhttp.
    m_parser.setHandlers({
        [this] { m_metaDataPending = true; },
        [this](QByteArrayView data) { appendBody(data); },
        {},
    });

    m_connectTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &LocalSocketReply::onConnectTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &LocalSocketReply::onIdleTimeout);

    // QNAM hands the reply to the caller before anything may happen: even a missing
    // socket must be reported after the caller had a chance to connect.
    QMetaObject::invokeMethod(this, &LocalSocketReply::start, Qt::QueuedConnection);
}

LocalSocketReply::~LocalSocketReply()
{
    releaseSocket();
}

QNetworkReply::NetworkError LocalSocketReply::errorForHttpStatus(int status)
{
    switch (status) {
    case 400: return ProtocolInvalidOperationError;
    case 401: return AuthenticationRequiredError;
    case 403: return ContentAccessDenied;
    case 404: return ContentNotFoundError;
    case 405: return ContentOperationNotPermittedError;
    case 407: return ProxyAuthenticationRequiredError;
    case 409: return ContentConflictError;
    case 410: return ContentGoneError;
    case 418: return ProtocolInvalidOperationError;
    case 500: return InternalServerError;
    case 501: return OperationNotImplementedError;
    case 503: return ServiceUnavailableError;
    default: break;
    }
    if (status >= 500)
        return UnknownServerError;
    if (status >= 400)
        return UnknownContentError;
    return NoError;
}

void LocalSocketReply::start()
{
    if (m_done)
        return;

    const QNetworkRequest req = request();
    const QByteArray verb = verbFor(operation(), req);
    if (!isToken(verb)) {
        complete(ProtocolInvalidOperationError, Tr::tr("Invalid HTTP method \"%1\".").arg(QString::fromLatin1(verb)));
        return;
    }

    const QUrl u = url();
    QByteArray target = u.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = QByteArrayLiteral("/");
    if (u.hasQuery())
        target += '?' + u.query(QUrl::FullyEncoded).toLatin1();

    QByteArray head = verb + ' ' + target + " HTTP/1.1\r\n"
        "Host: docker\r\n"
        "Connection: close\r\n";
    bool hasUserAgent = false;
    for (const QByteArray &name : req.rawHeaderList()) {
        // Framing and the connection are ours: the body is sent as decided below.
        if (sameName(name, "Host") || sameName(name, "Connection") || sameName(name, "Content-Length")
            || sameName(name, "Transfer-Encoding"))
            continue;
        const QByteArray value = req.rawHeader(name);
        if (!isToken(name) || !isSafeHeaderValue(value)) {
            complete(ProtocolInvalidOperationError,
                     Tr::tr("The request header \"%1\" contains characters HTTP does not allow.")
                         .arg(QString::fromLatin1(name)));
            return;
        }
        hasUserAgent = hasUserAgent || sameName(name, "User-Agent");
        head += name + ": " + value + "\r\n";
    }
    if (!hasUserAgent)
        head += "User-Agent: DirectusDesktop/" DD_VERSION "\r\n";

    if (m_upload) {
        const QVariant declared = req.header(QNetworkRequest::ContentLengthHeader);
        if (declared.isValid())
            m_uploadLength = qMax<qint64>(0, declared.toLongLong());
        else if (!m_upload->isSequential())
            m_uploadLength = qMax<qint64>(0, m_upload->size() - m_upload->pos());
        else
            m_uploadLength = -1;
        head += m_uploadLength >= 0 ? "Content-Length: " + QByteArray::number(m_uploadLength) + "\r\n"
                                    : QByteArrayLiteral("Transfer-Encoding: chunked\r\n");
        m_uploading = true;
        connect(m_upload.data(), &QIODevice::readyRead, this, &LocalSocketReply::pumpUpload);
        connect(m_upload.data(), &QIODevice::readChannelFinished, this, [this] {
            m_uploadSourceFinished = true;
            pumpUpload();
        });
    } else if (operation() == QNetworkAccessManager::PostOperation
               || operation() == QNetworkAccessManager::PutOperation) {
        head += "Content-Length: 0\r\n";
    }
    head += "\r\n";

    m_socket = new QLocalSocket(this);
    if (readBufferSize() > 0)
        m_socket->setReadBufferSize(readBufferSize());
    connect(m_socket, &QLocalSocket::connected, this, [this, head] {
        onConnected();
        if (!m_done && m_socket) {
            m_socket->write(head);
            pumpUpload();
        }
    });
    connect(m_socket, &QLocalSocket::readyRead, this, [this] { readFromSocket(false); });
    connect(m_socket, &QLocalSocket::bytesWritten, this, [this] {
        restartIdleTimer();
        pumpUpload();
    });
    connect(m_socket, &QLocalSocket::disconnected, this, &LocalSocketReply::handleEof);
    connect(m_socket, &QLocalSocket::errorOccurred, this, &LocalSocketReply::onSocketError);

    const int connectTimeout = connectTimeoutMs(req);
    if (connectTimeout > 0)
        m_connectTimer.start(connectTimeout);
    qCDebug(ddDocker) << "request" << describe(req, verb) << "via" << m_serverName;
    m_socket->connectToServer(m_serverName, QIODevice::ReadWrite);
}

void LocalSocketReply::onConnected()
{
    if (m_done)
        return;
    m_connected = true;
    m_connectTimer.stop();
    restartIdleTimer();
}

void LocalSocketReply::onSocketError(QLocalSocket::LocalSocketError socketError)
{
    if (m_done)
        return;
    if (m_connected) {
        // Whatever broke the connection, the response may be whole already (the engine
        // answers an upload it refuses, then closes while we still write).
        handleEof();
        return;
    }
    const QString detail = m_socket ? m_socket->errorString() : QString();
    switch (socketError) {
    case QLocalSocket::ServerNotFoundError:
        complete(HostNotFoundError, Tr::tr("There is no engine socket at %1.").arg(m_serverName), socketError);
        return;
    case QLocalSocket::ConnectionRefusedError:
        complete(ConnectionRefusedError,
                 Tr::tr("Nothing accepts connections on %1: the engine is not running.").arg(m_serverName),
                 socketError);
        return;
    case QLocalSocket::SocketAccessError:
        complete(ContentAccessDenied,
                 Tr::tr("Permission denied opening %1: this user may not use the engine.").arg(m_serverName),
                 socketError);
        return;
    case QLocalSocket::SocketTimeoutError:
        complete(TimeoutError, Tr::tr("Timed out connecting to %1.").arg(m_serverName), socketError);
        return;
    default:
        complete(UnknownNetworkError, Tr::tr("Could not connect to %1: %2").arg(m_serverName, detail), socketError);
        return;
    }
}

void LocalSocketReply::onConnectTimeout()
{
    if (m_done || m_connected)
        return;
    complete(TimeoutError,
             Tr::tr("The engine at %1 did not accept the connection within %2 s.")
                 .arg(m_serverName)
                 .arg(m_connectTimer.interval() / 1000.0),
             QLocalSocket::SocketTimeoutError);
}

void LocalSocketReply::onIdleTimeout()
{
    if (m_done)
        return;
    complete(TimeoutError, Tr::tr("The engine sent nothing for %1 s.").arg(m_idleTimeoutMs / 1000.0));
}

void LocalSocketReply::restartIdleTimer()
{
    if (m_idleTimeoutMs > 0 && m_connected && !m_done)
        m_idleTimer.start(m_idleTimeoutMs);
}

void LocalSocketReply::readFromSocket(bool ignoreReadBufferSize)
{
    m_readScheduled = false;
    if (m_done || !m_socket)
        return;
    bool received = false;
    const qint64 limit = ignoreReadBufferSize ? 0 : readBufferSize();
    while (m_socket->bytesAvailable() > 0 && !m_parser.isComplete() && !m_parser.hasError()) {
        qint64 room = ReadChunkSize;
        if (limit > 0)
            room = qMin(room, limit - m_buffered);
        if (room <= 0)
            break;
        const QByteArray data = m_socket->read(room);
        if (data.isEmpty())
            break;
        received = true;
        m_parser.feed(data);
    }
    // Bytes held back by a full read buffer are our delay, not the engine's silence.
    if (limit > 0 && m_buffered >= limit && m_socket->bytesAvailable() > 0)
        m_idleTimer.stop();
    else if (received)
        restartIdleTimer();
    deliverPending();
}

void LocalSocketReply::handleEof()
{
    if (m_done)
        return;
    readFromSocket(true);
    if (m_done)
        return;
    m_parser.finishAtEof();
    deliverPending();
}

void LocalSocketReply::appendBody(QByteArrayView data)
{
    m_chunks.push_back(data.toByteArray());
    m_buffered += data.size();
    m_unannounced += data.size();
}

void LocalSocketReply::deliverPending()
{
    if (m_done)
        return;
    QPointer<LocalSocketReply> guard(this);
    if (m_metaDataPending) {
        m_metaDataPending = false;
        applyResponseHeaders();
        Q_EMIT metaDataChanged();
        if (!guard || m_done)
            return;
    }
    if (m_unannounced > 0) {
        m_unannounced = 0;
        Q_EMIT readyRead();
        if (!guard || m_done)
            return;
        Q_EMIT downloadProgress(m_parser.bodyBytes(), m_parser.contentLength());
        if (!guard || m_done)
            return;
    }
    if (m_parser.hasError()) {
        if (m_parser.error() == HttpResponseParser::Error::Truncated)
            complete(RemoteHostClosedError,
                     Tr::tr("The engine closed the connection before the response was complete. %1")
                         .arg(m_parser.errorString()));
        else
            complete(ProtocolFailure, m_parser.errorString());
        return;
    }
    if (m_parser.isComplete()) {
        const int status = m_parser.statusCode();
        const NetworkError code = errorForHttpStatus(status);
        if (code == NoError) {
            complete(NoError, {});
        } else {
            // The wording QNAM's HTTP backend uses, so errorString() reads the same on TCP.
            complete(code, Tr::tr("Error transferring %1 - server replied: %2")
                               .arg(url().toString(), QString::fromLatin1(m_parser.reasonPhrase())));
        }
    }
}

void LocalSocketReply::applyResponseHeaders()
{
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_parser.statusCode());
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, m_parser.reasonPhrase());
    // Repeated fields are joined as QNAM joins them.
    for (const HttpResponseParser::Header &h : m_parser.headers()) {
        if (h.first.isEmpty())
            continue; // llhttp lets ": value" through on responses
        if (hasRawHeader(h.first))
            setRawHeader(h.first, rawHeader(h.first) + ", " + h.second);
        else
            setRawHeader(h.first, h.second);
    }
}

void LocalSocketReply::scheduleRead()
{
    if (m_readScheduled || m_done || !m_socket || m_socket->bytesAvailable() == 0)
        return;
    m_readScheduled = true;
    QMetaObject::invokeMethod(this, [this] { readFromSocket(false); }, Qt::QueuedConnection);
}

qint64 LocalSocketReply::bytesAvailable() const
{
    return m_buffered + QNetworkReply::bytesAvailable();
}

void LocalSocketReply::setReadBufferSize(qint64 size)
{
    QNetworkReply::setReadBufferSize(size);
    if (m_socket)
        m_socket->setReadBufferSize(size);
    scheduleRead();
}

qint64 LocalSocketReply::readData(char *data, qint64 maxSize)
{
    qint64 copied = 0;
    while (copied < maxSize && !m_chunks.empty()) {
        const QByteArray &front = m_chunks.front();
        const qint64 n = qMin(maxSize - copied, qint64(front.size() - m_frontOffset));
        std::memcpy(data + copied, front.constData() + m_frontOffset, size_t(n));
        copied += n;
        m_frontOffset += qsizetype(n);
        if (m_frontOffset == front.size()) {
            m_chunks.pop_front();
            m_frontOffset = 0;
        }
    }
    m_buffered -= copied;
    if (copied > 0 && readBufferSize() > 0)
        scheduleRead();
    if (copied == 0 && isFinished())
        return -1;
    return copied;
}

void LocalSocketReply::pumpUpload()
{
    if (m_done || !m_socket || !m_connected || !m_uploading)
        return;
    if (!m_upload) {
        complete(UnknownNetworkError, Tr::tr("The data to upload was deleted before it was sent."));
        return;
    }
    const qint64 before = m_uploaded;
    while (m_socket->bytesToWrite() < UploadHighWater) {
        qint64 want = UploadChunkSize;
        if (m_uploadLength >= 0) {
            want = qMin(want, m_uploadLength - m_uploaded);
            if (want == 0) {
                endUpload();
                return;
            }
        }
        m_uploadBuffer.resize(qsizetype(want));
        const qint64 n = m_upload->read(m_uploadBuffer.data(), want);
        if (n > 0) {
            if (!writeUploadPiece(m_uploadBuffer.constData(), n))
                return;
            continue;
        }
        const bool atEnd = n < 0 || (!m_upload->isSequential() && m_upload->atEnd())
            || (m_uploadSourceFinished && m_upload->bytesAvailable() == 0);
        if (!atEnd)
            break; // the source has nothing yet; its readyRead resumes us
        if (m_uploadLength >= 0 && m_uploaded < m_uploadLength) {
            complete(ProtocolFailure, Tr::tr("The upload ended after %1 of the %2 bytes announced.")
                                          .arg(m_uploaded)
                                          .arg(m_uploadLength));
            return;
        }
        endUpload();
        return;
    }
    if (m_uploaded != before)
        Q_EMIT uploadProgress(m_uploaded, m_uploadLength);
}

bool LocalSocketReply::writeUploadPiece(const char *data, qint64 size)
{
    if (m_uploadLength < 0)
        m_socket->write(QByteArray::number(size, 16) + "\r\n");
    m_socket->write(data, size);
    if (m_uploadLength < 0)
        m_socket->write("\r\n", 2);
    m_uploaded += size;
    // A write on a broken connection may have ended the reply.
    return !m_done && m_socket;
}

void LocalSocketReply::endUpload()
{
    if (m_uploadLength < 0)
        m_socket->write("0\r\n\r\n", 5);
    m_uploading = false;
    if (m_upload)
        disconnect(m_upload.data(), nullptr, this, nullptr);
    Q_EMIT uploadProgress(m_uploaded, m_uploaded);
}

void LocalSocketReply::abort()
{
    if (m_done)
        return;
    m_chunks.clear();
    m_frontOffset = 0;
    m_buffered = 0;
    QNetworkReply::close();
    complete(OperationCanceledError, Tr::tr("Operation canceled"));
}

void LocalSocketReply::close()
{
    if (m_done)
        QNetworkReply::close();
    else
        abort();
}

void LocalSocketReply::complete(NetworkError code, const QString &message,
                                std::optional<QLocalSocket::LocalSocketError> socketError)
{
    if (m_done)
        return;
    m_done = true;
    m_connectTimer.stop();
    m_idleTimer.stop();
    releaseSocket();
    if (m_upload)
        disconnect(m_upload.data(), nullptr, this, nullptr);

    if (socketError)
        setAttribute(LocalSocketErrorAttribute, int(*socketError));
    if (code != NoError)
        setError(code, message);
    setFinished(true);
    if (code != NoError)
        qCDebug(ddDocker) << "request" << url().path() << "failed:" << code << message;
    else
        qCDebug(ddDocker) << "request" << url().path() << "finished with" << m_parser.statusCode();

    QPointer<LocalSocketReply> guard(this);
    if (code != NoError) {
        Q_EMIT errorOccurred(code);
        if (!guard)
            return;
    }
    Q_EMIT readChannelFinished();
    if (!guard)
        return;
    Q_EMIT finished();
}

void LocalSocketReply::releaseSocket()
{
    if (!m_socket)
        return;
    QLocalSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    // abort() rather than disconnectFromServer(): nothing queued may still go out, and the
    // engine must see the connection end now.
    socket->abort();
    socket->deleteLater();
}

} // namespace dd::docker
