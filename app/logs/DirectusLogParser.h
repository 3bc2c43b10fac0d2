// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/LogLine.h"
#include "logs/LogLevel.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace dd::logs {

// How a line was written: pino JSON (LOG_STYLE=raw), pino-pretty (LOG_STYLE=pretty, the
// default of the Directus image), or anything else (npm, node's own stack traces, the entrypoint).
enum class LogStyle : quint8 {
    Plain,
    Json,
    Pretty,
};

struct LogField
{
    QString key;   // "req.method": objects are flattened one level
    QString value; // strings unescaped; numbers, literals and deeper values as their JSON text

    friend bool operator==(const LogField &, const LogField &) = default;
};

// What the store keeps per line: found without allocating.
struct LogLineClass
{
    LogStyle style = LogStyle::Plain;
    LogLevel level = LogLevel::Unknown;
};

// Everything the view shows for one line; made only for the rows on screen.
struct ParsedLogLine
{
    LogStyle style = LogStyle::Plain;
    LogLevel level = LogLevel::Unknown;
    qint64 timeMs = 0;       // ms since the epoch (UTC) when the line carried a full time; 0 otherwise
    qint64 timeOfDayMs = -1; // ms since midnight when it carried only a time of day ("[12:00:00.123]")
    QString message;         // without time, level and escape sequences
    QList<LogField> fields;  // JSON lines: every top-level key but level, time, msg
};

// Parses one Directus log line. No regular expressions: a hand scanner that reads the line
// once, so classify() can run for every appended line.
//
// Level rule for lines that are neither JSON nor pretty: stdout gives Unknown, stderr (and the
// daemon's own errors) gives Warn, because Node writes uncaught errors, deprecation notices and
// npm warnings there while Directus' own logger writes to stdout. classify() and parse() always
// agree on style and level.
class DirectusLogParser
{
public:
    static LogLineClass classify(QByteArrayView line, docker::StreamKind stream);
    static ParsedLogLine parse(QByteArrayView line, docker::StreamKind stream);

    // The level a plain line gets from its stream (the rule above).
    static LogLevel plainLevel(docker::StreamKind stream);
};

} // namespace dd::logs
