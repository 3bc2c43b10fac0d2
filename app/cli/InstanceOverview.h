// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/EngineError.h"
#include "instance/InstanceSpec.h"
#include "operations/DiscoveredStack.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd::cli {

class CliSession;

// One line of `list`: an instance from the InstanceStore, a stack found on the engine, or both.
// A stored instance and a stack are the same thing when the stack carries the instance's id, or
// when the stack is adopted (no id label) and its compose project has the instance's name: that
// is how a guide stack recorded by `import` shows up once, not twice.
struct InstanceRow
{
    std::optional<instance::InstanceSpec> spec;
    std::optional<operations::DiscoveredStack> stack;
    bool engineReachable = true;

    QString name() const;
    QString id() const;         // "" for an adopted stack not recorded in the store
    bool isAdopted() const;     // made outside the app (the guide's docker compose)
    QString version() const;    // the running Directus tag when known, else the stored one
    QString database() const;   // a databaseKindId, or "unknown"
    QString url() const;
    QString stateKey() const;   // "running", "stopped", "partly-running", "needs-attention", "not-created", "unknown"
    QString stateText() const;  // plain words, translated

    QJsonObject toJson() const;  // the stable keys of `list --json`
};

// Reads the store and (when reachable) the engine, and merges them.
class InstanceOverview
{
public:
    // Connects the session's engine when `withEngine`. On an unreachable engine the rows hold the
    // stored instances only, each with engineReachable=false; *engineError says why (already printed on stderr).
    static QList<InstanceRow> load(CliSession &session, bool withEngine, docker::EngineError *engineError,
                                   const QString &project = {});
    // The row named `nameOrId` (instance name, id or compose project), or nullopt.
    static std::optional<InstanceRow> find(const QList<InstanceRow> &rows, const QString &nameOrId);
    // Runs StackDiscovery to completion (the CLI may wait; the core never does).
    static QList<operations::DiscoveredStack> discover(CliSession &session, const QString &project,
                                                       docker::EngineError *error);
    // From the images of the stack's containers: "postgres", "mysql", ...; "" when no database container.
    static QString databaseFromImages(const operations::DiscoveredStack &stack);
};

} // namespace dd::cli
