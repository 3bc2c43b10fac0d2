#include "cli/CommandLine.h"

#include "cli/EngineCommand.h"
#include "cli/ExitCodes.h"
#include "core/AppInfo.h"

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
        << "  --version         print the version\n"
        << "  --help            this text\n"
        << "\nExit codes: 0 ok, 1 failed, 2 usage, 3 no engine reachable.\n";
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

    err << QCoreApplication::translate("Cli", "Unknown command: %1").arg(command) << Qt::endl;
    printUsage(err);
    return ExitCode::Usage;
}

} // namespace dd::cli
