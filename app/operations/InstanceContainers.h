// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/EngineError.h"
#include "instance/InstanceSpec.h"
#include "operations/DiscoveredStack.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace dd::docker {
class EngineClient;
}

namespace dd::operations {

// What the engine holds for one instance, found by labels, never by a computed name: the
// names differ between Compose versions ("-1", "_1", none), with container_name, and for the
// container an upgrade keeps. An operation checks its effect against this list before it says
// it worked (a stop that found nothing to stop is not a stop).
struct InstanceContainers
{
    Q_DECLARE_TR_FUNCTIONS(dd::operations::InstanceContainers)
public:
    // The instance's containers: labelled org.directusdesktop.instance=<id>, or of its
    // compose project with a service the instance has (Compose made them from its file).
    QList<StackContainer> members;
    // Containers whose name looks like the instance's ("blog", "blog-…", "blog_…") but that
    // are not its own: named in a sentence when nothing of the instance is found.
    QList<StackContainer> lookalikes;
    docker::EngineError error;

    QList<StackContainer> running() const;
    // The services of `services` that have no container at all.
    QStringList missing(const QStringList &services) const;
    // "No container of blog was found on the engine" and what the engine has instead, with the fix.
    QString nothingFoundSentence(const QString &instanceName) const;

    // From the entries of GET /containers/json?all=1.
    static InstanceContainers fromContainerList(const QJsonArray &entries, const instance::InstanceSpec &spec,
                                                const QStringList &services);
    // One list request; `done` runs on `context`'s thread.
    static void find(docker::EngineClient &engine, const instance::InstanceSpec &spec, QObject *context,
                     std::function<void(InstanceContainers)> done);
    // The services of the instance's plan, in start order.
    static QStringList servicesOf(const instance::InstanceSpec &spec);
};

} // namespace dd::operations
