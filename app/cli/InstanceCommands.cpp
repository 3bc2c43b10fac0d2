// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/InstanceCommands.h"

#include "cli/CliText.h"

#include "cli/CliOperations.h"
#include "cli/CliSession.h"
#include "cli/ExitCodes.h"
#include "core/AppPaths.h"
#include "core/PortProbe.h"
#include "instance/InstanceValidator.h"
#include "operations/AdoptedStackAction.h"
#include "operations/CreateOperation.h"
#include "operations/DirectusHttp.h"
#include "operations/ExtraEnvSecrets.h"
#include "operations/InstanceSecrets.h"
#include "operations/Recovery.h"
#include "operations/RemoveOperation.h"
#include "operations/StackDiscovery.h"
#include "operations/StopOperation.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreChoice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace dd::cli {

namespace {

using operations::CreateOperation;
using operations::Operation;
using operations::OperationResult;


std::optional<instance::InstanceSpec> specFromArguments(const QStringList &arguments, QTextStream &err, bool *portAuto)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("name"), CliText::tr("Instance name"));
    parser.addOptions({
        {QStringLiteral("from"), CliText::tr("Read the instance from a YAML file (the format of the app's instance files)."), QStringLiteral("file")},
        {QStringLiteral("name"), CliText::tr("Instance name (compose project)."), QStringLiteral("name")},
        {QStringLiteral("tag"), CliText::tr("Directus image tag."), QStringLiteral("tag")},
        {QStringLiteral("database"), CliText::tr("sqlite, postgres, mysql, mariadb, mssql, cockroachdb."), QStringLiteral("kind")},
        {QStringLiteral("redis"), CliText::tr("Use a Redis cache.")},
        {QStringLiteral("admin-email"), CliText::tr("The admin's email address."), QStringLiteral("email")},
        {QStringLiteral("port"), CliText::tr("Host port, or \"auto\" (8055 when free)."), QStringLiteral("port")},
        {QStringLiteral("bind"), CliText::tr("Address the port is published on (default 127.0.0.1)."), QStringLiteral("address")},
        {QStringLiteral("uploads-folder"), CliText::tr("Keep uploads in this folder instead of a volume."), QStringLiteral("dir")},
        {QStringLiteral("database-folder"), CliText::tr("Keep the SQLite database in this folder."), QStringLiteral("dir")},
        {QStringLiteral("extensions-folder"), CliText::tr("Keep extensions in this folder."), QStringLiteral("dir")},
    });
    if (!parser.parse(QStringList{QStringLiteral("create")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return std::nullopt;
    }
    instance::InstanceSpec spec;
    if (parser.isSet(QStringLiteral("from"))) {
        QFile file(parser.value(QStringLiteral("from")));
        if (!file.open(QIODevice::ReadOnly)) {
            err << CliText::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
            return std::nullopt;
        }
        QString error;
        auto parsed = instance::InstanceStore::parse(file.readAll(), &error);
        if (!parsed) {
            err << CliText::tr("%1 is not an instance file: %2").arg(file.fileName(), error) << Qt::endl;
            return std::nullopt;
        }
        spec = *parsed;
        // Always a new instance: a copied instance file keeps its original's id, and with it
        // would overwrite that instance's file and share its secrets (and a failed create would
        // then remove them).
        spec.id = instance::InstanceSpec::newId();
    } else {
        spec = instance::InstanceSpec::create(parser.positionalArguments().value(0));
    }
    if (parser.isSet(QStringLiteral("name")))
        spec.name = parser.value(QStringLiteral("name"));
    if (spec.name.isEmpty() && !parser.positionalArguments().isEmpty())
        spec.name = parser.positionalArguments().constFirst();
    if (parser.isSet(QStringLiteral("tag")))
        spec.imageTag = parser.value(QStringLiteral("tag"));
    if (parser.isSet(QStringLiteral("database"))) {
        const auto kind = instance::databaseKindFromId(parser.value(QStringLiteral("database")));
        if (!kind) {
            err << CliText::tr("Unknown database \"%1\".").arg(parser.value(QStringLiteral("database"))) << Qt::endl;
            return std::nullopt;
        }
        spec.databaseKind = *kind;
    }
    if (parser.isSet(QStringLiteral("redis")))
        spec.redisCache = true;
    if (parser.isSet(QStringLiteral("admin-email")))
        spec.adminEmail = parser.value(QStringLiteral("admin-email"));
    if (spec.adminEmail.isEmpty())
        spec.adminEmail = QStringLiteral("admin@example.com");
    if (parser.isSet(QStringLiteral("bind")))
        spec.bindAddress = parser.value(QStringLiteral("bind"));
    *portAuto = spec.hostPort == 0;
    if (parser.isSet(QStringLiteral("port"))) {
        const QString port = parser.value(QStringLiteral("port"));
        *portAuto = port == QLatin1String("auto");
        if (!*portAuto)
            spec.hostPort = port.toInt();
    }
    if (parser.isSet(QStringLiteral("uploads-folder")))
        spec.uploadsStorage = instance::StorageChoice::folder(parser.value(QStringLiteral("uploads-folder")));
    if (parser.isSet(QStringLiteral("database-folder")))
        spec.databaseStorage = instance::StorageChoice::folder(parser.value(QStringLiteral("database-folder")));
    if (parser.isSet(QStringLiteral("extensions-folder")))
        spec.extensionsStorage = instance::StorageChoice::folder(parser.value(QStringLiteral("extensions-folder")));
    return spec;
}

// "start"/"stop"/"remove NAME": the session, the engine and the instance, or the exit code.
struct Target
{
    std::unique_ptr<CliSession> session;
    std::optional<instance::InstanceSpec> spec;
    std::optional<operations::DiscoveredStack> adopted;  // a stack the app did not make
    int exitCode = ExitCode::Ok;
    bool found() const { return spec || adopted; }
};

std::optional<operations::DiscoveredStack> findAdopted(CliSession &session, const QString &project)
{
    operations::StackDiscovery discovery(session.engine());
    std::optional<operations::DiscoveredStack> found;
    QEventLoop loop;
    QObject::connect(&discovery, &operations::StackDiscovery::finished, &loop,
                     [&](const QList<operations::DiscoveredStack> &stacks, const docker::EngineError &) {
                         for (const auto &stack : stacks) {
                             if (stack.project == project && stack.isAdopted())
                                 found = stack;
                         }
                         loop.quit();
                     });
    discovery.start(project);
    loop.exec();
    return found;
}

Target openTarget(const QStringList &arguments, QTextStream &out, QTextStream &err, const char *usage)
{
    Target target;
    const QStringList positional = [&] {
        QStringList list;
        for (const QString &a : arguments)
            if (!a.startsWith(QLatin1Char('-')))
                list.append(a);
        return list;
    }();
    if (positional.size() != 1) {
        err << CliText::tr("Usage: %1 %2").arg(QCoreApplication::applicationName(), QString::fromLatin1(usage)) << Qt::endl;
        target.exitCode = ExitCode::Usage;
        return target;
    }
    target.session = std::make_unique<CliSession>(out, err);
    if (!target.session->connectEngine()) {
        target.exitCode = ExitCode::EngineUnreachable;
        return target;
    }
    if (const int code = recoverInterrupted(*target.session, positional.constFirst()); code != ExitCode::Ok) {
        target.exitCode = code;
        return target;
    }
    const QString name = positional.constFirst();
    for (const auto &spec : target.session->store().list()) {
        if (spec.name == name || spec.id == name)
            target.spec = spec;
    }
    if (!target.spec)
        target.adopted = findAdopted(*target.session, name);
    if (!target.found()) {
        target.session->findInstance(name);  // prints why
        target.exitCode = ExitCode::NotFound;
    }
    return target;
}

int runAdopted(CliSession &session, const operations::DiscoveredStack &stack, operations::AdoptedStackAction::Action action)
{
    operations::AdoptedStackAction run(session.engine(), stack, action);
    QObject::connect(&run, &operations::AdoptedStackAction::progress, &run,
                     [&session](const QString &text) { session.out() << text << "..." << Qt::endl; });
    OperationResult result;
    QEventLoop loop;
    QObject::connect(&run, &operations::AdoptedStackAction::finished, &loop, [&](const OperationResult &r) {
        result = r;
        loop.quit();
    });
    run.start();
    loop.exec();
    if (!result.ok) {
        printFailure(session.err(), result);
        return exitCodeOf(result);
    }
    session.out() << (action == operations::AdoptedStackAction::Action::Start ? CliText::tr("%1 is running.") : CliText::tr("%1 is stopped."))
                         .arg(stack.project)
                  << Qt::endl;
    return ExitCode::Ok;
}

int stopInstance(CliSession &session, const instance::InstanceSpec &spec)
{
    auto *operation = new operations::StopOperation(session.engine(), spec, AppPaths::journalDir());
    const OperationResult result = runToEnd(session, operation);
    delete operation;
    if (!result.ok) {
        printFailure(session.err(), result);
        return exitCodeOf(result);
    }
    for (const QString &note : result.notes)
        session.out() << note << Qt::endl;
    session.out() << CliText::tr("%1 is stopped.").arg(spec.name) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

int runCreateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    bool portAuto = false;
    auto spec = specFromArguments(arguments, err, &portAuto);
    if (!spec)
        return ExitCode::Usage;

    CliSession session(out, err);
    QStringList problems;
    QSet<QString> taken;
    for (const auto &existing : session.store().list(&problems))
        taken.insert(existing.name);
    if (portAuto)
        spec->hostPort = PortProbe::freePort(spec->bindAddress, 8055);
    const auto issues = instance::InstanceValidator::validate(*spec, taken);
    for (const auto &issue : issues)
        err << (issue.severity == instance::Severity::Error ? CliText::tr("Error: ") : CliText::tr("Warning: ")) << issue.reason << Qt::endl;
    if (instance::InstanceValidator::hasErrors(issues))
        return ExitCode::Usage;
    if (!PortProbe::isFree(spec->bindAddress, spec->hostPort)) {
        err << CliText::tr("Port %1 on %2 is taken by another program. Use --port %3 (free now) or --port auto.")
                   .arg(spec->hostPort)
                   .arg(spec->bindAddress)
                   .arg(PortProbe::freePort(spec->bindAddress, spec->hostPort + 1))
            << Qt::endl;
        return ExitCode::Usage;
    }
    if (!session.connectEngine())
        return ExitCode::EngineUnreachable;
    if (const int code = recoverInterrupted(session, spec->name); code != ExitCode::Ok)
        return code;

    // A password or token in the file's extra environment goes to the secret store before the
    // spec is saved anywhere (instance file, journal, compose file).
    {
        QEventLoop loop;
        secrets::SecretResult stored;
        operations::ExtraEnvSecrets::moveToStore(session.secrets(), *spec, &loop,
                                                 [&](const instance::InstanceSpec &cleaned, const secrets::SecretResult &r) {
            *spec = cleaned;
            stored = r;
            loop.quit();
        });
        loop.exec();
        if (!stored.ok()) {
            err << stored.message << Qt::endl;
            return ExitCode::Failure;
        }
    }
    auto *operation = new CreateOperation(contextOf(session), *spec, CreateOperation::Mode::Create);
    QObject::connect(operation, &CreateOperation::pullProgress, operation,
                     [&out, last = std::make_shared<int>(-1)](const QString &image, double fraction, const QString &) {
                         const int percent = int(fraction * 100);
                         if (percent / 10 != *last / 10) {  // a line per 10 %: readable in a log file
                             *last = percent;
                             out << "      " << image << ": " << percent << " %" << Qt::endl;
                         }
                     });
    const OperationResult result = runToEnd(session, operation);
    const QUrl url = operation->url();
    delete operation;
    if (!result.ok) {
        printFailure(err, result);
        return exitCodeOf(result);
    }
    out << CliText::tr("%1 is ready at %2").arg(spec->name, url.toString()) << Qt::endl;
    out << CliText::tr("Admin: %1; the password is in %2. Show it with `%3 credentials %4`.")
               .arg(spec->adminEmail, secrets::SecretStoreChoice::current().describe(), QCoreApplication::applicationName(), spec->name)
        << Qt::endl;
    return ExitCode::Ok;
}

int runStartCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Target target = openTarget(arguments, out, err, "start NAME");
    if (!target.found())
        return target.exitCode;
    if (target.adopted)
        return runAdopted(*target.session, *target.adopted, operations::AdoptedStackAction::Action::Start);
    return startInstance(*target.session, *target.spec);
}

int runStopCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Target target = openTarget(arguments, out, err, "stop NAME");
    if (!target.found())
        return target.exitCode;
    if (target.adopted)
        return runAdopted(*target.session, *target.adopted, operations::AdoptedStackAction::Action::Stop);
    return stopInstance(*target.session, *target.spec);
}

int runRestartCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Target target = openTarget(arguments, out, err, "restart NAME");
    if (!target.found())
        return target.exitCode;
    if (target.adopted) {
        const int stopped = runAdopted(*target.session, *target.adopted, operations::AdoptedStackAction::Action::Stop);
        return stopped != ExitCode::Ok ? stopped
                                       : runAdopted(*target.session, *target.adopted, operations::AdoptedStackAction::Action::Start);
    }
    const int stopped = stopInstance(*target.session, *target.spec);
    return stopped != ExitCode::Ok ? stopped : startInstance(*target.session, *target.spec);
}

int runRemoveCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const bool deleteData = arguments.contains(QLatin1String("--delete-data"));
    const bool confirmed = arguments.contains(QLatin1String("--yes"));
    Target target = openTarget(arguments, out, err, "remove NAME [--delete-data --yes]");
    if (!target.found())
        return target.exitCode;
    if (target.adopted) {
        // The app did not make it, so it does not take it apart: the user's compose file owns it.
        err << CliText::tr("%1 was made with docker compose, not by this app. Remove it where it was made "
                  "(docker compose -p %1 down); this app only starts, stops and watches it.")
                   .arg(target.adopted->project)
            << Qt::endl;
        return ExitCode::Failure;
    }
    if (deleteData && !confirmed) {
        // Data goes only on an explicit, confirmed request, and the request names what goes.
        err << CliText::tr("--delete-data deletes these volumes for good: %1. Add --yes to confirm. Host folders are never deleted.")
                   .arg(operations::RemoveOperation::volumesOf(*target.spec).join(QStringLiteral(", ")))
            << Qt::endl;
        return ExitCode::Usage;
    }
    auto *operation = new operations::RemoveOperation(target.session->engine(), target.session->secrets(),
                                                      AppPaths::instancesDir(), *target.spec, deleteData,
                                                      AppPaths::journalDir());
    const OperationResult result = runToEnd(*target.session, operation);
    const QStringList notes = operation->notes();
    delete operation;
    if (!result.ok) {
        printFailure(err, result);
        return exitCodeOf(result);
    }
    out << CliText::tr("%1 is removed.").arg(target.spec->name) << Qt::endl;
    return ExitCode::Ok;
}

int runRecoverCommand(const QStringList &, QTextStream &out, QTextStream &err)
{
    CliSession session(out, err);
    if (operations::Recovery::interrupted(AppPaths::journalDir()).isEmpty()) {
        out << CliText::tr("Nothing to recover.") << Qt::endl;
        return ExitCode::Ok;
    }
    if (!session.connectEngine())
        return ExitCode::EngineUnreachable;
    return recoverInterrupted(session);
}

} // namespace dd::cli
