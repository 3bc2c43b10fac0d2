// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/HttpResponseParser.h"

#include "docker/DockerTr.h"

#include <llhttp.h>

#include <limits>

namespace dd::docker {

namespace {

// Per header, the ": " and "\r\n" that llhttp does not hand over still cost the peer bytes.
constexpr qsizetype HeaderOverhead = 4;

bool isInterim(int status)
{
    return status >= 100 && status < 200 && status != 101;
}

} // namespace

struct HttpResponseParser::Llhttp
{
    llhttp_t parser{};
    llhttp_settings_t settings{};
    bool messageDone = false; // on_message_complete seen for the final response

    static HttpResponseParser *self(llhttp_t *p) { return static_cast<HttpResponseParser *>(p->data); }

    // Counted as they arrive rather than once whole, so a flood is stopped early.
    static int account(llhttp_t *p, size_t length)
    {
        HttpResponseParser *s = self(p);
        s->m_headerBytes += qsizetype(length);
        if (s->m_headerBytes > MaxHeaderBytes) {
            llhttp_set_error_reason(p, "response headers are too large");
            return HPE_USER;
        }
        return 0;
    }

    static int onMessageBegin(llhttp_t *p)
    {
        // A final response follows an interim one: start over.
        HttpResponseParser *s = self(p);
        s->m_reason.clear();
        s->m_field.clear();
        s->m_value.clear();
        s->m_headers.clear();
        s->m_trailers.clear();
        s->m_headerBytes = 0;
        return 0;
    }

    static int onStatus(llhttp_t *p, const char *at, size_t length)
    {
        self(p)->m_reason.append(at, qsizetype(length));
        return account(p, length);
    }

    static int onHeaderField(llhttp_t *p, const char *at, size_t length)
    {
        self(p)->m_field.append(at, qsizetype(length));
        return account(p, length);
    }

    static int onHeaderValue(llhttp_t *p, const char *at, size_t length)
    {
        self(p)->m_value.append(at, qsizetype(length));
        return account(p, length);
    }

    static int onHeaderValueComplete(llhttp_t *p)
    {
        HttpResponseParser *s = self(p);
        Headers &target = s->m_headersComplete ? s->m_trailers : s->m_headers;
        target.append({s->m_field, s->m_value.trimmed()});
        s->m_field.clear();
        s->m_value.clear();
        return account(p, HeaderOverhead);
    }

    static int onHeadersComplete(llhttp_t *p)
    {
        HttpResponseParser *s = self(p);
        const int status = llhttp_get_status_code(p);
        // An interim response never has a body, whatever its headers say (llhttp 8.1
        // would read one), and its headers are not the response's.
        if (isInterim(status))
            return 1;

        s->m_status = status;
        s->m_headersComplete = true;
        const bool noBody = s->m_expectNoBody || status == 204 || status == 304 || status == 101;
        if (!noBody && (p->flags & F_CONTENT_LENGTH) && !(p->flags & F_CHUNKED))
            s->m_contentLength = qint64(qMin<quint64>(p->content_length, quint64(std::numeric_limits<qint64>::max())));
        if (s->m_handlers.headersComplete)
            s->m_handlers.headersComplete();
        // 1 tells llhttp the response has no body. llhttp 8.1 would read a body announced
        // by Content-Length on a 204 or 304, which RFC 9112 says never has one.
        return noBody && status != 101 ? 1 : 0;
    }

    static int onBody(llhttp_t *p, const char *at, size_t length)
    {
        self(p)->deliverBody(QByteArrayView(at, qsizetype(length)));
        return 0;
    }

    static int onMessageComplete(llhttp_t *p)
    {
        HttpResponseParser *s = self(p);
        const int status = llhttp_get_status_code(p);
        if (isInterim(status))
            return 0;
        // Pausing stops llhttp right after this message, so the caller learns where it
        // ended: what follows is either a hijacked stream (101) or ignored.
        if (status == 101)
            s->m_upgraded = true;
        else
            s->m_llhttp->messageDone = true;
        return HPE_PAUSED;
    }
};

HttpResponseParser::HttpResponseParser(Handlers handlers)
    : m_handlers(std::move(handlers))
    , m_llhttp(std::make_unique<Llhttp>())
{
    llhttp_settings_t &s = m_llhttp->settings;
    llhttp_settings_init(&s);
    s.on_message_begin = &Llhttp::onMessageBegin;
    s.on_status = &Llhttp::onStatus;
    s.on_header_field = &Llhttp::onHeaderField;
    s.on_header_value = &Llhttp::onHeaderValue;
    s.on_header_value_complete = &Llhttp::onHeaderValueComplete;
    s.on_headers_complete = &Llhttp::onHeadersComplete;
    s.on_body = &Llhttp::onBody;
    s.on_message_complete = &Llhttp::onMessageComplete;
    llhttp_init(&m_llhttp->parser, HTTP_RESPONSE, &s);
    m_llhttp->parser.data = this;
}

HttpResponseParser::~HttpResponseParser() = default;

void HttpResponseParser::setHandlers(Handlers handlers)
{
    m_handlers = std::move(handlers);
}

void HttpResponseParser::setExpectNoBody(bool noBody)
{
    m_expectNoBody = noBody;
}

bool HttpResponseParser::needsEof() const
{
    if (m_upgraded)
        return !m_complete;
    return m_headersComplete && !m_complete && !hasError() && !m_expectNoBody
        && llhttp_message_needs_eof(&m_llhttp->parser);
}

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (const Header &h : m_headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpResponseParser::hasHeader(QByteArrayView name) const
{
    for (const Header &h : m_headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void HttpResponseParser::feed(QByteArrayView data)
{
    if (m_error != Error::None || m_complete || m_eof || data.isEmpty())
        return;
    if (m_upgraded) {
        deliverBody(data);
        return;
    }
    const llhttp_errno_t err = llhttp_execute(&m_llhttp->parser, data.data(), size_t(data.size()));
    handleExecuteResult(err, data);
}

void HttpResponseParser::handleExecuteResult(int err, QByteArrayView data)
{
    switch (err) {
    case HPE_OK:
        return;
    case HPE_PAUSED:
    case HPE_PAUSED_UPGRADE:
        if (m_upgraded) {
            const char *pos = llhttp_get_error_pos(&m_llhttp->parser);
            const qsizetype offset = pos ? qsizetype(pos - data.data()) : data.size();
            if (offset >= 0 && offset < data.size())
                deliverBody(data.sliced(offset));
        } else if (m_llhttp->messageDone) {
            complete();
        }
        return;
    case HPE_USER:
        fail(Error::TooLarge, Tr::tr("The response headers are larger than %1 KiB.").arg(MaxHeaderBytes / 1024));
        return;
    default: {
        const char *reason = llhttp_get_error_reason(&m_llhttp->parser);
        fail(Error::Malformed,
             Tr::tr("Malformed HTTP response (%1: %2).")
                 .arg(QLatin1String(llhttp_errno_name(llhttp_errno_t(err))),
                      reason ? QString::fromLatin1(reason) : QString()));
        return;
    }
    }
}

void HttpResponseParser::finishAtEof()
{
    if (m_error != Error::None || m_complete || m_eof)
        return;
    m_eof = true;
    if (m_upgraded) {
        complete();
        return;
    }
    if (!m_headersComplete) {
        fail(Error::Truncated, Tr::tr("The connection closed before a complete response header arrived."));
        return;
    }
    llhttp_finish(&m_llhttp->parser);
    if (m_llhttp->messageDone)
        complete();
    else
        fail(Error::Truncated, Tr::tr("The connection closed before the response body was complete."));
}

void HttpResponseParser::deliverBody(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    m_bodyBytes += data.size();
    if (m_handlers.body)
        m_handlers.body(data);
}

void HttpResponseParser::complete()
{
    m_complete = true;
    if (m_handlers.messageComplete)
        m_handlers.messageComplete();
}

void HttpResponseParser::fail(Error error, const QString &reason)
{
    m_error = error;
    m_errorString = reason;
}

} // namespace dd::docker
