// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Another program holding an instance's lock, as a second Directus Desktop would: a real child
// process (sleep), and the lock file in QLockFile's own format (pid, program name, host) written
// for the child's pid, with the note beside it that names the operation. Linux: the program name
// comes from /proc. Killed (and the lock thereby stale) when it goes out of scope.

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QSysInfo>

namespace dd::test {

struct LockHolderProcess
{
    QProcess child;
    // `lockPath`: <journal folder>/<instance id>.lock
    bool start(const QString &lockPath, const QString &operation)
    {
        const QString sleep = QStandardPaths::findExecutable(QStringLiteral("sleep"));
        if (sleep.isEmpty())
            return false;
        child.start(sleep, {QStringLiteral("120")});
        if (!child.waitForStarted())
            return false;
        QFile lock(lockPath);
        if (!lock.open(QIODevice::WriteOnly))
            return false;
        const QString program = QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(child.processId()))).fileName();
        lock.write(QByteArray::number(child.processId()) + '\n' + program.toUtf8() + '\n'
                   + QSysInfo::machineHostName().toUtf8() + '\n');
        QFile note(lockPath + QStringLiteral(".json"));
        if (!note.open(QIODevice::WriteOnly))
            return false;
        note.write(QJsonDocument(QJsonObject{{QStringLiteral("pid"), child.processId()},
                                             {QStringLiteral("operation"), operation},
                                             {QStringLiteral("frontEnd"), QStringLiteral("cli")},
                                             {QStringLiteral("since"), QStringLiteral("2026-12-03T20:04:00Z")}})
                       .toJson());
        return true;
    }
    void stop()
    {
        if (child.state() == QProcess::NotRunning)
            return;
        child.kill();
        child.waitForFinished();
    }
    ~LockHolderProcess() { stop(); }
};

} // namespace dd::test
