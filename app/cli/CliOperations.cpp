// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliOperations.h"

#include "cli/CliText.h"

#include "cli/CliSession.h"
#include "cli/ExitCodes.h"
#include "core/AppPaths.h"
#include "operations/Recovery.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace dd::cli {

using operations::CreateOperation;
using operations::Operation;
using operations::OperationResult;

CreateOperation::Context contextOf(CliSession &session)
{
    return {&session.engine(), &session.secrets(), AppPaths::instancesDir(), AppPaths::journalDir()};
}

void printFailure(QTextStream &err, const OperationResult &result)
{
    if (result.busy) {
        err << result.sentence << Qt::endl;  // refused before its first step: no step to name
        return;
    }
    err << CliText::tr("Failed at step \"%1\": %2").arg(result.failedStep, result.sentence) << Qt::endl;
    if (!result.logTail.isEmpty()) {
        err << CliText::tr("Last log lines:") << Qt::endl;
        for (const QString &line : result.logTail)
            err << "  " << line << Qt::endl;
    }
    for (const QString &note : result.notes)
        err << note << Qt::endl;
}

int exitCodeOf(const OperationResult &failure)
{
    return failure.busy ? ExitCode::Busy : ExitCode::Failure;
}

// Runs an operation to its end, printing each step as it starts and ends.
OperationResult runToEnd(CliSession &session, Operation *operation)
{
    const QStringList steps = operation->stepIds();
    QObject::connect(operation, &Operation::stepStarted, operation, [&session, steps](const QString &id, const QString &title) {
        session.out() << QStringLiteral("[%1/%2] ").arg(steps.indexOf(id) + 1).arg(steps.size()) << title << "..." << Qt::endl;
    });
    QObject::connect(operation, &Operation::progress, operation, [&session](const QString &text) {
        if (!text.isEmpty())
            session.out() << "      " << text << Qt::endl;
    });
    OperationResult result;
    QEventLoop loop;
    QObject::connect(operation, &Operation::finished, &loop, [&](const OperationResult &r) {
        result = r;
        loop.quit();
    });
    operation->start();
    loop.exec();
    return result;
}

namespace {

// `nameOrId` as a command line gives it names the instance whose compose project is `project`.
bool isInstance(CliSession &session, const QString &nameOrId, const QString &project)
{
    if (nameOrId == project)
        return true;
    for (const auto &spec : session.store().list()) {
        if (spec.id == nameOrId && spec.name == project)
            return true;
    }
    return false;
}

} // namespace

// Work a crash left half-done comes first: the instance must be whole before it is changed again.
int recoverInterrupted(CliSession &session, const QString &target)
{
    if (operations::Recovery::interrupted(AppPaths::journalDir()).isEmpty())
        return ExitCode::Ok;
    operations::Recovery recovery(contextOf(session));
    QObject::connect(&recovery, &operations::Recovery::operationStarted, &recovery,
                     [&session](const QString &project, const QString &operation, const QString &step) {
                         session.out() << CliText::tr("Recovering the interrupted %1 of %2 (it stopped at \"%3\")...")
                                              .arg(operation, project, step.isEmpty() ? CliText::tr("between steps") : step)
                                       << Qt::endl;
                     });
    bool busy = false;
    int blocking = 0;
    QObject::connect(&recovery, &operations::Recovery::operationFinished, &recovery,
                     [&session, &busy, &blocking, &target](const QString &project, const QString &operation,
                                                           const OperationResult &result) {
                         if (result.ok)
                             session.out() << CliText::tr("Recovered: the %1 of %2 is complete.").arg(operation, project) << Qt::endl;
                         else
                             printFailure(session.err(), result);
                         for (const QString &note : result.ok ? result.notes : QStringList{})
                             session.out() << note << Qt::endl;
                         busy = busy || result.busy;
                         if (!result.ok && (target.isEmpty() || isInstance(session, target, project)))
                             ++blocking;
                     });
    QEventLoop loop;
    QObject::connect(&recovery, &operations::Recovery::finished, &loop, [&](int, int) { loop.quit(); });
    recovery.start();
    loop.exec();
    return blocking == 0 ? ExitCode::Ok : busy ? ExitCode::Busy : ExitCode::Failure;
}

int startInstance(CliSession &session, const instance::InstanceSpec &spec)
{
    auto *operation = new CreateOperation(contextOf(session), spec, CreateOperation::Mode::BringUp);
    const OperationResult result = runToEnd(session, operation);
    const QUrl url = operation->url();
    delete operation;
    if (!result.ok) {
        printFailure(session.err(), result);
        return exitCodeOf(result);
    }
    for (const QString &note : result.notes)
        session.out() << note << Qt::endl;
    session.out() << CliText::tr("%1 is running at %2").arg(spec.name, url.toString()) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace dd::cli
