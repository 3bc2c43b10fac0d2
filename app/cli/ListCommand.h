// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace dd::cli {

// `directus-desktop list [--json]`: the stored instances merged with the stacks on the engine
// (adopted ones included, marked as such). Exit code 3 when the engine is unreachable: the
// stored instances are still listed, with the state "unknown (engine unreachable)".
int runListCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace dd::cli
