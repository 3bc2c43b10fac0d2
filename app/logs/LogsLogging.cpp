#include "logs/LogsLogging.h"

Q_LOGGING_CATEGORY(ddLogs, "dd.logs", QtWarningMsg)
