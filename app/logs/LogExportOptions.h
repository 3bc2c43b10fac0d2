// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/LogLevel.h"

namespace dd::logs {

struct LogExportOptions
{
    LogLevelMask levels = AllLogLevels; // the view's filter
    bool timestamps = true;             // prefix the engine time (RFC 3339, UTC, ns) as `docker logs -t` does
    bool serviceNames = true;           // prefix the service name when several sources are merged
    bool keepEscapes = false;           // keep terminal colour codes (off: a file is read in an editor)
};

} // namespace dd::logs
