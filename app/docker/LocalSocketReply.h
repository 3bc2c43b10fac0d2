// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/HttpResponseParser.h"

#include <QByteArray>
#include <QLocalSocket>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <optional>

namespace dd::docker {

// One HTTP/1.1 request to the engine over a unix socket or a Windows named pipe, as a
// QNetworkReply, because QNAM in Qt 6.4 has no local-socket transport. Each reply owns its
// socket and sends "Connection: close", so the response ends at the latest when the socket
// does, and endless streams (logs, events) never block other calls.
//
// Everything is asynchronous: nothing starts before the event loop runs, so signals can be
// connected after construction, exactly as with QNAM's own replies.
//
// Request: "Host: docker", "User-Agent: DirectusDesktop/<version>" unless the request sets
// one, the request's raw headers, then the body read from outgoingData. A device with a
// known size (not sequential, or a ContentLengthHeader on the request) is sent with
// Content-Length, anything else chunked; either way it is read UploadChunkSize at a time as
// the socket drains, so a tar stream of any size never sits in memory.
//
// Response: HttpStatusCodeAttribute, HttpReasonPhraseAttribute and the raw headers are set,
// and metaDataChanged() emitted, once the headers are whole. Body bytes are readable, and
// readyRead() emitted, as they arrive. finished() follows the end of the message (or the
// close of the connection for bodies without a length, such as exec streams).
//
// Errors (error(), errorString(), errorOccurred() just before finished()):
//   HTTP status >= 400   mapped as QNAM's HTTP backend does (see errorForHttpStatus); the
//                        body stays readable, it carries the engine's {"message": "..."}.
//   no such socket       HostNotFoundError
//   nobody listening     ConnectionRefusedError
//   permission denied    ContentAccessDenied without an HttpStatusCodeAttribute; use
//                        isSocketPermissionDenied() from TransportAttributes.h
//   connect timeout      TimeoutError (ConnectTimeoutAttribute)
//   silence timeout      TimeoutError (IdleTimeoutAttribute); no LocalSocketErrorAttribute
//   closed mid-response  RemoteHostClosedError
//   malformed response   ProtocolFailure
//   invalid request      ProtocolInvalidOperationError (a header with CR/LF, a bad verb)
//   abort()              OperationCanceledError
// Failures of the socket before a response also set LocalSocketErrorAttribute to the
// QLocalSocket::LocalSocketError behind them.
class LocalSocketReply : public QNetworkReply
{
    Q_OBJECT

public:
    static constexpr qint64 UploadChunkSize = 64 * 1024;

    // serverName: a socket path, or a pipe name (\\.\pipe\docker_engine) on Windows.
    LocalSocketReply(const QString &serverName, QNetworkAccessManager::Operation operation,
                     const QNetworkRequest &request, QIODevice *outgoingData = nullptr,
                     QObject *parent = nullptr);
    ~LocalSocketReply() override;

    // Closes the connection at once, which also cancels the work on the engine side (a
    // pull stops when its connection closes); emits errorOccurred and finished() once.
    void abort() override;
    // As QNAM's HTTP replies do: stops the download and ends the reply like abort(), so
    // an endless stream nobody reads is not buffered forever.
    void close() override;
    qint64 bytesAvailable() const override;
    void setReadBufferSize(qint64 size) override;

    QString serverName() const { return m_serverName; }

    // The error QNAM's HTTP backend reports for an HTTP status; NoError below 400.
    static NetworkError errorForHttpStatus(int status);

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void start();
    void onConnected();
    void onSocketError(QLocalSocket::LocalSocketError socketError);
    void onConnectTimeout();
    void onIdleTimeout();

    void readFromSocket(bool ignoreReadBufferSize);
    void handleEof();
    void deliverPending();
    void applyResponseHeaders();
    void appendBody(QByteArrayView data);
    void restartIdleTimer();
    void scheduleRead();

    void pumpUpload();
    bool writeUploadPiece(const char *data, qint64 size);
    void endUpload();

    void complete(NetworkError code, const QString &message,
                  std::optional<QLocalSocket::LocalSocketError> socketError = std::nullopt);
    void releaseSocket();

    QString m_serverName;
    QLocalSocket *m_socket = nullptr;
    QPointer<QIODevice> m_upload;
    HttpResponseParser m_parser;
    QTimer m_connectTimer;
    QTimer m_idleTimer;
    int m_idleTimeoutMs = 0;

    // Body bytes not read yet, in the pieces they arrived in.
    std::deque<QByteArray> m_chunks;
    qsizetype m_frontOffset = 0;
    qint64 m_buffered = 0;
    qint64 m_unannounced = 0; // bytes appended since the last readyRead

    qint64 m_uploadLength = -1; // -1: chunked
    qint64 m_uploaded = 0;
    QByteArray m_uploadBuffer;
    bool m_uploading = false;
    bool m_uploadSourceFinished = false;

    bool m_connected = false;
    bool m_metaDataPending = false;
    bool m_readScheduled = false;
    bool m_done = false;
};

} // namespace dd::docker
