// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace dd::cli {

// `directus-desktop engine [--json]`: which engine the app would use and why, whether it
// answers, its API version, and why every other candidate was not used. Exit code 0 when
// an engine answers, 3 when none does (so scripts can check before doing anything).
int runEngineCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace dd::cli
