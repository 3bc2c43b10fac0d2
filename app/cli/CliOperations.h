// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operations/CreateOperation.h"
#include "operations/OperationResult.h"

#include <QTextStream>

namespace dd::cli {

class CliSession;

// What every CLI command that runs an operation shares: the operation context of a session,
// running an operation to its end with one line per step, printing a failure, and recovering
// work a crash interrupted before anything else changes an instance.
operations::CreateOperation::Context contextOf(CliSession &session);
void printFailure(QTextStream &err, const operations::OperationResult &result);
// ExitCode::Busy when another program held the instance, else ExitCode::Failure.
int exitCodeOf(const operations::OperationResult &failure);
operations::OperationResult runToEnd(CliSession &session, operations::Operation *operation);
// ExitCode::Ok when nothing is left to recover; Busy when another program is recovering it.
// With `target` (an instance's name or id), only a failed recovery of that instance stops the
// command: one instance waiting for its backup disk does not block work on the others.
int recoverInterrupted(CliSession &session, const QString &target = {});
// Starts an instance (CreateOperation in BringUp mode) and says where it runs.
int startInstance(CliSession &session, const instance::InstanceSpec &spec);

} // namespace dd::cli
