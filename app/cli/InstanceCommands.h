// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace dd::cli {

// The commands that change instances: create, start, stop, restart, remove, recover (the admin
// login is CredentialsCommand.h). Each returns an exit code (ExitCodes.h).
// Before create/start/stop/restart/remove, work a crash interrupted is recovered first.
int runCreateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runStartCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runStopCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runRestartCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runRemoveCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runRecoverCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace dd::cli
