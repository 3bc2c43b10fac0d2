// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/ForeignContainers.h"

#include "docker/EngineClient.h"
#include "instance/StackLabels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dd::operations {

namespace {

const QString kAsideSuffix = QStringLiteral("-before-takeover");

struct Record
{
    QString name;
    bool running = false;
};

Record parse(const QString &record)
{
    const QString body = record.mid(ForeignContainers::recordPrefix().size());
    const qsizetype colon = body.lastIndexOf(QLatin1Char(':'));
    return {body.left(colon), body.mid(colon + 1) == QLatin1String("running")};
}

} // namespace

ForeignContainers::ForeignContainers(docker::EngineClient &engine, QString project, QString instanceId, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_project(std::move(project))
    , m_instanceId(std::move(instanceId))
{
}

QString ForeignContainers::asideName(const QString &name)
{
    return name + kAsideSuffix;
}

void ForeignContainers::setAside(std::function<void(const QString &)> record, std::function<void(QString)> done)
{
    const QMap<QString, QStringList> filter{{QStringLiteral("label"), {instance::kProjectLabel + QLatin1Char('=') + m_project}}};
    connect(m_engine.listContainers(filter, true), &docker::EngineCall::finished, this,
            [this, record, done](const docker::EngineResponse &listed) {
                if (!listed.ok()) {
                    done(listed.error.sentence);
                    return;
                }
                QList<QPair<QString, bool>> pending;
                for (const QJsonValue &value : listed.json().array()) {
                    const QJsonObject c = value.toObject();
                    const QString owner = c.value(QLatin1String("Labels")).toObject().value(instance::kInstanceLabel).toString();
                    if (owner == m_instanceId)
                        continue;  // made by this take-over already (a resumed run)
                    const QString name = c.value(QLatin1String("Names")).toArray().first().toString().mid(1);
                    if (!owner.isEmpty()) {
                        done(tr("The container %1 belongs to another Directus Desktop instance (id %2) of the same "
                                "name; rename one of them first.").arg(name, owner));
                        return;
                    }
                    pending.append({name, c.value(QLatin1String("State")).toString() == QLatin1String("running")});
                }
                setAsideNext(pending, record, done);
            });
}

void ForeignContainers::setAsideNext(QList<QPair<QString, bool>> pending, std::function<void(const QString &)> record,
                                     std::function<void(QString)> done)
{
    if (pending.isEmpty()) {
        done({});
        return;
    }
    // Named copies, not a structured binding: clang 14 (the fuzz build) cannot capture those.
    const auto first = pending.takeFirst();
    const QString name = first.first;
    const bool running = first.second;
    if (name.endsWith(kAsideSuffix)) {
        // Set aside by an interrupted run; its record is in that run's journal already.
        setAsideNext(pending, record, done);
        return;
    }
    record(recordPrefix() + name + (running ? QStringLiteral(":running") : QStringLiteral(":stopped")));
    connect(m_engine.stopContainer(name, 30), &docker::EngineCall::finished, this,
            [this, name, pending, record, done](const docker::EngineResponse &stopped) {
                if (!stopped.ok() && stopped.error.kind != docker::EngineError::Kind::NotFound) {
                    done(stopped.error.sentence);
                    return;
                }
                connect(m_engine.renameContainer(name, asideName(name)), &docker::EngineCall::finished, this,
                        [this, pending, record, done](const docker::EngineResponse &renamed) {
                            if (!renamed.ok()) {
                                done(renamed.error.sentence);
                                return;
                            }
                            setAsideNext(pending, record, done);
                        });
            });
}

void ForeignContainers::remove(QStringList records, std::function<void(QStringList)> done)
{
    QStringList names;
    for (const QString &r : std::as_const(records))
        names.append(parse(r).name);
    removeNext(names, {}, done);
}

void ForeignContainers::removeNext(QStringList names, QStringList notes, std::function<void(QStringList)> done)
{
    if (names.isEmpty()) {
        done(notes);
        return;
    }
    const QString name = names.takeFirst();
    const QString aside = asideName(name);
    connect(m_engine.inspectContainer(aside), &docker::EngineCall::finished, this,
            [this, name, aside, names, notes, done](const docker::EngineResponse &inspected) mutable {
                if (!inspected.ok()) {
                    removeNext(names, notes, done);  // gone already
                    return;
                }
                // Anonymous volumes (an image's VOLUME the file did not name) are not removed with
                // the container: they may hold data; say where they are instead.
                QStringList anonymous;
                for (const QJsonValue &m : inspected.json().object().value(QLatin1String("Mounts")).toArray()) {
                    const QJsonObject mount = m.toObject();
                    const QString volume = mount.value(QLatin1String("Name")).toString();
                    if (mount.value(QLatin1String("Type")).toString() == QLatin1String("volume") && volume.size() == 64)
                        anonymous.append(volume.left(12));
                }
                connect(m_engine.removeContainer(aside, true, false), &docker::EngineCall::finished, this,
                        [this, name, anonymous, names, notes, done](const docker::EngineResponse &removed) mutable {
                            if (!removed.ok()) {
                                notes.append(removed.error.sentence);
                            } else {
                                notes.append(tr("Removed the old container %1.").arg(name));
                                for (const QString &volume : anonymous)
                                    notes.append(tr("Kept its unnamed volume %1 (docker volume rm removes it).").arg(volume));
                            }
                            removeNext(names, notes, done);
                        });
            });
}

void ForeignContainers::restore(QStringList records, std::function<void(QStringList)> done)
{
    restoreNext(records, {}, done);
}

void ForeignContainers::restoreNext(QStringList records, QStringList notes, std::function<void(QStringList)> done)
{
    if (records.isEmpty()) {
        done(notes);
        return;
    }
    const Record r = parse(records.takeFirst());
    connect(m_engine.renameContainer(asideName(r.name), r.name), &docker::EngineCall::finished, this,
            [this, r, records, notes, done](const docker::EngineResponse &renamed) mutable {
                if (!renamed.ok() && renamed.error.kind != docker::EngineError::Kind::NotFound) {
                    notes.append(tr("Could not give %1 its name back: %2").arg(asideName(r.name), renamed.error.sentence));
                    restoreNext(records, notes, done);
                    return;
                }
                if (!r.running) {
                    notes.append(tr("Put the container %1 back as it was.").arg(r.name));
                    restoreNext(records, notes, done);
                    return;
                }
                connect(m_engine.startContainer(r.name), &docker::EngineCall::finished, this,
                        [this, r, records, notes, done](const docker::EngineResponse &started) mutable {
                            notes.append(started.ok() ? tr("Put the container %1 back and started it.").arg(r.name)
                                                      : tr("Put the container %1 back, but it did not start: %2")
                                                            .arg(r.name, started.error.sentence));
                            restoreNext(records, notes, done);
                        });
            });
}

} // namespace dd::operations
