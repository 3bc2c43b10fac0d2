// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/ContainerSpec.h"
#include "instance/EnvRules.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace dd::instance {

struct InstanceSpec;
struct ResolvedSecrets;

// Everything an instance consists of on the engine, named and labelled the way Docker Compose
// does it, so `docker compose -p <name> ps/logs/down` works on it (DESIGN idea 4).
struct StackPlan
{
    struct Network
    {
        QString key;   // "default", or the key a taken-over stack's file gave it
        QString name;  // "<project>_<key>"
        QMap<QString, QString> labels;
    };
    struct Volume
    {
        QString key;   // "uploads", "database", "extensions", "db-data", "cache-data"
        QString name;  // "<project>_<key>"
        QMap<QString, QString> labels;
    };
    // How to know a started container is ready before starting the next one.
    struct WaitFor
    {
        enum class Kind { Running, Healthy, HttpPing };
        Kind kind = Kind::Running;
        QString path;  // HttpPing only: "/server/ping"
    };
    struct Container
    {
        QString service;  // "database", "cache", "directus"
        QString name;     // "<project>-<service>-1"
        docker::ContainerSpec spec;
        WaitFor waitFor;
        QStringList execWhenReady;  // run once waitFor holds, before the next container starts (SQL Server's CREATE DATABASE)
    };

    QString project;
    Network network;
    QList<Volume> volumes;
    QList<Container> containers;     // in start order: database, cache, directus
    QStringList needsOwnershipFix;   // host folders to create and give to uid/gid 1000 before the first start
    QStringList serverOwnedFolders;  // a taken-over database server's own folder: mounted as it is, never created or re-owned
    QList<EnvNote> notes;

    // Pure: the same inputs give the same plan. instanceFolder is where the app keeps this
    // instance's files (its compose export goes there), recorded in the compose labels.
    static StackPlan make(const InstanceSpec &spec, const ResolvedSecrets &secrets, const QString &instanceFolder);

    static QString composeVersion();  // the Compose version our labels imitate
    static constexpr int nodeUid = 1000;  // the image's "node" user

    const Container *container(const QString &service) const;
    // A deterministic, readable dump (create bodies for `api`), for golden files and diagnostics.
    // It contains the secrets the plan was made with.
    QJsonObject toJson(docker::ApiVersion api) const;
};

} // namespace dd::instance
