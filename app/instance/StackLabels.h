// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dd::instance {

// The labels that tie containers, networks and volumes to a stack, in one place. The compose
// ones are Docker Compose's own names: the app writes them so that `docker compose -p NAME`
// sees its stacks, and reads them to find the stacks Compose made. The instance label is the
// app's and says which stored instance a container belongs to (StackPlan writes it).
inline const QString kInstanceLabel = QStringLiteral("org.directusdesktop.instance");
inline const QString kAppServiceLabel = QStringLiteral("org.directusdesktop.service");  // "database", "cache", "directus"
inline const QString kHelperLabel = QStringLiteral("org.directusdesktop.helper");  // one-shot containers (chown, restore)
inline const QString kProjectLabel = QStringLiteral("com.docker.compose.project");
inline const QString kServiceLabel = QStringLiteral("com.docker.compose.service");
inline const QString kOneOffLabel = QStringLiteral("com.docker.compose.oneoff");  // `compose run`, not part of the stack
inline const QString kDependsOnLabel = QStringLiteral("com.docker.compose.depends_on");  // Compose v2 writes it, 1.29 not
inline const QString kConfigHashLabel = QStringLiteral("com.docker.compose.config-hash");

} // namespace dd::instance
