// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ExportCommand.h"

#include "cli/CliSession.h"
#include "cli/ExitCodes.h"
#include "core/AppPaths.h"
#include "instance/ComposeExporter.h"
#include "instance/ResolvedSecrets.h"
#include "instance/StackPlan.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace dd::cli {

namespace {

using secrets::SecretKey;

// Reads the instance's secrets. A missing entry is an empty value (not every instance has a
// database root password); any other failure is reported and ends the export.
std::optional<instance::ResolvedSecrets> readSecrets(CliSession &session, const QString &id)
{
    instance::ResolvedSecrets s;
    const QList<std::pair<SecretKey::Name, QString *>> wanted{{SecretKey::Name::Key, &s.key},
                                                              {SecretKey::Name::Secret, &s.secret},
                                                              {SecretKey::Name::AdminPassword, &s.adminPassword},
                                                              {SecretKey::Name::DbPassword, &s.dbPassword},
                                                              {SecretKey::Name::DbRootPassword, &s.dbRootPassword}};
    for (const auto &[name, target] : wanted) {
        const secrets::SecretResult r = session.await(session.secrets().read(SecretKey::forInstance(id, name)));
        if (r.ok()) {
            *target = QString::fromUtf8(r.value);
        } else if (r.error != secrets::SecretResult::Error::NotFound) {
            session.err() << r.message << Qt::endl;
            return std::nullopt;
        }
    }
    const secrets::SecretResult extra =
        session.await(session.secrets().read(SecretKey::forInstance(id, SecretKey::Name::ExtraEnv)));
    if (extra.ok()) {
        s.env = instance::ResolvedSecrets::envFromBytes(extra.value);
    } else if (extra.error != secrets::SecretResult::Error::NotFound) {
        session.err() << extra.message << Qt::endl;
        return std::nullopt;
    }
    return s;
}

} // namespace

int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString name;
    QString dir = QDir::currentPath();
    bool withSecrets = false;
    bool usage = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--with-secrets"))
            withSecrets = true;
        else if (a == QLatin1String("--dir") && i + 1 < arguments.size())
            dir = QDir(arguments.at(++i)).absolutePath();
        else if (!a.startsWith(QLatin1Char('-')) && name.isEmpty())
            name = a;
        else
            usage = true;
    }
    if (usage || name.isEmpty()) {
        err << QCoreApplication::translate("Cli", "Usage: %1 export NAME [--dir DIR] [--with-secrets]")
                   .arg(QCoreApplication::applicationName())
            << Qt::endl;
        return ExitCode::Usage;
    }
    CliSession session(out, err);
    const std::optional<instance::InstanceSpec> spec = session.findInstance(name);
    if (!spec)
        return ExitCode::NotFound;

    instance::ResolvedSecrets secrets = instance::ResolvedSecrets::placeholders();
    if (withSecrets) {
        const auto read = readSecrets(session, spec->id);
        if (!read)
            return ExitCode::Failure;
        secrets = *read;
    }
    const instance::ExportOptions options{withSecrets};
    const instance::StackPlan plan = instance::StackPlan::make(*spec, secrets, AppPaths::instanceFolder(spec->id));
    const instance::ComposeExport exported = instance::ComposeExporter::make(*spec, plan, options);
    const instance::StoreResult written = instance::ComposeExporter::writeFiles(dir, *spec, plan, options);
    if (!written) {
        err << written.error << Qt::endl;
        return ExitCode::Failure;
    }
    out << QCoreApplication::translate("Cli", "Wrote %1").arg(QDir::toNativeSeparators(dir + QStringLiteral("/docker-compose.yml")))
        << '\n';
    if (withSecrets) {
        out << QCoreApplication::translate("Cli", "Wrote %1 (only you can read it: it holds the secrets)")
                   .arg(QDir::toNativeSeparators(dir + QStringLiteral("/.env")))
            << '\n';
    }
    for (const QString &note : exported.notes)
        out << QCoreApplication::translate("Cli", "Note: %1").arg(note) << '\n';
    if (!withSecrets) {
        out << QCoreApplication::translate("Cli", "Secrets are ${VAR} references: put them in a .env beside the file, or export "
                                                  "again with --with-secrets.")
            << '\n';
    }
    out << QCoreApplication::translate("Cli", "Run it with: docker compose -p %1 up -d").arg(spec->name) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace dd::cli
