// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace dd::cli::ExitCode {

// Exit codes of the headless command line, stable for scripts.
inline constexpr int Ok = 0;
inline constexpr int Failure = 1;         // the operation failed; the message says why
inline constexpr int Usage = 2;           // unknown subcommand or bad arguments
inline constexpr int EngineUnreachable = 3;
inline constexpr int NotFound = 4;           // no instance by that name
inline constexpr int Busy = 5;               // another program works on that instance (nothing changed)

} // namespace dd::cli::ExitCode
