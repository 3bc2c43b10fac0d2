// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace dd {

// The app-wide choices a person makes in Settings > Preferences, kept in settings.ini in the
// data folder (AppPaths::settingsFile): where backups go and which registry lists Directus
// versions. The language has its own place (Translations), in the same file.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    // The backups folder the user chose; empty means the default (AppPaths::backupsDir()).
    static QString backupsFolder();
    static void setBackupsFolder(const QString &folder);

    // A registry mirror's base URL ("https://mirror.example:5000"); empty means Docker Hub.
    // DD_REGISTRY_URL overrides it for a process (the tests use that).
    static QString registryUrl();
    static void setRegistryUrl(const QString &url);
    // Why `url` cannot be a registry's address, in a sentence; empty when it can (or is empty).
    static QString registryUrlProblem(const QString &url);
};

} // namespace dd
