// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/InstanceOverview.h"

#include "cli/CliSession.h"
#include "docker/ImageReference.h"
#include "instance/DatabaseKind.h"
#include "operations/StackDiscovery.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace dd::cli {

using operations::DiscoveredStack;

QString InstanceRow::name() const
{
    return spec ? spec->name : stack ? stack->project : QString();
}

QString InstanceRow::id() const
{
    return spec ? spec->id : stack ? stack->instanceId : QString();
}

bool InstanceRow::isAdopted() const
{
    return stack && stack->isAdopted();
}

QString InstanceRow::version() const
{
    if (stack && !stack->directusVersion().isEmpty())
        return stack->directusVersion();
    return spec ? spec->imageTag : QString();
}

QString InstanceRow::database() const
{
    if (spec)
        return instance::databaseKindId(spec->databaseKind);
    const QString guessed = stack ? InstanceOverview::databaseFromImages(*stack) : QString();
    return guessed.isEmpty() ? QStringLiteral("unknown") : guessed;
}

QString InstanceRow::url() const
{
    // What the engine publishes wins: an adopted stack's ports may differ from what was imported.
    if (stack && !stack->url().isEmpty())
        return stack->url();
    return spec ? spec->effectivePublicUrl() : QString();
}

QString InstanceRow::stateKey() const
{
    if (!engineReachable)
        return QStringLiteral("unknown");
    if (!stack)
        return QStringLiteral("not-created");
    return DiscoveredStack::stateKey(stack->state());
}

QString InstanceRow::stateText() const
{
    if (!engineReachable)
        return QCoreApplication::translate("Cli", "unknown (engine unreachable)");
    if (!stack)
        return QCoreApplication::translate("Cli", "not created");
    return DiscoveredStack::stateText(stack->state());
}

QJsonObject InstanceRow::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name()},
                       {QStringLiteral("id"), id()},
                       {QStringLiteral("adopted"), isAdopted()},
                       {QStringLiteral("stored"), spec.has_value()},
                       {QStringLiteral("version"), version()},
                       {QStringLiteral("database"), database()},
                       {QStringLiteral("state"), stateKey()},
                       {QStringLiteral("stateText"), stateText()},
                       {QStringLiteral("url"), url()},
                       {QStringLiteral("containers"), stack ? int(stack->containers.size()) : 0}};
}

QList<DiscoveredStack> InstanceOverview::discover(CliSession &session, const QString &project, docker::EngineError *error)
{
    operations::StackDiscovery discovery(session.engine());
    QList<DiscoveredStack> result;
    docker::EngineError failure;
    QObject::connect(&discovery, &operations::StackDiscovery::finished,
                     [&](const QList<DiscoveredStack> &stacks, const docker::EngineError &e) {
                         result = stacks;
                         failure = e;
                     });
    discovery.start(project);
    session.awaitSignal(&discovery, &operations::StackDiscovery::finished);
    if (error)
        *error = failure;
    return result;
}

QList<InstanceRow> InstanceOverview::load(CliSession &session, bool withEngine, docker::EngineError *engineError,
                                          const QString &project)
{
    QStringList problems;
    const QList<instance::InstanceSpec> specs = session.store().list(&problems);
    for (const QString &problem : std::as_const(problems))
        session.err() << problem << Qt::endl;

    bool reachable = false;
    QList<DiscoveredStack> stacks;
    docker::EngineError error;
    if (withEngine) {
        if (session.connectEngine()) {
            stacks = discover(session, project, &error);
            reachable = error.ok();
            if (!reachable)
                session.err() << error.sentence << Qt::endl;
        } else {
            error = docker::EngineError::make(docker::EngineError::Kind::EngineUnreachable,
                                              QCoreApplication::translate("Cli", "No Docker engine answered."));
        }
    }
    if (engineError)
        *engineError = error;

    QList<InstanceRow> rows;
    QList<bool> stackUsed(stacks.size(), false);
    for (const instance::InstanceSpec &spec : specs) {
        InstanceRow row;
        row.spec = spec;
        row.engineReachable = reachable;
        for (qsizetype i = 0; i < stacks.size(); ++i) {
            const DiscoveredStack &s = stacks.at(i);
            const bool same = s.isAdopted() ? s.project == spec.name : s.instanceId == spec.id;
            if (same && !stackUsed.at(i)) {
                row.stack = s;
                stackUsed[i] = true;
                break;
            }
        }
        rows.append(row);
    }
    for (qsizetype i = 0; i < stacks.size(); ++i) {
        if (stackUsed.at(i))
            continue;
        InstanceRow row;
        row.stack = stacks.at(i);
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const InstanceRow &a, const InstanceRow &b) { return a.name() < b.name(); });
    return rows;
}

std::optional<InstanceRow> InstanceOverview::find(const QList<InstanceRow> &rows, const QString &nameOrId)
{
    for (const InstanceRow &row : rows) {
        if (row.name() == nameOrId || (!row.id().isEmpty() && row.id() == nameOrId)
            || (row.stack && row.stack->project == nameOrId))
            return row;
    }
    return std::nullopt;
}

QString InstanceOverview::databaseFromImages(const DiscoveredStack &stack)
{
    for (const operations::StackContainer &c : stack.containers) {
        const QString repo = docker::ImageReference::parse(c.image).repository.toLower();
        const QString last = repo.section(QLatin1Char('/'), -1);
        if (last == QLatin1String("postgres") || last == QLatin1String("postgis"))
            return QStringLiteral("postgres");
        if (last == QLatin1String("mysql"))
            return QStringLiteral("mysql");
        if (last == QLatin1String("mariadb"))
            return QStringLiteral("mariadb");
        if (last == QLatin1String("mssql") || repo.endsWith(QLatin1String("mssql/server")))
            return QStringLiteral("mssql");
        if (last == QLatin1String("cockroach"))
            return QStringLiteral("cockroachdb");
    }
    return {};
}

} // namespace dd::cli
