// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace dd::operations {

// One published port of a container, as /containers/json reports it.
struct StackPort
{
    QString hostIp;  // "127.0.0.1", "0.0.0.0", "::"; "" when not published
    int hostPort = 0;  // 0 when not published
    int containerPort = 0;
    QString protocol;  // "tcp", "udp"
};

// One mount of a container: a named volume or a host folder.
struct StackMount
{
    QString type;         // "volume", "bind", "tmpfs"
    QString name;         // the volume's name; "" for a bind
    QString source;       // the host path (for a volume: where the engine keeps it)
    QString destination;  // the path inside the container
};

struct StackContainer
{
    QString id, name, service, image, state;  // state: Docker's State ("running", "exited", "created", "restarting", "paused", "dead")
    QString health;                            // "", "starting", "healthy", "unhealthy"
    QMap<QString, QString> labels;
    QString status;  // Docker's Status text, e.g. "Up 5 minutes (healthy)", "Exited (0) 2 hours ago"
    QList<StackPort> ports;
    QList<StackMount> mounts;

    bool isRunning() const;
    // The image is Directus or its GPL fork (any registry, tag or digest).
    bool isDirectus() const;

    // One entry of GET /containers/json. Health comes from the Status text ("(healthy)",
    // "(unhealthy)", "(health: starting)"): the list endpoint has no separate field for it on
    // API 1.41, and inspecting every container would cost a request each.
    static StackContainer fromListEntry(const QJsonObject &entry);
    // "directus/directus", "127.0.0.1:5000/directus/directus:10", "lawebcapsule/directus9@sha256:…"
    static bool isDirectusImage(const QString &image);
};

struct DiscoveredStack
{
    QString project;
    QString instanceId;                // org.directusdesktop.instance; empty for an adopted stack
    QList<StackContainer> containers;  // in start order: dependencies first, the Directus container last
    bool isAdopted() const { return instanceId.isEmpty(); }
    const StackContainer *directus() const;
    QString directusVersion() const;   // tag of the Directus image, "" if unknown
    // "directus" or "directus9" (lawebcapsule's GPL fork, whose version numbers overlap upstream's); "" if none.
    QString productLine() const;
    // Where Directus answers on the host, from its published port 8055 ("" when not published).
    // A wildcard bind address becomes "localhost".
    QString url() const;

    enum class State { Running, Stopped, PartlyRunning, NeedsAttention };  // NeedsAttention: a container dead/restarting/unhealthy
    State state() const;
    static QString stateText(State);   // plain words, translated
    static QString stateKey(State);    // stable for scripts: "running", "stopped", "partly-running", "needs-attention"

    // Groups the entries of GET /containers/json into stacks, sorted by project name.
    // Keeps a project when one of its containers carries org.directusdesktop.instance (ours)
    // or runs a Directus image (adopted). One-off containers (`compose run`) are left out: they
    // are not part of the stack and would make a running stack look partly stopped.
    static QList<DiscoveredStack> fromContainerList(const QJsonArray &entries);
    // Sorts containers into start order: com.docker.compose.depends_on (Compose v2 writes it;
    // 1.29 does not) first; among the containers free to start, Directus last, others by service name.
    static QList<StackContainer> startOrder(QList<StackContainer> containers);
};

} // namespace dd::operations

Q_DECLARE_METATYPE(dd::operations::DiscoveredStack)
Q_DECLARE_METATYPE(QList<dd::operations::DiscoveredStack>)
