// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Logging.h"

Q_LOGGING_CATEGORY(ddDocker, "dd.docker", QtWarningMsg)
Q_LOGGING_CATEGORY(ddSecrets, "dd.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(ddOps, "dd.ops", QtWarningMsg)
Q_LOGGING_CATEGORY(ddUi, "dd.ui", QtWarningMsg)
