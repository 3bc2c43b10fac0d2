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
operations::OperationResult runToEnd(CliSession &session, operations::Operation *operation);
bool recoverInterrupted(CliSession &session);
// Starts an instance (CreateOperation in BringUp mode) and says where it runs.
int startInstance(CliSession &session, const instance::InstanceSpec &spec);

} // namespace dd::cli
