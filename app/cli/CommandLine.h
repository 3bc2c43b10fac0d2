// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace dd::cli {

// True when argv asks for the headless command line (a subcommand, --version, --help)
// rather than the desktop app. Decided before any QApplication exists, so the CLI runs
// without a display.
bool wantsCommandLine(int argc, char **argv);

// Runs the command line; returns the process exit code (see ExitCodes.h).
int run(int argc, char **argv);

} // namespace dd::cli
