// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/BackupCommands.h"

#include "cli/CliText.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupJob.h"
#include "backup/CloneJob.h"
#include "cli/CliOperations.h"
#include "cli/CliSession.h"
#include "cli/ExitCodes.h"
#include "core/AppPaths.h"
#include "core/PortProbe.h"
#include "instance/InstanceValidator.h"
#include "operations/DirectusHttp.h"
#include "operations/InstanceLock.h"
#include "operations/RestoreOperation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace dd::cli {

namespace {

using operations::OperationResult;


QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// Parses `arguments` with the options given; prints usage and returns false when the number
// of positional arguments is not `positionals`.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int positionals, const char *usage, QTextStream &err)
{
    if (!parser.parse(QStringList{QStringLiteral("cmd")} + arguments) || parser.positionalArguments().size() != positionals) {
        if (!parser.errorText().isEmpty())
            err << parser.errorText() << Qt::endl;
        err << CliText::tr("Usage: %1 %2").arg(QCoreApplication::applicationName(), QString::fromLatin1(usage)) << Qt::endl;
        return false;
    }
    return true;
}

const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("backups folder"), QStringLiteral("dir"));

QString backupsRoot(const QCommandLineParser &parser)
{
    return parser.isSet(dirOption) ? QDir(parser.value(dirOption)).absolutePath() : AppPaths::backupsDir();
}

void printProgress(CliSession &session, const QString &text)
{
    if (!text.isEmpty())
        session.out() << "      " << text << Qt::endl;
}

// The opening every changing command shares: engine, interrupted work, the instance.
std::optional<instance::InstanceSpec> openInstance(CliSession &session, const QString &name, int *exitCode)
{
    if (!session.connectEngine()) {
        *exitCode = ExitCode::EngineUnreachable;
        return std::nullopt;
    }
    if (const int code = recoverInterrupted(session, name); code != ExitCode::Ok) {
        *exitCode = code;
        return std::nullopt;
    }
    auto spec = session.findInstance(name);
    if (!spec)
        *exitCode = ExitCode::NotFound;
    return spec;
}

// A backup is a job, not a journaled operation: the command holds the instance's lock for it
// (and a restore for itself and the start after it; the lock is re-entrant within a process).
bool holdInstance(operations::InstanceLock &lock, const QString &operation, const instance::InstanceSpec &spec,
                  QTextStream &err, int *exitCode)
{
    if (lock.tryTake(operation))
        return true;
    err << lock.refusal(spec.name) << Qt::endl;
    *exitCode = lock.refusedAsBusy() ? ExitCode::Busy : ExitCode::Failure;
    return false;
}

std::optional<backup::BackupInfo> readBackup(const QString &folder, QTextStream &err)
{
    QString error;
    auto info = backup::BackupInfo::read(QDir(folder).absolutePath(), &error);
    if (!info)
        err << error << Qt::endl;
    return info;
}

} // namespace

int runBackupCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(dirOption);
    if (!parse(parser, arguments, 1, "backup NAME [--dir DIR]", err))
        return ExitCode::Usage;
    CliSession session(out, err);
    int exitCode = ExitCode::Ok;
    const auto spec = openInstance(session, parser.positionalArguments().constFirst(), &exitCode);
    if (!spec)
        return exitCode;
    operations::InstanceLock lock(AppPaths::journalDir(), spec->id);
    if (!holdInstance(lock, QStringLiteral("backup"), *spec, err, &exitCode))
        return exitCode;

    backup::BackupJob job(&session.engine(), *spec, {backupsRoot(parser), QStringLiteral("manual"), false});
    QObject::connect(&job, &backup::BackupJob::progress, &job, [&session](const QString &text) { printProgress(session, text); });
    OperationResult result;
    backup::BackupInfo info;
    QEventLoop loop;
    QObject::connect(&job, &backup::BackupJob::finished, &loop, [&](const OperationResult &r, const backup::BackupInfo &i) {
        result = r;
        info = i;
        loop.quit();
    });
    out << CliText::tr("Backing up %1...").arg(spec->name) << Qt::endl;
    job.start();
    loop.exec();
    if (!result.ok) {
        printFailure(err, result);
        return exitCodeOf(result);
    }
    out << CliText::tr("Backup written and verified: %1 (%2)").arg(QDir::toNativeSeparators(info.folder), size(info.sizeBytes)) << Qt::endl;
    return ExitCode::Ok;
}

int runBackupsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(dirOption);
    parser.addOption({QStringLiteral("json"), QStringLiteral("JSON")});
    if (!parse(parser, arguments, 1, "backups NAME [--dir DIR] [--json]", err))
        return ExitCode::Usage;
    CliSession session(out, err);
    const auto spec = session.findInstance(parser.positionalArguments().constFirst());
    if (!spec)
        return ExitCode::NotFound;
    const QList<backup::BackupInfo> backups = backup::BackupCatalog::list(backupsRoot(parser), spec->id);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto &b : backups)
            list.append(QJsonObject{{QStringLiteral("folder"), b.folder},
                                    {QStringLiteral("createdAt"), b.createdAt.toString(Qt::ISODate)},
                                    {QStringLiteral("imageTag"), b.imageTag},
                                    {QStringLiteral("databaseKind"), instance::databaseKindId(b.databaseKind)},
                                    {QStringLiteral("sizeBytes"), double(b.sizeBytes)},
                                    {QStringLiteral("reason"), b.reason}});
        out << QJsonDocument(list).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitCode::Ok;
    }
    if (backups.isEmpty()) {
        out << CliText::tr("No backups of %1 in %2.").arg(spec->name, QDir::toNativeSeparators(backupsRoot(parser))) << Qt::endl;
        return ExitCode::Ok;
    }
    for (const auto &b : backups) {
        out << b.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  " << b.imageTag.leftJustified(9)
            << ' ' << instance::databaseKindId(b.databaseKind).leftJustified(9) << ' ' << size(b.sizeBytes).rightJustified(9)
            << "  " << QDir::toNativeSeparators(b.folder) << Qt::endl;
    }
    return ExitCode::Ok;
}

int runRestoreCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("yes"), QStringLiteral("confirm")});
    parser.addOption({QStringLiteral("no-safety-backup"), QStringLiteral("no safety backup")});
    if (!parse(parser, arguments, 2, "restore NAME BACKUP_FOLDER --yes [--no-safety-backup]", err))
        return ExitCode::Usage;
    const auto backup = readBackup(parser.positionalArguments().at(1), err);
    if (!backup)
        return ExitCode::Failure;
    CliSession session(out, err);
    const QString name = parser.positionalArguments().constFirst();
    const bool safetyBackup = !parser.isSet(QStringLiteral("no-safety-backup"));
    // Checks that need no engine come first, so a refusal changes nothing and waits for nothing.
    {
        const auto spec = session.findInstance(name);
        if (!spec)
            return ExitCode::NotFound;
        if (const QString problem = operations::RestoreOperation::problemWith(*spec, *backup); !problem.isEmpty()) {
            err << problem << Qt::endl;
            if (backup->databaseKind == spec->databaseKind)
                err << CliText::tr("`%1 clone %2 %3 NEW_NAME` makes a new instance that runs %4.")
                           .arg(QCoreApplication::applicationName(), spec->name, QDir::toNativeSeparators(backup->folder),
                                backup->imageTag)
                    << Qt::endl;
            return ExitCode::Failure;
        }
        if (!parser.isSet(QStringLiteral("yes"))) {
            err << CliText::tr("Restoring replaces the database, uploads and extensions of %1 with those of the backup made %2; "
                      "everything changed since then is lost. Directus is stopped while it runs. Add --yes to confirm.")
                       .arg(spec->name, backup->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                << Qt::endl;
            if (safetyBackup)
                err << CliText::tr("A safety backup of the data as it is now is made first, in %1.")
                           .arg(QDir::toNativeSeparators(AppPaths::backupsDir()))
                    << Qt::endl;
            return ExitCode::Usage;
        }
    }
    int exitCode = ExitCode::Ok;
    const auto spec = openInstance(session, name, &exitCode);
    if (!spec)
        return exitCode;

    // Held across the restore and the start after it, so no other program comes between them.
    operations::InstanceLock lock(AppPaths::journalDir(), spec->id);
    if (!holdInstance(lock, QStringLiteral("restore"), *spec, err, &exitCode))
        return exitCode;

    out << CliText::tr("Restoring %1 from %2...").arg(spec->name, QDir::toNativeSeparators(backup->folder)) << Qt::endl;
    operations::RestoreOperation restore(contextOf(session), *spec, *backup, AppPaths::backupsDir(), safetyBackup);
    const OperationResult result = runToEnd(session, &restore);
    if (!result.ok) {
        printFailure(err, result);
        return exitCodeOf(result);
    }
    for (const QString &note : result.notes)
        out << note << Qt::endl;
    out << CliText::tr("Restored. Starting %1...").arg(spec->name) << Qt::endl;
    return startInstance(session, *spec);
}

int runCloneCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("port"), QStringLiteral("port"), QStringLiteral("port")});
    if (!parse(parser, arguments, 3, "clone NAME BACKUP_FOLDER NEW_NAME [--port P|auto]", err))
        return ExitCode::Usage;
    const auto backup = readBackup(parser.positionalArguments().at(1), err);
    if (!backup)
        return ExitCode::Failure;
    CliSession session(out, err);
    int exitCode = ExitCode::Ok;
    const auto source = openInstance(session, parser.positionalArguments().constFirst(), &exitCode);
    if (!source)
        return exitCode;

    const QString port = parser.value(QStringLiteral("port"));
    const QString address = source->bindAddress;
    const int hostPort = port.isEmpty() || port == QLatin1String("auto") ? PortProbe::freePort(address, 8055) : port.toInt();
    backup::CloneJob job(contextOf(session), *source, *backup, parser.positionalArguments().at(2), hostPort);

    QSet<QString> taken;
    for (const auto &existing : session.store().list())
        taken.insert(existing.name);
    const auto issues = instance::InstanceValidator::validate(job.cloneSpec(), taken);
    for (const auto &issue : issues)
        err << (issue.severity == instance::Severity::Error ? CliText::tr("Error: ") : CliText::tr("Warning: ")) << issue.reason << Qt::endl;
    if (instance::InstanceValidator::hasErrors(issues))
        return ExitCode::Usage;
    if (!PortProbe::isFree(address, hostPort)) {
        err << CliText::tr("Port %1 on %2 is taken by another program. Use --port auto.").arg(hostPort).arg(address) << Qt::endl;
        return ExitCode::Usage;
    }

    QObject::connect(&job, &backup::CloneJob::progress, &job, [&session](const QString &text) { printProgress(session, text); });
    OperationResult result;
    QEventLoop loop;
    QObject::connect(&job, &backup::CloneJob::finished, &loop, [&](const OperationResult &r) {
        result = r;
        loop.quit();
    });
    out << CliText::tr("Cloning %1 from %2 into %3...").arg(source->name, QDir::toNativeSeparators(backup->folder), job.cloneSpec().name)
        << Qt::endl;
    job.start();
    loop.exec();
    if (!result.ok) {
        printFailure(err, result);
        return exitCodeOf(result);
    }
    const auto &clone = job.cloneSpec();
    out << CliText::tr("%1 is ready at %2 (Directus %3, the data of the backup; the admin logs in as on %4).")
               .arg(clone.name, operations::DirectusHttp::baseUrl(clone.bindAddress, clone.hostPort).toString(), clone.imageTag,
                    source->name)
        << Qt::endl;
    return ExitCode::Ok;
}

int runBackupCommands(const QString &command, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (command == QLatin1String("backup"))
        return runBackupCommand(arguments, out, err);
    if (command == QLatin1String("backups"))
        return runBackupsCommand(arguments, out, err);
    if (command == QLatin1String("restore"))
        return runRestoreCommand(arguments, out, err);
    if (command == QLatin1String("clone"))
        return runCloneCommand(arguments, out, err);
    return -1;
}

} // namespace dd::cli
