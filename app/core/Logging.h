// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One logging category per subsystem; enable with QT_LOGGING_RULES="dd.docker.debug=true".
Q_DECLARE_LOGGING_CATEGORY(ddDocker)
Q_DECLARE_LOGGING_CATEGORY(ddSecrets)
Q_DECLARE_LOGGING_CATEGORY(ddOps)
Q_DECLARE_LOGGING_CATEGORY(ddUi)
