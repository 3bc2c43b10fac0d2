// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/RegistryLogging.h"

Q_LOGGING_CATEGORY(ddRegistry, "dd.registry", QtWarningMsg)
