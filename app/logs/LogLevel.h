// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace dd::logs {

// Severity of one log line. Unknown is a level of its own (a line that carried none), so a
// filter can show or hide unparsed output independently of the Directus levels.
enum class LogLevel : quint8 {
    Unknown = 0,
    Trace,
    Debug,
    Info,
    Warn,
    Error,
    Fatal,
};

constexpr int LogLevelCount = 7;

// A set of levels as a bit mask (bit n = LogLevel n), the form the model filter takes.
using LogLevelMask = quint32;
constexpr LogLevelMask AllLogLevels = (1u << LogLevelCount) - 1;

constexpr LogLevelMask levelBit(LogLevel level)
{
    return 1u << quint32(level);
}

// Every level at or above `minimum`; Unknown lines are included as long as Info lines are,
// because unparsed output (stack traces, npm notices) is usually worth seeing.
LogLevelMask levelsAtLeast(LogLevel minimum);

// pino's numeric levels: 10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal. Custom
// levels in between round down to the nearest standard one; below 10 is Unknown.
LogLevel levelFromPino(qint64 value);

// "trace", "INFO", "warning", "err"... case-insensitive; Unknown when not a level name.
LogLevel levelFromName(QByteArrayView name);

// The translated, user-visible name ("Info", "Warning", ...).
QString levelDisplayName(LogLevel level);

} // namespace dd::logs
