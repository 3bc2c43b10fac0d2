// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AppPaths.h"

#include "core/AppSettings.h"

#include <QDir>
#include <QStandardPaths>

namespace dd::AppPaths {

QString dataDir()
{
    const QString overridden = qEnvironmentVariable("DD_DATA_DIR");
    if (!overridden.isEmpty())
        return QDir::cleanPath(QDir(overridden).absolutePath());
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString instancesDir()
{
    return dataDir() + QStringLiteral("/instances");
}

QString journalDir()
{
    return dataDir() + QStringLiteral("/journal");
}

QString instanceFolder(const QString &id)
{
    return dataDir() + QStringLiteral("/stacks/") + id;
}

QString secretsFile()
{
    return dataDir() + QStringLiteral("/secrets.yaml");
}

QString backupsDir()
{
    // The user may keep backups elsewhere (another disk): Settings > Preferences.
    const QString chosen = AppSettings::backupsFolder();
    if (!chosen.isEmpty())
        return QDir::cleanPath(QDir(chosen).absolutePath());
    return dataDir() + QStringLiteral("/backups");
}

QString settingsFile()
{
    return dataDir() + QStringLiteral("/settings.ini");
}

} // namespace dd::AppPaths
