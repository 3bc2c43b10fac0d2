// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceStore.h"
#include "instance/StackPlan.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dd::instance {

struct InstanceSpec;

struct ExportOptions
{
    // Off: secrets appear only as ${VAR} references and no .env is produced (DESIGN idea 6).
    bool includeSecrets = false;
};

struct ComposeExport
{
    QByteArray composeYaml;  // docker-compose.yml
    QByteArray envFile;      // .env with the secrets; empty unless ExportOptions::includeSecrets
    QStringList notes;       // what the file cannot express (e.g. SQL Server's database creation)
};

// Writes a StackPlan as a docker-compose.yml that Compose 1.29 and 2.x accept and that
// `docker compose -p <project> up -d` turns into the same stack, reusing the app's volumes and network.
class ComposeExporter
{
public:
    // The plan should be made with the real secrets: they are read from it for the .env.
    static ComposeExport make(const InstanceSpec &spec, const StackPlan &plan, const ExportOptions &options = {});

    // docker-compose.yml (0644) and, only with includeSecrets, .env (0600) in dir, each atomically.
    static StoreResult writeFiles(const QString &dir, const InstanceSpec &spec, const StackPlan &plan,
                                  const ExportOptions &options = {});

    // The .env variable a secret-carrying env key of our containers is replaced by, or "" when the
    // key carries no secret ("KEY" -> "DIRECTUS_KEY", "POSTGRES_PASSWORD" -> "DB_PASSWORD").
    static QString secretVariableFor(const QString &envKey);
    // A .env line both Compose 1.29 (python-dotenv) and 2.x read back unchanged where possible;
    // a value no .env can hold unchanged adds a sentence to *notes.
    static QString envLine(const QString &name, const QString &value, QStringList *notes);
    // "$" doubled: Compose interpolates every value.
    static QString escapeDollars(const QString &value);
};

} // namespace dd::instance
