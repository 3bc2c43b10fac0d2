// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/StatusCommand.h"

#include "cli/CliSession.h"
#include "cli/ExitCodes.h"
#include "cli/InstanceOverview.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace dd::cli {

namespace {

using operations::StackContainer;

QJsonObject storageJson(const instance::StorageChoice &choice)
{
    const bool folder = choice.kind == instance::StorageChoice::Kind::HostFolder;
    QJsonObject o{{QStringLiteral("kind"), folder ? QStringLiteral("folder") : QStringLiteral("volume")},
                  {QStringLiteral("path"), folder ? choice.hostPath : QString()}};
    if (!choice.volumeName.isEmpty())
        o.insert(QStringLiteral("volume"), choice.volumeName);  // a taken-over stack's own volume
    return o;
}

QJsonObject containerJson(const StackContainer &c)
{
    QJsonArray ports;
    for (const operations::StackPort &p : c.ports) {
        ports.append(QJsonObject{{QStringLiteral("hostIp"), p.hostIp},
                                 {QStringLiteral("hostPort"), p.hostPort},
                                 {QStringLiteral("containerPort"), p.containerPort},
                                 {QStringLiteral("protocol"), p.protocol}});
    }
    QJsonArray mounts;
    for (const operations::StackMount &m : c.mounts) {
        mounts.append(QJsonObject{{QStringLiteral("type"), m.type},
                                  {QStringLiteral("name"), m.name},
                                  {QStringLiteral("source"), m.source},
                                  {QStringLiteral("destination"), m.destination}});
    }
    return {{QStringLiteral("name"), c.name},     {QStringLiteral("service"), c.service},
            {QStringLiteral("image"), c.image},   {QStringLiteral("state"), c.state},
            {QStringLiteral("health"), c.health}, {QStringLiteral("status"), c.status},
            {QStringLiteral("directus"), c.isDirectus()},
            {QStringLiteral("ports"), ports},     {QStringLiteral("mounts"), mounts}};
}

QJsonObject statusJson(const InstanceRow &row)
{
    QJsonObject o = row.toJson();
    o.insert(QStringLiteral("project"), row.stack ? row.stack->project : row.name());
    QJsonArray containers;
    if (row.stack) {
        for (const StackContainer &c : row.stack->containers)
            containers.append(containerJson(c));
    }
    o.insert(QStringLiteral("containers"), containers);
    if (row.spec) {
        QJsonObject storage{{QStringLiteral("uploads"), storageJson(row.spec->uploadsStorage)},
                            {QStringLiteral("extensions"), storageJson(row.spec->extensionsStorage)}};
        if (row.spec->usesSqlite())
            storage.insert(QStringLiteral("database"), storageJson(row.spec->databaseStorage));
        else if (row.spec->databaseKind != instance::DatabaseKind::External)
            storage.insert(QStringLiteral("databaseServer"), storageJson(row.spec->databaseServerStorage));
        o.insert(QStringLiteral("storage"), storage);
        o.insert(QStringLiteral("hostPort"), row.spec->hostPort);
        o.insert(QStringLiteral("bindAddress"), row.spec->bindAddress);
    }
    return o;
}

void printText(const InstanceRow &row, QTextStream &out)
{
    out << row.name();
    if (row.isAdopted())
        out << ' ' << QCoreApplication::translate("Cli", "(adopted: made outside Directus Desktop)");
    out << '\n';
    out << "  " << QCoreApplication::translate("Cli", "State:") << ' ' << row.stateText() << '\n';
    out << "  " << QCoreApplication::translate("Cli", "Directus:") << ' ' << (row.version().isEmpty() ? QCoreApplication::translate("Cli", "unknown") : row.version()) << '\n';
    out << "  " << QCoreApplication::translate("Cli", "Database:") << ' ' << row.database() << '\n';
    if (!row.url().isEmpty())
        out << "  " << QCoreApplication::translate("Cli", "URL:") << ' ' << row.url() << '\n';
    if (row.spec) {
        auto storage = [&](const char *label, const instance::StorageChoice &c) {
            out << "  " << QCoreApplication::translate("Cli", label) << ' '
                << (c.kind == instance::StorageChoice::Kind::HostFolder ? QCoreApplication::translate("Cli", "folder %1").arg(c.hostPath)
                                                                        : QCoreApplication::translate("Cli", "named volume"))
                << '\n';
        };
        storage(QT_TRANSLATE_NOOP("Cli", "Uploads:"), row.spec->uploadsStorage);
        storage(QT_TRANSLATE_NOOP("Cli", "Extensions:"), row.spec->extensionsStorage);
        if (row.spec->usesSqlite())
            storage(QT_TRANSLATE_NOOP("Cli", "SQLite database:"), row.spec->databaseStorage);
    }
    if (!row.stack) {
        out.flush();
        return;
    }
    out << "  " << QCoreApplication::translate("Cli", "Containers:") << '\n';
    for (const StackContainer &c : row.stack->containers) {
        out << "    " << c.name << "  " << c.service << "  " << c.image << "  " << c.state;
        if (!c.health.isEmpty())
            out << " (" << c.health << ')';
        out << '\n';
        for (const operations::StackPort &p : c.ports) {
            if (p.hostPort != 0)
                out << "      " << QCoreApplication::translate("Cli", "port %1:%2 -> %3/%4").arg(p.hostIp).arg(p.hostPort).arg(p.containerPort).arg(p.protocol) << '\n';
        }
        for (const operations::StackMount &m : c.mounts) {
            const QString what = m.type == QLatin1String("volume") ? QCoreApplication::translate("Cli", "volume %1").arg(m.name) : QCoreApplication::translate("Cli", "folder %1").arg(m.source);
            out << "      " << what << " -> " << m.destination << '\n';
        }
    }
    out.flush();
}

} // namespace

int runStatusCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    bool json = false;
    QString name;
    for (const QString &a : arguments) {
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a.startsWith(QLatin1Char('-')) || !name.isEmpty()) {
            err << QCoreApplication::translate("Cli", "Usage: %1 status NAME [--json]").arg(QCoreApplication::applicationName()) << Qt::endl;
            return ExitCode::Usage;
        } else {
            name = a;
        }
    }
    if (name.isEmpty()) {
        err << QCoreApplication::translate("Cli", "Usage: %1 status NAME [--json]").arg(QCoreApplication::applicationName()) << Qt::endl;
        return ExitCode::Usage;
    }
    CliSession session(out, err);
    docker::EngineError engineError;
    const QList<InstanceRow> rows = InstanceOverview::load(session, true, &engineError);
    const std::optional<InstanceRow> row = InstanceOverview::find(rows, name);
    if (!row) {
        err << QCoreApplication::translate("Cli", "No instance or stack named \"%1\". `%2 list` shows them.").arg(name, QCoreApplication::applicationName())
            << Qt::endl;
        return engineError.ok() ? ExitCode::NotFound : ExitCode::EngineUnreachable;
    }
    if (json) {
        out << QJsonDocument(statusJson(*row)).toJson(QJsonDocument::Indented);
        out.flush();
    } else {
        printText(*row, out);
    }
    return engineError.ok() ? ExitCode::Ok : ExitCode::EngineUnreachable;
}

} // namespace dd::cli
