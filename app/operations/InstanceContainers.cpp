// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/InstanceContainers.h"

#include "docker/EngineClient.h"
#include "instance/ResolvedSecrets.h"
#include "instance/StackLabels.h"
#include "instance/StackPlan.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dd::operations {

namespace {


bool looksLikeTheInstance(const QString &containerName, const QString &instanceName)
{
    return containerName == instanceName || containerName.startsWith(instanceName + QLatin1Char('-'))
        || containerName.startsWith(instanceName + QLatin1Char('_'));
}

} // namespace

QList<StackContainer> InstanceContainers::running() const
{
    QList<StackContainer> list;
    for (const StackContainer &c : members) {
        if (c.isRunning())
            list.append(c);
    }
    return list;
}

QStringList InstanceContainers::missing(const QStringList &services) const
{
    QStringList list;
    for (const QString &service : services) {
        const bool found = std::any_of(members.cbegin(), members.cend(),
                                       [&service](const StackContainer &c) { return c.service == service; });
        if (!found)
            list.append(service);
    }
    return list;
}

QString InstanceContainers::nothingFoundSentence(const QString &instanceName) const
{
    QString sentence = tr("No container of %1 was found on the engine.").arg(instanceName);
    QStringList others;
    for (const StackContainer &c : lookalikes) {
        const QString project = c.labels.value(instance::kProjectLabel);
        others.append(project.isEmpty()
                          ? tr("%1 (made by hand, not by this app)").arg(c.name)
                          : tr("%1 (made by docker compose for the project %2, not by this app)").arg(c.name, project));
    }
    if (!others.isEmpty())
        sentence += QLatin1Char(' ') + tr("The engine has %1; they are left as they are.").arg(others.join(QStringLiteral(", ")));
    return sentence + QLatin1Char(' ')
        + tr("Start %1 to make its containers again from its settings (its data is in its volumes or folders).")
              .arg(instanceName);
}

InstanceContainers InstanceContainers::fromContainerList(const QJsonArray &entries, const instance::InstanceSpec &spec,
                                                         const QStringList &services)
{
    InstanceContainers found;
    for (const QJsonValue &value : entries) {
        StackContainer c = StackContainer::fromListEntry(value.toObject());
        const bool oneOff = c.labels.value(instance::kOneOffLabel).compare(QLatin1String("True"), Qt::CaseInsensitive) == 0;
        const bool ours = !spec.id.isEmpty() && c.labels.value(instance::kInstanceLabel) == spec.id;
        // Compose's own containers of the same project and service are the instance's too
        // (docker compose up from its exported file); another instance's never are.
        const bool composeMember = c.labels.value(instance::kProjectLabel) == spec.name && services.contains(c.service)
            && c.labels.value(instance::kInstanceLabel).isEmpty() && !oneOff;
        if (ours || composeMember)
            found.members.append(std::move(c));
        else if (looksLikeTheInstance(c.name, spec.name) && c.labels.value(instance::kInstanceLabel).isEmpty())
            found.lookalikes.append(std::move(c));
    }
    found.members = DiscoveredStack::startOrder(found.members);
    return found;
}

QStringList InstanceContainers::servicesOf(const instance::InstanceSpec &spec)
{
    QStringList services;
    for (const auto &c : instance::StackPlan::make(spec, instance::ResolvedSecrets::placeholders(), {}).containers)
        services.append(c.service);
    return services;
}

void InstanceContainers::find(docker::EngineClient &engine, const instance::InstanceSpec &spec, QObject *context,
                              std::function<void(InstanceContainers)> done)
{
    // The whole list (one request, no filter): the look-alikes have none of our labels.
    QObject::connect(engine.listContainers({}, true), &docker::EngineCall::finished, context,
                     [spec, done, services = servicesOf(spec)](const docker::EngineResponse &response) {
                         if (!response.ok()) {
                             InstanceContainers failed;
                             failed.error = response.error;
                             done(failed);
                             return;
                         }
                         done(fromContainerList(response.json().array(), spec, services));
                     });
}

} // namespace dd::operations
