// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace dd::cli {

// `directus-desktop status NAME [--json]`: one instance or adopted stack: its containers with
// state and health, URL, published ports, volumes and folders. Exit codes: 4 no such instance,
// 3 engine unreachable (the stored settings are still printed).
int runStatusCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace dd::cli
