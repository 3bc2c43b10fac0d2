// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ImportCommand.h"

#include "cli/CliOperations.h"
#include "cli/CliSession.h"
#include "cli/CliText.h"
#include "cli/ExitCodes.h"
#include "cli/InstanceOverview.h"
#include "instance/ComposeImporter.h"
#include "instance/ComposeSecretsRewriter.h"
#include "instance/DatabaseKind.h"
#include "instance/InstanceValidator.h"
#include "operations/InstanceSecrets.h"
#include "operations/RunningEnvironment.h"
#include "operations/TakeOverPlan.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace dd::cli {

namespace {

struct Options
{
    QString target;  // FILE for import, NAME for adopt
    QString name;
    bool yes = false;
    bool rewriteFile = false;  // move the file's secret values into a 0600 .env (asked for, never by default)
    bool usage = false;
};

Options parse(const QStringList &arguments, bool acceptsName)
{
    Options o;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (acceptsName && a == QLatin1String("--name") && i + 1 < arguments.size())
            o.name = arguments.at(++i);
        else if (a == QLatin1String("--yes"))
            o.yes = true;
        else if (a == QLatin1String("--rewrite-file"))
            o.rewriteFile = true;
        else if (!a.startsWith(QLatin1Char('-')) && o.target.isEmpty())
            o.target = a;
        else
            o.usage = true;
    }
    o.usage = o.usage || o.target.isEmpty();
    return o;
}

// What the take-over keeps and what it changes, before anything is done: the person decides.
void printPlan(QTextStream &out, const instance::ComposeImport &imported, const operations::DiscoveredStack &stack,
               const QString &rewrite)
{
    QStringList lines = operations::TakeOverPlan::describe(imported, stack);
    lines.insert(lines.size() - imported.notes.size(), operations::TakeOverPlan::secretsLine(rewrite));
    for (qsizetype i = 0; i < lines.size(); ++i)
        out << (i == 0 ? "" : "  - ") << lines.at(i) << '\n';
    out.flush();
}

bool confirmed(CliSession &session, bool yes)
{
    if (yes)
        return true;
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO)) {
        session.out() << CliText::tr("Take it over? [y/N] ") << Qt::flush;
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        return answer == QLatin1String("y") || answer == QLatin1String("yes");
    }
#endif
    session.err() << CliText::tr("Nothing was changed. Add --yes to take the stack over.") << Qt::endl;
    return false;
}

// Stores the settings and the secrets without touching the engine (no stack runs yet, or the
// engine cannot be reached): `start` brings the instance up later.
int storeOnly(CliSession &session, const instance::ComposeImport &imported)
{
    const instance::InstanceSpec &spec = imported.spec;
    // The file's values first; then what it lacks (the root password of a PostgreSQL stack, say)
    // is made, so that backups and upgrades find every secret they ask for.
    operations::InstanceSecrets writer(session.secrets(), spec.id, spec.databaseKind == instance::DatabaseKind::External);
    secrets::SecretResult failure = secrets::SecretResult::success();
    QObject::connect(&writer, &operations::InstanceSecrets::finished, &writer,
                     [&failure](const instance::ResolvedSecrets &, const secrets::SecretResult &r) { failure = r; });
    writer.store(imported.secrets);
    session.awaitSignal(&writer, &operations::InstanceSecrets::finished);
    if (failure.ok()) {
        writer.resolve(/*generateMissing=*/true);
        session.awaitSignal(&writer, &operations::InstanceSecrets::finished);
    }
    if (!failure.ok()) {
        session.err() << failure.message << Qt::endl;
        for (const QString &key : secrets::SecretKey::allForInstance(spec.id))
            session.await(session.secrets().remove(key));
        return ExitCode::Failure;
    }
    if (const instance::StoreResult saved = session.store().save(spec); !saved) {
        session.err() << saved.error << Qt::endl;
        for (const QString &key : secrets::SecretKey::allForInstance(spec.id))
            session.await(session.secrets().remove(key));
        return ExitCode::Failure;
    }
    session.out() << CliText::tr("Imported \"%1\" (id %2, Directus %3, database %4).")
                         .arg(spec.name, spec.id, spec.imageTag, instance::databaseKindId(spec.databaseKind))
                  << '\n';
    for (const QString &note : imported.notes)
        session.out() << CliText::tr("Note: %1").arg(note) << '\n';
    session.out().flush();
    return ExitCode::Ok;
}

int takeOver(CliSession &session, const instance::ComposeImport &imported)
{
    auto *operation = new operations::CreateOperation(contextOf(session), imported.spec,
                                                      operations::CreateOperation::Mode::TakeOver);
    operation->setFoundSecrets(imported.secrets);
    const operations::OperationResult result = runToEnd(session, operation);
    const QUrl url = operation->url();
    delete operation;
    if (!result.ok) {
        printFailure(session.err(), result);
        return exitCodeOf(result);
    }
    for (const QString &note : result.notes)
        session.out() << CliText::tr("Note: %1").arg(note) << '\n';
    session.out() << CliText::tr("%1 is now a Directus Desktop instance, running at %2").arg(imported.spec.name, url.toString())
                  << Qt::endl;
    return ExitCode::Ok;
}

// The shared part of import and adopt, once the file is read.
// After consent, before anything else: the file behaves the same either way, so a take-over
// that fails later leaves nothing half-done here.
bool rewriteFile(CliSession &session, const QString &composePath)
{
    if (const QString error = instance::ComposeSecretsRewriter::apply(composePath); !error.isEmpty()) {
        session.err() << error << Qt::endl;
        return false;
    }
    session.out() << CliText::tr("Rewrote %1: its secret values are in %2 (only you can read it); the original is %3.")
                         .arg(QDir::toNativeSeparators(composePath),
                              QDir::toNativeSeparators(QFileInfo(composePath).absolutePath() + QStringLiteral("/.env")),
                              QDir::toNativeSeparators(composePath + QStringLiteral(".before-directus-desktop")))
                  << Qt::endl;
    return true;
}

int importOrTakeOver(CliSession &session, const instance::ComposeImport &imported, const Options &o,
                     const QString &composePath)
{
    const bool yes = o.yes;
    const instance::InstanceSpec &spec = imported.spec;
    if (!imported.blockers.isEmpty()) {
        for (const QString &blocker : imported.blockers)
            session.err() << blocker << Qt::endl;
        session.err() << CliText::tr("Nothing was changed.") << Qt::endl;
        return ExitCode::Failure;
    }
    const QStringList takenList = session.store().takenNames();
    const QSet<QString> taken(takenList.cbegin(), takenList.cend());
    if (taken.contains(spec.name)) {
        session.err() << CliText::tr("An instance named \"%1\" already exists. Choose another name with --name.").arg(spec.name)
                      << Qt::endl;
        return ExitCode::Failure;
    }
    const QList<instance::ValidationIssue> issues = instance::InstanceValidator::validate(spec, taken);
    if (instance::InstanceValidator::hasErrors(issues)) {
        for (const instance::ValidationIssue &issue : issues) {
            if (issue.severity == instance::Severity::Error)
                session.err() << issue.reason << Qt::endl;
        }
        return ExitCode::Failure;
    }
    if (!session.connectEngine()) {
        session.err() << CliText::tr("The engine cannot be reached, so no running stack named \"%1\" was looked for; the "
                            "settings are imported and `start %1` brings it up later.").arg(spec.name)
                      << Qt::endl;
        if (o.rewriteFile && !rewriteFile(session, composePath))
            return ExitCode::Failure;
        return storeOnly(session, imported);
    }
    if (const int code = recoverInterrupted(session, spec.name); code != ExitCode::Ok)
        return code;
    docker::EngineError engineError;
    const QList<operations::DiscoveredStack> stacks = InstanceOverview::discover(session, spec.name, &engineError);
    if (!engineError.ok()) {
        session.err() << engineError.sentence << Qt::endl;
        return ExitCode::Failure;
    }
    for (const operations::DiscoveredStack &stack : stacks) {
        if (!stack.isAdopted()) {
            session.err() << CliText::tr("The engine already has a stack \"%1\" that belongs to another instance (id %2). "
                                "Import under another name with --name.").arg(stack.project, stack.instanceId)
                          << Qt::endl;
            return ExitCode::Failure;
        }
        printPlan(session.out(), imported, stack, o.rewriteFile ? QDir::toNativeSeparators(composePath) : QString());
        if (!confirmed(session, yes))
            return ExitCode::Failure;
        if (o.rewriteFile && !rewriteFile(session, composePath))
            return ExitCode::Failure;
        return takeOver(session, imported);
    }
    if (o.rewriteFile && !rewriteFile(session, composePath))
        return ExitCode::Failure;
    const int code = storeOnly(session, imported);
    if (code == ExitCode::Ok)
        session.out() << CliText::tr("No stack named \"%1\" runs on the engine; `start %1` brings it up.").arg(spec.name) << Qt::endl;
    return code;
}

std::optional<instance::ComposeImport> readFile(QTextStream &err, const QString &file, const QString &name)
{
    QString error;
    std::optional<instance::ComposeImport> imported =
        instance::ComposeImporter::importFile(QFileInfo(file).absoluteFilePath(), name, instance::ComposeImporter::shellEnvironment(), &error);
    if (!imported)
        err << error << Qt::endl;
    return imported;
}

} // namespace

int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const Options o = parse(arguments, true);
    if (o.usage) {
        err << CliText::tr("Usage: %1 import FILE [--name NAME] [--yes] [--rewrite-file]").arg(QCoreApplication::applicationName()) << Qt::endl;
        return ExitCode::Usage;
    }
    const std::optional<instance::ComposeImport> imported = readFile(err, o.target, o.name);
    if (!imported)
        return ExitCode::Failure;
    CliSession session(out, err);
    return importOrTakeOver(session, *imported, o, QFileInfo(o.target).absoluteFilePath());
}

int runAdoptCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const Options o = parse(arguments, false);
    if (o.usage) {
        err << CliText::tr("Usage: %1 adopt NAME [--yes] [--rewrite-file]").arg(QCoreApplication::applicationName()) << Qt::endl;
        return ExitCode::Usage;
    }
    CliSession session(out, err);
    if (!session.connectEngine())
        return ExitCode::EngineUnreachable;
    docker::EngineError engineError;
    const QList<operations::DiscoveredStack> stacks = InstanceOverview::discover(session, o.target, &engineError);
    if (!engineError.ok()) {
        err << engineError.sentence << Qt::endl;
        return ExitCode::Failure;
    }
    if (stacks.isEmpty()) {
        err << CliText::tr("No Directus stack named \"%1\" runs on the engine (`list` shows the stacks there).").arg(o.target)
            << Qt::endl;
        return ExitCode::NotFound;
    }
    if (!stacks.first().isAdopted()) {
        err << CliText::tr("\"%1\" is a Directus Desktop instance already.").arg(o.target) << Qt::endl;
        return ExitCode::Failure;
    }
    // Compose records the file it was started from on every container: read that file, which
    // has what the containers' inspection does not (which env the image set, the volumes' keys).
    const QString file = operations::TakeOverPlan::composeFileOf(stacks.first());
    operations::RunningEnvironment::ByService running;
    QObject context;
    bool read = false;
    operations::RunningEnvironment::read(session.engine(), stacks.first(), &context,
                                         [&](operations::RunningEnvironment::ByService found) {
                                             running = std::move(found);
                                             read = true;
                                         });
    while (!read)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QString error;
    const std::optional<instance::ComposeImport> imported = operations::TakeOverPlan::read(stacks.first(), running, &error);
    if (!imported) {
        err << error << Qt::endl;
        return ExitCode::Failure;
    }
    out << CliText::tr("Reading %1, the file the stack was started from.").arg(QDir::toNativeSeparators(file)) << '\n';
    return importOrTakeOver(session, *imported, o, file);
}

} // namespace dd::cli
