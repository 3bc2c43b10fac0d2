#include "core/AppPaths.h"

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

} // namespace dd::AppPaths
