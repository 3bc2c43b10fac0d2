// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dd {

// Where the app keeps its files. One place, so the GUI, the CLI and the tests agree.
// DD_DATA_DIR overrides the platform's data folder (tests and portable setups use it).
namespace AppPaths {

QString dataDir();                          // ~/.local/share/directus-desktop on Linux
QString instancesDir();                     // one YAML file per instance (InstanceStore)
QString journalDir();                       // one JSON journal per operation in flight
QString instanceFolder(const QString &id);  // the instance's own files: compose export, notes
QString secretsFile();                      // the opt-in 0600 secrets file (FileSecretStore)
QString backupsDir();                       // dataDir()/backups, or the folder chosen (AppSettings)
QString settingsFile();                     // settings.ini: the user's choices (AppSettings, Translations)

} // namespace AppPaths
} // namespace dd
