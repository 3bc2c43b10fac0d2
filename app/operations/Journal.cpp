// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/Journal.h"

#include "core/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace dd::operations {

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

void JournalEntry::markBegun(const QString &stepId)
{
    for (Step &step : steps) {
        if (step.id == stepId) {
            step.state = str("begun");
            return;
        }
    }
    steps.append({stepId, str("begun")});
}

void JournalEntry::markDone(const QString &stepId)
{
    for (Step &step : steps) {
        if (step.id == stepId) {
            step.state = str("done");
            return;
        }
    }
    steps.append({stepId, str("done")});
}

bool JournalEntry::isDone(const QString &stepId) const
{
    for (const Step &step : steps) {
        if (step.id == stepId)
            return step.state == QLatin1String("done");
    }
    return false;
}

QString JournalEntry::interruptedStep() const
{
    for (const Step &step : steps) {
        if (step.state == QLatin1String("begun"))
            return step.id;
    }
    return {};
}

QByteArray JournalEntry::toJson() const
{
    QJsonArray stepArray;
    for (const Step &step : steps)
        stepArray.append(QJsonObject{{str("id"), step.id}, {str("state"), step.state}});
    const QJsonObject object{
        {str("schema"), 1},
        {str("operation"), operation},
        {str("instanceId"), instanceId},
        {str("project"), project},
        {str("spec"), QString::fromUtf8(specYaml)},
        {str("pid"), pid},
        {str("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {str("flags"), toArray(flags)},
        {str("steps"), stepArray},
        {str("createdContainers"), toArray(createdContainers)},
        {str("createdNetworks"), toArray(createdNetworks)},
        {str("createdVolumes"), toArray(createdVolumes)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<JournalEntry> JournalEntry::fromJson(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject() || document.object().value(str("schema")).toInt() != 1) {
        if (error)
            *error = QCoreApplication::translate("Operations", "The journal is unreadable: %1")
                         .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                            : str("unknown schema"));
        return std::nullopt;
    }
    const QJsonObject o = document.object();
    JournalEntry entry;
    entry.operation = o.value(str("operation")).toString();
    entry.instanceId = o.value(str("instanceId")).toString();
    entry.project = o.value(str("project")).toString();
    entry.specYaml = o.value(str("spec")).toString().toUtf8();
    entry.pid = o.value(str("pid")).toInteger();
    entry.startedAt = QDateTime::fromString(o.value(str("startedAt")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &v : o.value(str("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        entry.steps.append({s.value(str("id")).toString(), s.value(str("state")).toString()});
    }
    entry.flags = toList(o.value(str("flags")));
    entry.createdContainers = toList(o.value(str("createdContainers")));
    entry.createdNetworks = toList(o.value(str("createdNetworks")));
    entry.createdVolumes = toList(o.value(str("createdVolumes")));
    if (entry.instanceId.isEmpty() || entry.operation.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Operations", "The journal names no instance or operation.");
        return std::nullopt;
    }
    return entry;
}

Journal::Journal(QString directory)
    : m_directory(std::move(directory))
{
}

QString Journal::pathFor(const QString &instanceId) const
{
    return m_directory + QLatin1Char('/') + instanceId + QStringLiteral(".journal.json");
}

bool Journal::write(const JournalEntry &entry, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QCoreApplication::translate("Operations", "Cannot create the folder %1.").arg(m_directory);
        return false;
    }
    const AtomicFile::Result written =
        AtomicFile::write(pathFor(entry.instanceId), entry.toJson(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!written.ok()) {
        if (error)
            *error = written.reason;
        return false;
    }
    return true;
}

std::optional<JournalEntry> Journal::read(const QString &instanceId) const
{
    QFile file(pathFor(instanceId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return JournalEntry::fromJson(file.readAll());
}

bool Journal::remove(const QString &instanceId) const
{
    const QString path = pathFor(instanceId);
    return !QFile::exists(path) || QFile::remove(path);
}

QList<JournalEntry> Journal::all() const
{
    QList<JournalEntry> entries;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({str("*.journal.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (auto entry = JournalEntry::fromJson(file.readAll()))
            entries.append(*entry);
    }
    return entries;
}

bool Journal::isProcessAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    // Signal 0 checks existence and permission without sending anything.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#elif defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return false;
    DWORD code = 0;
    const bool alive = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return alive;
#else
    return false;
#endif
}

} // namespace dd::operations
