// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Running a command line from a GUI test that works on the real engine (docker, docker-compose,
// the app's own CLI): its exit code and merged output.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace dd::testkit {

struct Run
{
    int exitCode = -1;
    QString output;
};

inline Run run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000)) {
        result.output = process.errorString();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.output = QStringLiteral("timed out: ") + QString::fromUtf8(process.readAll());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

inline Run dockerCli(const QStringList &arguments)
{
    return run(QStringLiteral("docker"), arguments, 60000);
}

inline Run cli(const QStringList &arguments, int timeoutMs = 300000)
{
    return run(QStringLiteral(DD_CLI_BINARY), arguments, timeoutMs);
}

} // namespace dd::testkit
