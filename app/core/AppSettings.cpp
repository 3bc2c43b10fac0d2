// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/AppSettings.h"

#include "core/AppPaths.h"

#include <QDir>
#include <QSettings>
#include <QUrl>

namespace dd {

namespace {

const QString kBackupsFolder = QStringLiteral("backups/folder");
const QString kRegistryUrl = QStringLiteral("registry/url");

QString stored(const QString &key)
{
    const QSettings settings(AppPaths::settingsFile(), QSettings::IniFormat);
    return settings.value(key).toString();
}

// An empty value removes the key, so the default applies again (and follows later defaults).
void store(const QString &key, const QString &value)
{
    QSettings settings(AppPaths::settingsFile(), QSettings::IniFormat);
    if (value.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value);
}

} // namespace

QString AppSettings::backupsFolder()
{
    return stored(kBackupsFolder);
}

void AppSettings::setBackupsFolder(const QString &folder)
{
    const QString trimmed = folder.trimmed();
    store(kBackupsFolder, trimmed.isEmpty() ? QString() : QDir::cleanPath(QDir(trimmed).absolutePath()));
}

QString AppSettings::registryUrl()
{
    return stored(kRegistryUrl);
}

void AppSettings::setRegistryUrl(const QString &url)
{
    QString trimmed = url.trimmed();
    while (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    store(kRegistryUrl, trimmed);
}

QString AppSettings::registryUrlProblem(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty())
        return tr("Type the registry's address with http:// or https://, for example https://mirror.example.com.");
    if (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
        return tr("A registry is reached over http:// or https://, not %1://.").arg(parsed.scheme());
    if (parsed.host().isEmpty())
        return tr("The address has no host name.");
    if (!parsed.query().isEmpty() || !parsed.fragment().isEmpty())
        return tr("Leave out everything after ? or #: the app adds the registry's own paths.");
    return {};
}

} // namespace dd
