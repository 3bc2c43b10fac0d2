// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every GUI test shares: the palettes the screenshots are taken in and where they go, and
// a machine-independent setup for windows tested without an engine.

#include <QApplication>
#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPalette>
#include <QStyle>
#include <QWidget>

namespace dd::test {

// A dark palette like the platforms' dark modes, to see the pages the way those users do.
inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8), disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

inline QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

// <build dir>/screenshots (the tests live in <build dir>/tests), or DD_SCREENSHOT_DIR.
inline QString screenshotDir()
{
    const QString dir = qEnvironmentVariable(
        "DD_SCREENSHOT_DIR", QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots")));
    QDir().mkpath(dir);
    return dir;
}

inline bool saveShot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    return widget->grab().save(screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// A window tested without an engine, whatever this machine has: every variable the endpoint
// resolver reads points into `root` (a temporary folder), DOCKER_HOST at `socket`, which does not
// exist, and the app's data folder is `root`/data. False when the folders cannot be made.
inline bool isolateFromTheMachinesDocker(const QString &root, const QString &socket)
{
    if (!QDir().mkpath(root + QStringLiteral("/home")) || !QDir().mkpath(root + QStringLiteral("/run")))
        return false;
    qputenv("HOME", QFile::encodeName(root + QStringLiteral("/home")));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(root + QStringLiteral("/run")));
    qputenv("DD_DATA_DIR", QFile::encodeName(root + QStringLiteral("/data")));
    qputenv("DOCKER_HOST", "unix://" + QFile::encodeName(socket));
    qunsetenv("DOCKER_CONTEXT");
    qunsetenv("DOCKER_CONFIG");
    return true;
}

} // namespace dd::test
