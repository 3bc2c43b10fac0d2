// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace dd::docker {

// Splits newline-separated JSON objects: the bodies of POST /images/create (each line ends in
// "\r\n"), GET /events and GET /containers/{id}/stats. Input may be cut anywhere. Blank lines
// are skipped; objects written back to back on one line ("{...}{...}") are each delivered. A
// line that is not a JSON object goes to the error sink with its text, never silently away.
class JsonLinesDecoder
{
public:
    // A stats object is a few KiB; anything near this is not a line we can use.
    static constexpr qsizetype DefaultMaxLineLength = 16 * 1024 * 1024;
    // How much of a bad line the error sink gets when the line is overlong.
    static constexpr qsizetype ReportedPrefixLength = 1024;

    using ObjectSink = std::function<void(const QJsonObject &object)>;
    using ErrorSink = std::function<void(const QByteArray &line, const QString &message)>;

    explicit JsonLinesDecoder(ObjectSink objects = {}, ErrorSink errors = {});

    void setObjectSink(ObjectSink objects);
    void setErrorSink(ErrorSink errors);
    // A longer line is reported (its first bytes, at most ReportedPrefixLength) and skipped up to its
    // newline, so a peer that never sends one cannot grow memory without bound.
    void setMaxLineLength(qsizetype bytes);
    qsizetype maxLineLength() const { return m_maxLineLength; }

    void feed(QByteArrayView data);
    // End of input: a last line without a newline is still decoded.
    void finish();
    void reset();

    qint64 objectCount() const { return m_objectCount; }
    qint64 errorCount() const { return m_errorCount; }

private:
    void onLine(QByteArrayView line);
    void reportOverlong(QByteArrayView start);
    void reportError(QByteArrayView line, const QString &message);

    ObjectSink m_objects;
    ErrorSink m_errors;
    qsizetype m_maxLineLength = DefaultMaxLineLength;
    QByteArray m_partial;
    bool m_skipping = false; // inside an overlong line already reported
    qint64 m_objectCount = 0;
    qint64 m_errorCount = 0;
};

} // namespace dd::docker
