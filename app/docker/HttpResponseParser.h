// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

namespace dd::docker {

// Frames one HTTP/1.1 response as it arrives in pieces cut anywhere: status line, headers
// (in order, names as sent), then the body de-chunked and handed on as it comes, never held
// back, because log and event bodies never end. No sockets here, so it can be fed recorded
// bytes and fuzzed.
//
// One response per parser: the transport sends "Connection: close", so bytes after the end
// of the message are ignored. Interim 1xx responses (100 Continue, 103) are skipped. A
// 101 response (a hijacked exec/attach connection) counts as final: whatever follows its
// headers is body until finishAtEof(), just like a 200 with neither Content-Length nor
// chunking, which the Engine also uses for raw and multiplexed exec streams.
//
// Handlers run inside feed()/finishAtEof() and must not destroy the parser.
class HttpResponseParser
{
public:
    using Header = QPair<QByteArray, QByteArray>;
    using Headers = QList<Header>;

    enum class Error {
        None,
        Malformed, // llhttp refused the bytes; errorString() carries its reason
        TooLarge,  // status line and headers beyond MaxHeaderBytes
        Truncated, // the input ended before the response did
    };

    struct Handlers
    {
        std::function<void()> headersComplete;       // status and headers() are known
        std::function<void(QByteArrayView)> body;    // never called with an empty view
        std::function<void()> messageComplete;       // the body is whole; nothing follows
    };

    // A peer that sends more header bytes than this is not a Docker engine.
    static constexpr qsizetype MaxHeaderBytes = 256 * 1024;

    explicit HttpResponseParser(Handlers handlers = {});
    ~HttpResponseParser();
    HttpResponseParser(const HttpResponseParser &) = delete;
    HttpResponseParser &operator=(const HttpResponseParser &) = delete;

    void setHandlers(Handlers handlers);
    // The request was HEAD: the response has no body whatever its headers announce.
    // Set before the headers arrive.
    void setExpectNoBody(bool noBody);

    // Input after an error, after the message completed or after finishAtEof() is ignored.
    void feed(QByteArrayView data);
    // The connection closed: completes a close-delimited body, and reports Truncated for
    // anything else left unfinished.
    void finishAtEof();

    bool headersComplete() const { return m_headersComplete; }
    bool isComplete() const { return m_complete; }
    // The body ends only when the connection does (no length, no chunking, or upgraded).
    bool needsEof() const;
    bool isUpgraded() const { return m_upgraded; }

    int statusCode() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    const Headers &headers() const { return m_headers; }
    // The first header of that name, compared case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // Trailer fields after a chunked body, kept apart so they cannot pose as headers.
    const Headers &trailers() const { return m_trailers; }
    // The announced body size, or -1 when the body is chunked, close-delimited or absent.
    qint64 contentLength() const { return m_contentLength; }
    qint64 bodyBytes() const { return m_bodyBytes; }

    Error error() const { return m_error; }
    bool hasError() const { return m_error != Error::None; }
    QString errorString() const { return m_errorString; }

private:
    struct Llhttp;
    friend struct Llhttp;

    void deliverBody(QByteArrayView data);
    void complete();
    void fail(Error error, const QString &reason);
    void handleExecuteResult(int err, QByteArrayView data);

    Handlers m_handlers;
    std::unique_ptr<Llhttp> m_llhttp;

    QByteArray m_reason;
    QByteArray m_field;
    QByteArray m_value;
    Headers m_headers;
    Headers m_trailers;
    qsizetype m_headerBytes = 0;

    int m_status = 0;
    qint64 m_contentLength = -1;
    qint64 m_bodyBytes = 0;
    bool m_expectNoBody = false;
    bool m_headersComplete = false;
    bool m_upgraded = false;
    bool m_complete = false;
    bool m_eof = false;
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace dd::docker
