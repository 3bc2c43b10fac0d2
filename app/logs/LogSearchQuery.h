// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/LogLevel.h"

#include <QString>

namespace dd::logs {

// What to look for. Lines are matched on their text without terminal escape sequences (the
// raw line otherwise: a JSON line matches on its message and its fields alike). An empty
// text matches nothing.
struct LogSearchQuery
{
    QString text;
    bool caseSensitive = false;
    bool regularExpression = false;      // QRegularExpression syntax
    LogLevelMask levels = AllLogLevels;  // only rows the view shows
};

} // namespace dd::logs
