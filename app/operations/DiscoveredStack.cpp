// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/DiscoveredStack.h"

#include "docker/ImageReference.h"
#include "instance/StackLabels.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace dd::operations {

namespace {

QString healthFromStatus(const QString &status)
{
    // Order matters: "(unhealthy)" contains "healthy)".
    if (status.contains(QLatin1String("(unhealthy)")))
        return QStringLiteral("unhealthy");
    if (status.contains(QLatin1String("(health: starting)")))
        return QStringLiteral("starting");
    if (status.contains(QLatin1String("(healthy)")))
        return QStringLiteral("healthy");
    return {};
}

// Podman's compatible API uses its own words for some states.
QString dockerState(const QString &state)
{
    const QString lower = state.toLower();
    if (lower == QLatin1String("stopped"))
        return QStringLiteral("exited");
    if (lower == QLatin1String("configured") || lower == QLatin1String("initialized"))
        return QStringLiteral("created");
    return lower;
}

QStringList dependenciesOf(const StackContainer &c)
{
    QStringList out;
    const QStringList items = c.labels.value(instance::kDependsOnLabel).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString service = item.section(QLatin1Char(':'), 0, 0).trimmed();
        if (!service.isEmpty())
            out.append(service);
    }
    return out;
}

// Among containers that may start now: others before Directus, then by service and name.
bool startsEarlier(const StackContainer &a, const StackContainer &b)
{
    if (a.isDirectus() != b.isDirectus())
        return !a.isDirectus();
    if (a.service != b.service)
        return a.service < b.service;
    return a.name < b.name;
}

} // namespace

bool StackContainer::isRunning() const
{
    return state == QLatin1String("running");
}

bool StackContainer::isDirectus() const
{
    return labels.value(instance::kAppServiceLabel) == QLatin1String("directus") || isDirectusImage(image);
}

bool StackContainer::isDirectusImage(const QString &image)
{
    const docker::ImageReference ref = docker::ImageReference::parse(image);
    QString repository = ref.repository.toLower();
    if (!ref.registry.isEmpty())
        repository = repository.mid(ref.registry.size() + 1);
    // A mirror or proxy may add path segments in front ("mirror/directus/directus"): compare the end.
    for (const QLatin1String known : {QLatin1String("directus/directus"), QLatin1String("lawebcapsule/directus9")}) {
        if (repository == known || repository.endsWith(QLatin1Char('/') + known))
            return true;
    }
    return false;
}

StackContainer StackContainer::fromListEntry(const QJsonObject &entry)
{
    StackContainer c;
    c.id = entry.value(QLatin1String("Id")).toString();
    const QJsonArray names = entry.value(QLatin1String("Names")).toArray();
    c.name = names.isEmpty() ? c.id.left(12) : names.first().toString();
    if (c.name.startsWith(QLatin1Char('/')))
        c.name.remove(0, 1);
    c.image = entry.value(QLatin1String("Image")).toString();
    c.state = dockerState(entry.value(QLatin1String("State")).toString());
    c.status = entry.value(QLatin1String("Status")).toString();
    c.health = healthFromStatus(c.status);
    const QJsonObject labels = entry.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        c.labels.insert(it.key(), it.value().toString());
    c.service = c.labels.value(instance::kServiceLabel);
    const QJsonArray ports = entry.value(QLatin1String("Ports")).toArray();
    for (const QJsonValue &p : ports) {
        const QJsonObject o = p.toObject();
        c.ports.append({o.value(QLatin1String("IP")).toString(), o.value(QLatin1String("PublicPort")).toInt(),
                        o.value(QLatin1String("PrivatePort")).toInt(), o.value(QLatin1String("Type")).toString()});
    }
    const QJsonArray mounts = entry.value(QLatin1String("Mounts")).toArray();
    for (const QJsonValue &m : mounts) {
        const QJsonObject o = m.toObject();
        c.mounts.append({o.value(QLatin1String("Type")).toString(), o.value(QLatin1String("Name")).toString(),
                         o.value(QLatin1String("Source")).toString(), o.value(QLatin1String("Destination")).toString()});
    }
    return c;
}

const StackContainer *DiscoveredStack::directus() const
{
    for (const StackContainer &c : containers) {
        if (c.isDirectus())
            return &c;
    }
    return nullptr;
}

QString DiscoveredStack::directusVersion() const
{
    const StackContainer *d = directus();
    return d ? docker::ImageReference::parse(d->image).tag : QString();
}

QString DiscoveredStack::productLine() const
{
    const StackContainer *d = directus();
    if (!d)
        return {};
    return docker::ImageReference::parse(d->image).repository.endsWith(QLatin1String("directus9"))
        ? QStringLiteral("directus9")
        : QStringLiteral("directus");
}

QString DiscoveredStack::url() const
{
    const StackContainer *d = directus();
    if (!d)
        return {};
    for (const StackPort &p : d->ports) {
        if (p.containerPort != 8055 || p.hostPort == 0 || p.protocol == QLatin1String("udp"))
            continue;
        QString host = p.hostIp;
        if (host.isEmpty() || host == QLatin1String("0.0.0.0") || host == QLatin1String("::"))
            host = QStringLiteral("localhost");
        else if (host.contains(QLatin1Char(':')))
            host = QLatin1Char('[') + host + QLatin1Char(']');
        return QStringLiteral("http://%1:%2").arg(host).arg(p.hostPort);
    }
    return {};
}

DiscoveredStack::State DiscoveredStack::state() const
{
    int running = 0;
    for (const StackContainer &c : containers) {
        if (c.state == QLatin1String("dead") || c.state == QLatin1String("restarting")
            || c.health == QLatin1String("unhealthy"))
            return State::NeedsAttention;
        if (c.isRunning())
            ++running;
    }
    if (running == 0)
        return State::Stopped;
    return running == containers.size() ? State::Running : State::PartlyRunning;
}

QString DiscoveredStack::stateText(State state)
{
    switch (state) {
    case State::Running:
        return QCoreApplication::translate("Operations", "running");
    case State::Stopped:
        return QCoreApplication::translate("Operations", "stopped");
    case State::PartlyRunning:
        return QCoreApplication::translate("Operations", "partly running");
    case State::NeedsAttention:
        return QCoreApplication::translate("Operations", "needs attention");
    }
    return {};
}

QString DiscoveredStack::stateKey(State state)
{
    switch (state) {
    case State::Running:
        return QStringLiteral("running");
    case State::Stopped:
        return QStringLiteral("stopped");
    case State::PartlyRunning:
        return QStringLiteral("partly-running");
    case State::NeedsAttention:
        return QStringLiteral("needs-attention");
    }
    return {};
}

QList<StackContainer> DiscoveredStack::startOrder(QList<StackContainer> containers)
{
    // Kahn's algorithm over service names. A dependency on a service that has no container here
    // is ignored (it cannot be started by us anyway); a cycle is broken by the tie-break order.
    QSet<QString> present;
    for (const StackContainer &c : std::as_const(containers))
        present.insert(c.service);
    QList<StackContainer> ordered;
    QSet<QString> placed;  // services whose every container is placed
    while (!containers.isEmpty()) {
        std::stable_sort(containers.begin(), containers.end(), startsEarlier);
        qsizetype pick = -1;
        for (qsizetype i = 0; i < containers.size() && pick < 0; ++i) {
            const QStringList deps = dependenciesOf(containers.at(i));
            const bool ready = std::all_of(deps.cbegin(), deps.cend(), [&](const QString &d) {
                return !present.contains(d) || placed.contains(d) || d == containers.at(i).service;
            });
            if (ready)
                pick = i;
        }
        if (pick < 0)
            pick = 0;  // a cycle
        ordered.append(containers.takeAt(pick));
        const QString service = ordered.last().service;
        const bool more = std::any_of(containers.cbegin(), containers.cend(),
                                      [&](const StackContainer &c) { return c.service == service; });
        if (!more)
            placed.insert(service);
    }
    return ordered;
}

QList<DiscoveredStack> DiscoveredStack::fromContainerList(const QJsonArray &entries)
{
    QMap<QString, QList<StackContainer>> byProject;  // sorted by project name
    for (const QJsonValue &value : entries) {
        StackContainer c = StackContainer::fromListEntry(value.toObject());
        const QString project = c.labels.value(instance::kProjectLabel);
        if (project.isEmpty() || c.labels.value(instance::kOneOffLabel).compare(QLatin1String("True"), Qt::CaseInsensitive) == 0)
            continue;
        byProject[project].append(std::move(c));
    }
    QList<DiscoveredStack> stacks;
    for (auto it = byProject.begin(); it != byProject.end(); ++it) {
        DiscoveredStack stack;
        stack.project = it.key();
        bool hasDirectus = false;
        for (const StackContainer &c : std::as_const(it.value())) {
            if (stack.instanceId.isEmpty())
                stack.instanceId = c.labels.value(instance::kInstanceLabel);
            hasDirectus = hasDirectus || c.isDirectus();
        }
        if (stack.instanceId.isEmpty() && !hasDirectus)
            continue;  // someone else's compose project
        stack.containers = startOrder(it.value());
        stacks.append(std::move(stack));
    }
    return stacks;
}

} // namespace dd::operations
