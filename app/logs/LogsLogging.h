// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The log subsystem's category ("dd.logs"): spill-file trouble is reported here.
Q_DECLARE_LOGGING_CATEGORY(ddLogs)
