// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace dd::cli {

// backup, backups, restore and clone (issue 6, "Backups"). Each returns an exit code (ExitCodes.h).
//   backup NAME [--dir D]                       write and verify a backup; prints its folder and size
//   backups NAME [--dir D] [--json]             the instance's backups, newest first
//   restore NAME BACKUP_FOLDER --yes [--no-safety-backup]
//                                               replace the instance's data with a backup (RestoreOperation:
//                                               a safety backup first, journaled), then start it
//   clone NAME BACKUP_FOLDER NEW_NAME [--port P|auto]   a new instance from a backup of NAME
int runBackupCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runBackupsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runRestoreCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runCloneCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Dispatches the four commands above; -1 when `command` is none of them.
int runBackupCommands(const QString &command, const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace dd::cli
