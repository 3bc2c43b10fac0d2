// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/InstanceLock.h"

#include "operations/Journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSysInfo>

#include <map>

namespace dd::operations {

namespace {

// The locks this process holds, by path, with how many takers share each.
struct HeldHere
{
    std::unique_ptr<QLockFile> file;
    int takers = 0;
};

std::map<QString, HeldHere> &heldHere()
{
    static std::map<QString, HeldHere> held;
    return held;
}

QString &frontEnd()
{
    static QString name = QStringLiteral("cli");
    return name;
}

QString lockPath(const QString &journalDirectory, const QString &instanceId)
{
    return journalDirectory + QLatin1Char('/') + instanceId + QStringLiteral(".lock");
}

QString notePath(const QString &lock)
{
    return lock + QStringLiteral(".json");
}

std::optional<InstanceLock::Holder> readHolder(const QLockFile &file, const QString &path)
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!file.getLockInfo(&pid, &host, &application))
        return std::nullopt;  // released meanwhile
    InstanceLock::Holder holder;
    holder.pid = pid;
    holder.host = host;
    QFile note(notePath(path));
    if (note.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(note.readAll()).object();
        // A note left by an earlier holder that died says nothing about this one.
        if (o.value(QLatin1String("pid")).toInteger() == pid) {
            holder.operation = o.value(QLatin1String("operation")).toString();
            holder.frontEnd = o.value(QLatin1String("frontEnd")).toString();
            holder.since = QDateTime::fromString(o.value(QLatin1String("since")).toString(), Qt::ISODate);
        }
    }
    return holder;
}

} // namespace

QString InstanceLock::Holder::sentence(const QString &instanceName) const
{
    const QString who = frontEnd == QLatin1String("gui")   ? tr("the Directus Desktop window")
                      : frontEnd == QLatin1String("cli")   ? tr("the command line")
                                                           : tr("another Directus Desktop");
    QString what = operation.isEmpty() ? tr("An operation from %1, pid %2").arg(who).arg(pid)
                                       : tr("`%1` from %2, pid %3").arg(operation, who).arg(pid);
    if (!host.isEmpty() && host != QSysInfo::machineHostName())
        what += QLatin1Char(' ') + tr("on %1").arg(host);
    if (since.isValid())
        what += QStringLiteral(", ") + tr("since %1").arg(since.toLocalTime().toString(QStringLiteral("HH:mm")));
    return tr("%1, holds %2. Wait until it has finished and try again; nothing was changed.").arg(what, instanceName);
}

InstanceLock::InstanceLock(const QString &journalDirectory, const QString &instanceId)
    : m_path(lockPath(journalDirectory, instanceId))
{
}

InstanceLock::~InstanceLock()
{
    release();
}

bool InstanceLock::tryTake(const QString &operation)
{
    m_refusedBy.reset();
    m_writeError.clear();
    if (m_held)
        return true;
    auto &held = heldHere();
    if (auto it = held.find(m_path); it != held.end()) {
        ++it->second.takers;
        m_held = true;
        return true;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    auto file = std::make_unique<QLockFile>(m_path);
    // Never stale by age: only when its process is gone.
    file->setStaleLockTime(0);
    if (!file->tryLock(0)) {
        if (file->error() == QLockFile::LockFailedError) {
            m_refusedBy = readHolder(*file, m_path);
        } else {
            m_writeError = tr("Cannot write the lock file %1: check the permissions of its folder and the free disk space.")
                         .arg(QDir::toNativeSeparators(m_path));
        }
        return false;
    }
    QSaveFile note(notePath(m_path));
    if (note.open(QIODevice::WriteOnly)) {
        const QJsonObject o{{QStringLiteral("pid"), QCoreApplication::applicationPid()},
                            {QStringLiteral("operation"), operation},
                            {QStringLiteral("frontEnd"), frontEnd()},
                            {QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        note.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        note.commit();  // without the note the sentence is vaguer, the lock as good
    }
    held.emplace(m_path, HeldHere{std::move(file), 1});
    m_held = true;
    return true;
}

QString InstanceLock::refusal(const QString &instanceName) const
{
    if (!m_writeError.isEmpty())
        return m_writeError;
    if (m_refusedBy)
        return m_refusedBy->sentence(instanceName);
    return tr("Another program works on %1 right now. Wait until it has finished and try again; nothing was changed.")
        .arg(instanceName);
}

void InstanceLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    auto &held = heldHere();
    auto it = held.find(m_path);
    if (it == held.end() || --it->second.takers > 0)
        return;
    QFile::remove(notePath(m_path));
    it->second.file->unlock();
    held.erase(it);
}

std::optional<InstanceLock::Holder> InstanceLock::holderOf(const QString &journalDirectory, const QString &instanceId)
{
    if (heldHere().count(lockPath(journalDirectory, instanceId)) > 0)
        return std::nullopt;
    return holderOnDisk(journalDirectory, instanceId);
}

std::optional<InstanceLock::Holder> InstanceLock::holderOnDisk(const QString &journalDirectory, const QString &instanceId)
{
    const QString path = lockPath(journalDirectory, instanceId);
    if (!QFileInfo::exists(path))
        return std::nullopt;
    // Read, never taken: a probe that took the lock for a moment could turn a real caller away.
    const QLockFile probe(path);
    std::optional<Holder> holder = readHolder(probe, path);
    if (!holder || !Journal::isProcessAlive(holder->pid))
        return std::nullopt;
    return holder;
}

void InstanceLock::clearStale(const QString &journalDirectory)
{
    const QDir dir(journalDirectory);
    const QString suffix = QStringLiteral(".lock");
    for (const QString &name : dir.entryList({QLatin1Char('*') + suffix}, QDir::Files)) {
        const QString id = name.chopped(suffix.size());
        if (heldHere().count(lockPath(journalDirectory, id)) > 0)
            continue;
        InstanceLock lock(journalDirectory, id);
        if (lock.tryTake(QStringLiteral("recover")))
            lock.release();
    }
    // A note whose lock is gone says nothing any more.
    for (const QString &name : dir.entryList({QLatin1Char('*') + suffix + QStringLiteral(".json")}, QDir::Files)) {
        if (!QFileInfo::exists(dir.filePath(name.chopped(5))))
            QFile::remove(dir.filePath(name));
    }
}

void InstanceLock::setFrontEnd(const QString &name)
{
    frontEnd() = name;
}

} // namespace dd::operations
