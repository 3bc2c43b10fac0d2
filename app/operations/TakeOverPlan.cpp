// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/TakeOverPlan.h"

#include "instance/DatabaseKind.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dd::operations {

namespace {

QString where(const instance::StorageChoice &storage, const QString &appVolume)
{
    if (storage.kind == instance::StorageChoice::Kind::HostFolder)
        return QDir::toNativeSeparators(storage.hostPath);
    return TakeOverPlan::tr("volume %1")
        .arg(storage.volumeName.isEmpty() ? appVolume : storage.volumeName);
}

} // namespace

QString TakeOverPlan::composeFileOf(const DiscoveredStack &stack)
{
    for (const StackContainer &c : stack.containers) {
        const QString files = c.labels.value(QStringLiteral("com.docker.compose.project.config_files"));
        if (!files.isEmpty())
            return files.section(QLatin1Char(','), 0, 0);
    }
    return {};
}

std::optional<instance::ComposeImport> TakeOverPlan::read(const DiscoveredStack &stack,
                                                          const QMap<QString, QMap<QString, QString>> &running,
                                                          QString *error)
{
    const QString file = composeFileOf(stack);
    if (file.isEmpty() || !QFileInfo::exists(file)) {
        if (error) {
            *error = file.isEmpty()
                ? tr("The stack \"%1\" was not started from a compose file, so its settings cannot be read. "
                      "Write them into a docker-compose.yml and run `import FILE --name %1`.").arg(stack.project)
                : tr("The stack \"%1\" was started from %2, which is not there any more. Run `import FILE --name "
                      "%1` with its current file.").arg(stack.project, QDir::toNativeSeparators(file));
        }
        return std::nullopt;
    }
    // Compose interpolated ${VAR} from the starting shell's environment: the containers keep what
    // it gave them, and ours is the closest guess for the rest.
    QMap<QString, QString> environment = instance::ComposeImporter::shellEnvironment();
    QFile text(file);
    if (!running.isEmpty() && text.open(QIODevice::ReadOnly)) {
        const QMap<QString, QString> fromContainers = instance::ComposeImporter::variablesFromContainers(text.readAll(), running);
        for (auto it = fromContainers.begin(); it != fromContainers.end(); ++it)
            environment.insert(it.key(), it.value());
    }
    return instance::ComposeImporter::importFile(file, stack.project, environment, error);
}

QString TakeOverPlan::secretsLine(const QString &rewriteFile)
{
    if (rewriteFile.isEmpty()) {
        return tr("the secrets in the file go to the secret store; the file itself is not changed "
                  "(--rewrite-file moves them into a private .env beside it).");
    }
    return tr("the secrets in the file go to the secret store, and %1 gets ${VAR} references "
              "to a private .env instead (its original is kept beside it).").arg(rewriteFile);
}

QStringList TakeOverPlan::describe(const instance::ComposeImport &imported, const DiscoveredStack &stack)
{
    const instance::InstanceSpec &spec = imported.spec;
    QStringList names;
    for (const StackContainer &c : stack.containers)
        names.append(c.name);
    QStringList lines;
    lines << tr("Taking over \"%1\" (Directus %2, database %3):").arg(spec.name, spec.imageTag,
                                                                    instance::databaseKindId(spec.databaseKind));
    lines << tr("its containers %1 are replaced by Directus Desktop's own; the data stays where it is:")
                 .arg(names.join(QStringLiteral(", ")));
    lines << tr("uploads: %1").arg(where(spec.uploadsStorage, spec.name + QStringLiteral("_uploads")));
    if (spec.usesSqlite())
        lines << tr("SQLite: %1").arg(where(spec.databaseStorage, spec.name + QStringLiteral("_database")));
    else if (spec.databaseKind != instance::DatabaseKind::External)
        lines << tr("database files: %1").arg(where(spec.databaseServerStorage, spec.name + QStringLiteral("_db-data")));
    lines << tr("extensions: %1").arg(where(spec.extensionsStorage, spec.name + QStringLiteral("_extensions")));
    lines << imported.notes;
    return lines;
}

} // namespace dd::operations
