// Picks the headless command line (any subcommand, --version, --help) or the GUI.
#include "core/AppInfo.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace {

// The CLI must work without a display, so decide before any QApplication exists.
bool wantsCommandLine(int argc, char **argv)
{
    return argc > 1 && std::strncmp(argv[1], "-", 1) != 0 ? true
         : argc > 1 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-v") == 0
                        || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0);
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(dd::AppInfo::applicationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(dd::AppInfo::organizationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(dd::AppInfo::version));
}

int runCommandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    QTextStream out(stdout);
    const QString first = QCoreApplication::arguments().value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << dd::AppInfo::displayName << ' ' << dd::AppInfo::version << Qt::endl;
        return 0;
    }
    out << "Usage: " << dd::AppInfo::applicationName << " [--version | --help]" << Qt::endl
        << "Without arguments the desktop app starts." << Qt::endl;
    return first == QLatin1String("--help") || first == QLatin1String("-h") ? 0 : 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsCommandLine(argc, argv))
        return runCommandLine(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QString::fromLatin1(dd::AppInfo::displayName));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(dd::AppInfo::applicationId));
    dd::ui::MainWindow window;
    window.show();
    return app.exec();
}
