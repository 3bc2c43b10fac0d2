// SPDX-License-Identifier: GPL-3.0-or-later
// Picks the headless command line (a subcommand, --version, --help) or the desktop app, whose
// window is one per account (SingleWindow).
#include "cli/CommandLine.h"
#include "core/AppInfo.h"
#include "core/Translations.h"
#include "operations/InstanceLock.h"
#include "FirstPaintQuitter.h"
#include "MainWindow.h"
#include "SingleWindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    if (dd::cli::wantsCommandLine(argc, argv))
        return dd::cli::run(argc, argv);

    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(dd::AppInfo::applicationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(dd::AppInfo::organizationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(dd::AppInfo::version));
    QGuiApplication::setApplicationDisplayName(QString::fromLatin1(dd::AppInfo::displayName));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(dd::AppInfo::applicationId));
    dd::operations::InstanceLock::setFrontEnd(QStringLiteral("gui"));  // named in the sentence a CLI caller gets
    dd::Translations::install();  // DD_LANGUAGE, else settings.ini ui/language, else the system's
    // One window per account: a second launch brings the first to the front and ends.
    using dd::ui::SingleWindow;
    const SingleWindow::Answer running = SingleWindow::askRunningWindowToShow();
    if (running != SingleWindow::Answer::NoneRunning)
        return SingleWindow::reportRunning(running);
    SingleWindow single;
    if (!single.listen())
        return SingleWindow::reportRunning(single.otherWindow());  // another one started at the same moment
    dd::ui::MainWindow window;
    QObject::connect(&single, &SingleWindow::showRequested, &window, &dd::ui::MainWindow::bringToFront);
    // DD_QUIT_AFTER_FIRST_PAINT=1: quit once the window has painted (the package test, start-up timing).
    if (qEnvironmentVariableIntValue("DD_QUIT_AFTER_FIRST_PAINT") == 1)
        new dd::ui::FirstPaintQuitter(&window);
    window.show();
    return app.exec();
}
