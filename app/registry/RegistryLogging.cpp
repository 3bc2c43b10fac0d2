#include "registry/RegistryLogging.h"

Q_LOGGING_CATEGORY(ddRegistry, "dd.registry", QtWarningMsg)
