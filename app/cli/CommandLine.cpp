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
#include "cli/ExitCodes.h"
#include "core/AppInfo.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace dd::cli {

namespace {

void printUsage(QTextStream &out)
{
    out << "Usage: " << AppInfo::applicationName << " [COMMAND]\n"
        << "Without a command the desktop app starts.\n\n"
        << "Commands:\n"
        << "  engine [--json]   which Docker engine is used and why; whether it answers\n"
        << "  create NAME [--tag T] [--database sqlite|postgres|mariadb|mysql] [--redis]\n"
        << "         [--admin-email E] [--port P|auto] [--bind ADDR] [--uploads-folder DIR]\n"
        << "         [--database-folder DIR] [--extensions-folder DIR]   or   create --from FILE\n"
        << "                    create an instance and wait until Directus answers and the admin can log in\n"
        << "  start NAME        start an instance (recreates what is missing)\n"
        << "  stop NAME         stop an instance (Directus first)\n"
        << "  restart NAME      stop, then start\n"
        << "  remove NAME [--delete-data --yes]\n"
        << "                    remove an instance; its volumes are kept unless --delete-data --yes\n"
        << "  upgrade NAME [--to TAG [--backup-dir DIR]]\n"
        << "                    without --to: the versions it can go to; with it: back up, then move to TAG,\n"
        << "                    rolled back by itself on any failure\n"
        << "  backup NAME [--dir DIR]   write and verify a backup (database, uploads, extensions)\n"
        << "  backups NAME [--dir DIR] [--json]   the instance's backups, newest first\n"
        << "  restore NAME BACKUP_FOLDER --yes   replace the instance's data with a backup (same version)\n"
        << "  clone NAME BACKUP_FOLDER NEW_NAME [--port P|auto]   a new instance from a backup\n"
        << "  recover           finish operations a crash interrupted\n"
        << "  credentials NAME [--json]   print the admin login (the password from the secret store)\n"
        << "  list [--json]     the instances and the Directus stacks on the engine (adopted ones marked)\n"
        << "  status NAME [--json]   containers, state, health, URL, ports, volumes and folders\n"
        << "  logs NAME [-f] [--tail N] [--service S] [--timestamps]\n"
        << "                    print Directus' log (or a service's); -f follows until Ctrl+C or the container stops\n"
        << "  export NAME [--dir DIR] [--with-secrets]\n"
        << "                    write docker-compose.yml (and .env with the secrets, 0600, only when asked)\n"
        << "  import FILE [--name NAME]\n"
        << "                    make an instance from a docker-compose.yml (the Directus guide's, or an export)\n"
        << "  --version         print the version\n"
        << "  --help            this text\n"
        << "\nExit codes: 0 ok, 1 failed, 2 usage, 3 no engine reachable, 4 no such instance.\n";
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
