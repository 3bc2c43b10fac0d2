// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace dd::cli {

// `upgrade NAME --to TAG [--backup-dir DIR]`: the one-click upgrade of the app, from a terminal
// (operations::UpgradeOperation). Prints the version rules' changes first, then each step;
// on failure, what failed, the log lines that show it and how the rollback went.
int runUpgradeCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace dd::cli
