// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceSpec.h"
#include "instance/ResolvedSecrets.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd::instance {

struct ComposeImport
{
    InstanceSpec spec;        // a fresh id; name from the project name or the folder
    ResolvedSecrets secrets;  // KEY, SECRET, ADMIN_PASSWORD, DB_PASSWORD, root password as found
    QStringList notes;        // everything not carried over or changed, one sentence each
    // Why taking this stack over would lose data (its SQLite file inside the container, say):
    // while one is here, nothing may be done with the import.
    QStringList blockers;
};

// Reads a docker-compose.yml (the Directus guide's, or one we exported) into an InstanceSpec.
// Nothing is dropped silently: whatever does not map onto the spec becomes a note.
class ComposeImporter
{
public:
    // Reads "<folder>/.env" next to the file for ${VAR} references; `environment` wins over it,
    // as the shell does for Compose. projectName "" uses the folder's name.
    static std::optional<ComposeImport> importFile(const QString &composePath, const QString &projectName,
                                                   const QMap<QString, QString> &environment, QString *error);
    // composeDir resolves relative host folders ("./uploads").
    static std::optional<ComposeImport> importText(const QByteArray &yamlText, const QString &composeDir,
                                                   const QString &projectName,
                                                   const QMap<QString, QString> &environment, QString *error);

    // The process's environment as a map: Compose interpolates ${VAR} from the shell that runs it.
    static QMap<QString, QString> shellEnvironment();
    // KEY=value lines; quotes removed the way Compose reads them. Missing file: empty map.
    static QMap<QString, QString> readEnvFile(const QString &path);
    // The same on the bytes of a .env file.
    static QMap<QString, QString> parseEnv(const QByteArray &text);
    // $$, $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?msg}, ${VAR?msg}. Unset names go to *unset.
    static QString interpolate(const QString &value, const QMap<QString, QString> &environment, QStringList *unset);
    // The values the running containers got for the file's ${VAR} references, by variable
    // (envByService: service -> its container's environment). Compose read them from the shell
    // that started the stack; a take-over runs later, without that shell.
    static QMap<QString, QString> variablesFromContainers(const QByteArray &yamlText,
                                                          const QMap<QString, QMap<QString, QString>> &envByService);
    // A Compose-style project name: lower case letters, digits, '-' and '_'.
    static QString projectNameFrom(const QString &text);
};

} // namespace dd::instance
