#include "core/AppPaths.h"

#include <QDir>
#include <QSettings>
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
    // The user may keep backups elsewhere (another disk); settings.ini is the app's settings file.
    const QSettings settings(dataDir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    const QString chosen = settings.value(QStringLiteral("backups/folder")).toString();
    if (!chosen.isEmpty())
        return QDir::cleanPath(QDir(chosen).absolutePath());
    return dataDir() + QStringLiteral("/backups");
}

} // namespace dd::AppPaths
