// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/LogsLogging.h"

Q_LOGGING_CATEGORY(ddLogs, "dd.logs", QtWarningMsg)
