// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/JsonLinesDecoder.h"

#include "docker/DockerTr.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cstring>
#include <utility>

namespace dd::docker {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && isJsonSpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isJsonSpace(text.back()))
        text.chop(1);
    return text;
}

QJsonDocument parse(QByteArrayView text, QJsonParseError *error)
{
    // fromJson() only reads the bytes during the call; the document owns what it keeps.
    return QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), error);
}

} // namespace

JsonLinesDecoder::JsonLinesDecoder(ObjectSink objects, ErrorSink errors)
    : m_objects(std::move(objects))
    , m_errors(std::move(errors))
{
}

void JsonLinesDecoder::setObjectSink(ObjectSink objects)
{
    m_objects = std::move(objects);
}

void JsonLinesDecoder::setErrorSink(ErrorSink errors)
{
    m_errors = std::move(errors);
}

void JsonLinesDecoder::setMaxLineLength(qsizetype bytes)
{
    m_maxLineLength = std::max<qsizetype>(bytes, 1);
}

void JsonLinesDecoder::feed(QByteArrayView data)
{
    const char *p = data.data();
    const char *const end = p + data.size();
    while (p < end) {
        const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *const stop = nl ? nl : end;
        if (m_skipping) {
            // the rest of a line already reported as overlong
        } else if (m_partial.isEmpty() && nl) {
            if (stop - p > m_maxLineLength)
                reportOverlong(QByteArrayView(p, stop - p));
            else
                onLine(QByteArrayView(p, stop - p));
        } else {
            m_partial.append(p, stop - p);
            if (m_partial.size() > m_maxLineLength) {
                reportOverlong(m_partial);
                m_partial.clear();
                m_skipping = true;
            } else if (nl) {
                onLine(m_partial);
                m_partial.resize(0);
            }
        }
        if (!nl)
            break;
        m_skipping = false;
        p = nl + 1;
    }
}

void JsonLinesDecoder::finish()
{
    if (!m_partial.isEmpty())
        onLine(m_partial);
    m_partial.clear();
    m_skipping = false;
}

void JsonLinesDecoder::reset()
{
    m_partial.clear();
    m_skipping = false;
    m_objectCount = 0;
    m_errorCount = 0;
}

void JsonLinesDecoder::onLine(QByteArrayView line)
{
    QByteArrayView rest = trimmed(line);
    while (!rest.isEmpty()) {
        QJsonParseError error;
        QJsonDocument document = parse(rest, &error);
        qsizetype used = rest.size();
        if (error.error == QJsonParseError::GarbageAtEnd && error.offset > 0) {
            // Another value follows on the same line: take the first, then go on.
            used = error.offset;
            document = parse(rest.first(used), &error);
        }
        if (error.error != QJsonParseError::NoError) {
            reportError(rest, Tr::tr("Not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset));
            return;
        }
        if (!document.isObject()) {
            reportError(rest.first(used), Tr::tr("Not a JSON object."));
        } else {
            ++m_objectCount;
            if (m_objects)
                m_objects(document.object());
        }
        rest = trimmed(rest.sliced(used));
    }
}

void JsonLinesDecoder::reportOverlong(QByteArrayView start)
{
    // Never more than the cap: the report must not depend on how much had arrived.
    reportError(start.first(std::min({start.size(), m_maxLineLength, ReportedPrefixLength})),
                Tr::tr("A line longer than %1 bytes was skipped.").arg(m_maxLineLength));
}

void JsonLinesDecoder::reportError(QByteArrayView line, const QString &message)
{
    ++m_errorCount;
    if (m_errors)
        m_errors(line.toByteArray(), message);
}

} // namespace dd::docker
