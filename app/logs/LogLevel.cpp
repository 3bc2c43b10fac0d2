// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/LogLevel.h"

#include "logs/LogsTr.h"

#include <QByteArrayView>

namespace dd::logs {

LogLevelMask levelsAtLeast(LogLevel minimum)
{
    LogLevelMask mask = 0;
    for (int level = int(minimum); level < LogLevelCount; ++level)
        mask |= levelBit(LogLevel(level));
    if (minimum <= LogLevel::Info)
        mask |= levelBit(LogLevel::Unknown);
    return mask & AllLogLevels;
}

LogLevel levelFromPino(qint64 value)
{
    if (value >= 60)
        return LogLevel::Fatal;
    if (value >= 50)
        return LogLevel::Error;
    if (value >= 40)
        return LogLevel::Warn;
    if (value >= 30)
        return LogLevel::Info;
    if (value >= 20)
        return LogLevel::Debug;
    if (value >= 10)
        return LogLevel::Trace;
    return LogLevel::Unknown;
}

LogLevel levelFromName(QByteArrayView name)
{
    // Compared without allocating: this runs for every pretty line.
    auto is = [name](const char *word) {
        const auto len = qsizetype(qstrlen(word));
        if (name.size() != len)
            return false;
        for (qsizetype i = 0; i < len; ++i) {
            char c = name[i];
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
            if (c != word[i])
                return false;
        }
        return true;
    };
    if (is("info"))
        return LogLevel::Info;
    if (is("warn") || is("warning"))
        return LogLevel::Warn;
    if (is("error") || is("err"))
        return LogLevel::Error;
    if (is("debug"))
        return LogLevel::Debug;
    if (is("trace"))
        return LogLevel::Trace;
    if (is("fatal") || is("critical"))
        return LogLevel::Fatal;
    return LogLevel::Unknown;
}

QString levelDisplayName(LogLevel level)
{
    switch (level) {
    case LogLevel::Trace:
        return Tr::tr("Trace");
    case LogLevel::Debug:
        return Tr::tr("Debug");
    case LogLevel::Info:
        return Tr::tr("Info");
    case LogLevel::Warn:
        return Tr::tr("Warning");
    case LogLevel::Error:
        return Tr::tr("Error");
    case LogLevel::Fatal:
        return Tr::tr("Fatal");
    case LogLevel::Unknown:
        break;
    }
    return Tr::tr("Other");
}

} // namespace dd::logs
