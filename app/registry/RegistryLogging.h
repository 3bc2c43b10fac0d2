// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The registry subsystem's own category (kept out of core/Logging.h so this folder stands
// alone); enable with QT_LOGGING_RULES="dd.registry.debug=true".
Q_DECLARE_LOGGING_CATEGORY(ddRegistry)
