// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ImportCommand.h"

#include "cli/CliSession.h"
#include "cli/ExitCodes.h"
#include "cli/InstanceOverview.h"
#include "instance/ComposeImporter.h"
#include "instance/DatabaseKind.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTextStream>

namespace dd::cli {

namespace {

using secrets::SecretKey;

QMap<QString, QString> processEnvironment()
{
    // Compose interpolates ${VAR} from the shell's environment, so the import does too.
    QMap<QString, QString> env;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    const QStringList keys = system.keys();
    for (const QString &key : keys)
        env.insert(key, system.value(key));
    return env;
}

// Writes the secrets that were found; on the first failure removes what was written, so a failed
// import leaves nothing behind.
bool storeSecrets(CliSession &session, const QString &id, const instance::ResolvedSecrets &s)
{
    const QList<std::pair<SecretKey::Name, QString>> found{{SecretKey::Name::Key, s.key},
                                                           {SecretKey::Name::Secret, s.secret},
                                                           {SecretKey::Name::AdminPassword, s.adminPassword},
                                                           {SecretKey::Name::DbPassword, s.dbPassword},
                                                           {SecretKey::Name::DbRootPassword, s.dbRootPassword}};
    QStringList written;
    for (const auto &[name, value] : found) {
        if (value.isEmpty())
            continue;
        const QString key = SecretKey::forInstance(id, name);
        const secrets::SecretResult r = session.await(session.secrets().write(key, value.toUtf8()));
        if (!r.ok()) {
            session.err() << r.message << Qt::endl;
            for (const QString &done : std::as_const(written))
                session.await(session.secrets().remove(done));
            return false;
        }
        written.append(key);
    }
    return true;
}

} // namespace

int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString file;
    QString name;
    bool usage = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--name") && i + 1 < arguments.size())
            name = arguments.at(++i);
        else if (!a.startsWith(QLatin1Char('-')) && file.isEmpty())
            file = a;
        else
            usage = true;
    }
    if (usage || file.isEmpty()) {
        err << QCoreApplication::translate("Cli", "Usage: %1 import FILE [--name NAME]").arg(QCoreApplication::applicationName())
            << Qt::endl;
        return ExitCode::Usage;
    }
    QString error;
    const std::optional<instance::ComposeImport> imported =
        instance::ComposeImporter::importFile(QFileInfo(file).absoluteFilePath(), name, processEnvironment(), &error);
    if (!imported) {
        err << error << Qt::endl;
        return ExitCode::Failure;
    }
    const instance::InstanceSpec &spec = imported->spec;

    CliSession session(out, err);
    if (session.store().takenNames().contains(spec.name)) {
        err << QCoreApplication::translate("Cli", "An instance named \"%1\" already exists. Choose another name with --name.")
                   .arg(spec.name)
            << Qt::endl;
        return ExitCode::Failure;
    }
    // Secrets first: an instance whose secrets could not be kept would be unusable.
    if (!storeSecrets(session, spec.id, imported->secrets))
        return ExitCode::Failure;
    if (const instance::StoreResult saved = session.store().save(spec); !saved) {
        err << saved.error << Qt::endl;
        for (const QString &key : SecretKey::allForInstance(spec.id))
            session.await(session.secrets().remove(key));
        return ExitCode::Failure;
    }
    out << QCoreApplication::translate("Cli", "Imported \"%1\" (id %2, Directus %3, database %4).")
               .arg(spec.name, spec.id, spec.imageTag, instance::databaseKindId(spec.databaseKind))
        << '\n';
    for (const QString &note : imported->notes)
        out << QCoreApplication::translate("Cli", "Note: %1").arg(note) << '\n';
    out.flush();

    // Adopting the guide's stack: nothing to record beyond the name, which is what joins them.
    if (!session.connectEngine()) {
        err << QCoreApplication::translate("Cli", "Could not look for a running stack named \"%1\"; the import is kept.")
                   .arg(spec.name)
            << Qt::endl;
        return ExitCode::Ok;
    }
    docker::EngineError engineError;
    const QList<operations::DiscoveredStack> stacks = InstanceOverview::discover(session, spec.name, &engineError);
    if (!engineError.ok()) {
        err << engineError.sentence << Qt::endl;
        return ExitCode::Ok;
    }
    for (const operations::DiscoveredStack &stack : stacks) {
        if (stack.isAdopted()) {
            out << QCoreApplication::translate("Cli", "The stack \"%1\" already runs on the engine (%2, %n container(s)); "
                                                      "it is now shown as this instance.", nullptr, int(stack.containers.size()))
                       .arg(stack.project, operations::DiscoveredStack::stateText(stack.state()))
                << Qt::endl;
        } else {
            err << QCoreApplication::translate("Cli", "Warning: the engine already has a stack \"%1\" that belongs to another "
                                                      "instance (id %2); rename this one before creating it.")
                       .arg(stack.project, stack.instanceId)
                << Qt::endl;
        }
    }
    return ExitCode::Ok;
}

} // namespace dd::cli
