// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "cli/BackupCommands.h"
#include "cli/EngineCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/ListCommand.h"
#include "cli/LogsCommand.h"
#include "cli/StatusCommand.h"
#include "cli/UpgradeCommand.h"
#include "cli/InstanceCommands.h"
#include "cli/CliText.h"
#include "cli/ExitCodes.h"
#include "core/AppInfo.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace dd::cli {

namespace {

// The help text: the commands and options as they are typed (never translated), each with
// what it does (translated). A long command line gets its description on the next line.
struct CommandHelp
{
    const char *syntax;
    const char *description;
};

constexpr CommandHelp commandHelp[] = {
    {"engine [--json]", QT_TRANSLATE_NOOP("dd::cli::CliText", "which Docker engine is used and why; whether it answers")},
    {"create NAME [--tag T] [--database sqlite|postgres|mariadb|mysql] [--redis]\n"
     "         [--admin-email E] [--port P|auto] [--bind ADDR] [--uploads-folder DIR]\n"
     "         [--database-folder DIR] [--extensions-folder DIR]   or   create --from FILE",
     QT_TRANSLATE_NOOP("dd::cli::CliText", "create an instance and wait until Directus answers and the admin can log in")},
    {"start NAME", QT_TRANSLATE_NOOP("dd::cli::CliText", "start an instance (recreates what is missing)")},
    {"stop NAME", QT_TRANSLATE_NOOP("dd::cli::CliText", "stop an instance (Directus first)")},
    {"restart NAME", QT_TRANSLATE_NOOP("dd::cli::CliText", "stop, then start")},
    {"remove NAME [--delete-data --yes]",
     QT_TRANSLATE_NOOP("dd::cli::CliText", "remove an instance; its volumes are kept unless --delete-data --yes")},
    {"upgrade NAME [--to TAG [--backup-dir DIR]]",
     QT_TRANSLATE_NOOP("dd::cli::CliText", "without --to: the versions it can go to; with it: back up, then move to TAG, "
                                           "rolled back by itself on any failure")},
    {"backup NAME [--dir DIR]", QT_TRANSLATE_NOOP("dd::cli::CliText", "write and verify a backup (database, uploads, extensions)")},
    {"backups NAME [--dir DIR] [--json]", QT_TRANSLATE_NOOP("dd::cli::CliText", "the instance's backups, newest first")},
    {"restore NAME BACKUP_FOLDER --yes",
     QT_TRANSLATE_NOOP("dd::cli::CliText", "replace the instance's data with a backup (same version)")},
    {"clone NAME BACKUP_FOLDER NEW_NAME [--port P|auto]", QT_TRANSLATE_NOOP("dd::cli::CliText", "a new instance from a backup")},
    {"recover", QT_TRANSLATE_NOOP("dd::cli::CliText", "finish operations a crash interrupted")},
    {"credentials NAME [--json]", QT_TRANSLATE_NOOP("dd::cli::CliText", "print the admin login (the password from the secret store)")},
    {"list [--json]", QT_TRANSLATE_NOOP("dd::cli::CliText", "the instances and the Directus stacks on the engine (adopted ones marked)")},
    {"status NAME [--json]", QT_TRANSLATE_NOOP("dd::cli::CliText", "containers, state, health, URL, ports, volumes and folders")},
    {"logs NAME [-f] [--tail N] [--service S] [--timestamps]",
     QT_TRANSLATE_NOOP("dd::cli::CliText", "print Directus' log (or a service's); -f follows until Ctrl+C or the container stops")},
    {"export NAME [--dir DIR] [--with-secrets]",
     QT_TRANSLATE_NOOP("dd::cli::CliText", "write docker-compose.yml (and .env with the secrets, 0600, only when asked)")},
    {"import FILE [--name NAME]",
     QT_TRANSLATE_NOOP("dd::cli::CliText", "make an instance from a docker-compose.yml (the Directus guide's, or an export)")},
    {"--version", QT_TRANSLATE_NOOP("dd::cli::CliText", "print the version")},
    {"--help", QT_TRANSLATE_NOOP("dd::cli::CliText", "this text")},
};

void printUsage(QTextStream &out)
{
    constexpr int column = 20;  // where descriptions start after a short command
    out << CliText::tr("Usage: %1 [COMMAND]").arg(QString::fromLatin1(AppInfo::applicationName)) << '\n'
        << CliText::tr("Without a command the desktop app starts.") << "\n\n"
        << CliText::tr("Commands:") << '\n';
    for (const CommandHelp &command : commandHelp) {
        const QString syntax = QString::fromLatin1(command.syntax);
        const QString description = CliText::tr(command.description);
        if (syntax.size() < column - 3 && !syntax.contains(QLatin1Char('\n')))
            out << "  " << syntax.leftJustified(column - 2) << description << '\n';
        else
            out << "  " << syntax << '\n' << QString(column, QLatin1Char(' ')) << description << '\n';
    }
    out << '\n'
        << CliText::tr("Exit codes: 0 ok, 1 failed, 2 usage, 3 no engine reachable, 4 no such instance.") << '\n';
    out.flush();
}

} // namespace

bool wantsCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return false;
    // Qt's own GUI options (-style, -platform, ...) start with a single dash: those go to the GUI.
    const char *first = argv[1];
    return first[0] != '-' || std::strcmp(first, "--version") == 0 || std::strcmp(first, "-v") == 0
        || std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0;
}

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(AppInfo::applicationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(AppInfo::organizationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(AppInfo::version));
    Translations::install();  // DD_LANGUAGE, else settings.ini ui/language, else the system's
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.value(0);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << AppInfo::displayName << ' ' << AppInfo::version << Qt::endl;
        return ExitCode::Ok;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        printUsage(out);
        return ExitCode::Ok;
    }
    if (command == QLatin1String("engine"))
        return runEngineCommand(args.mid(1), out, err);
    if (command == QLatin1String("create"))
        return runCreateCommand(args.mid(1), out, err);
    if (command == QLatin1String("start"))
        return runStartCommand(args.mid(1), out, err);
    if (command == QLatin1String("stop"))
        return runStopCommand(args.mid(1), out, err);
    if (command == QLatin1String("restart"))
        return runRestartCommand(args.mid(1), out, err);
    if (command == QLatin1String("remove"))
        return runRemoveCommand(args.mid(1), out, err);
    if (command == QLatin1String("recover"))
        return runRecoverCommand(args.mid(1), out, err);
    if (command == QLatin1String("credentials"))
        return runCredentialsCommand(args.mid(1), out, err);
    if (command == QLatin1String("upgrade"))
        return runUpgradeCommand(args.mid(1), out, err);

    if (command == QLatin1String("list"))
        return runListCommand(args.mid(1), out, err);
    if (command == QLatin1String("status"))
        return runStatusCommand(args.mid(1), out, err);
    if (command == QLatin1String("logs"))
        return runLogsCommand(args.mid(1), out, err);
    if (command == QLatin1String("export"))
        return runExportCommand(args.mid(1), out, err);
    if (command == QLatin1String("import"))
        return runImportCommand(args.mid(1), out, err);

    if (const int code = runBackupCommands(command, args.mid(1), out, err); code >= 0)
        return code;
    err << QCoreApplication::translate("Cli", "Unknown command: %1").arg(command) << Qt::endl;
    printUsage(err);
    return ExitCode::Usage;
}

} // namespace dd::cli
