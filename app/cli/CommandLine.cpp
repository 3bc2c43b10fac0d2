// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "cli/BackupCommands.h"
#include "cli/CredentialsCommand.h"
#include "cli/EngineCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/ListCommand.h"
#include "cli/LogsCommand.h"
#include "cli/StatusCommand.h"
#include "cli/UpgradeCommand.h"
#include "cli/InstanceCommands.h"
#include "cli/CliText.h"
#include "cli/CommandHelp.h"
#include "cli/ExitCodes.h"
#include "core/AppInfo.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace dd::cli {

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
    if (command == QLatin1String("adopt"))
        return runAdoptCommand(args.mid(1), out, err);

    if (const int code = runBackupCommands(command, args.mid(1), out, err); code >= 0)
        return code;
    err << QCoreApplication::translate("Cli", "Unknown command: %1").arg(command) << Qt::endl;
    printUsage(err);
    return ExitCode::Usage;
}

} // namespace dd::cli
