// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/EngineError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace dd::docker {

class EngineCall;
class EngineClient;
class MultiplexedStreamDecoder;
struct EngineResponse;

struct ExecResult
{
    EngineError error;
    int exitCode = -1;
    QByteArray stdoutData;
    QByteArray stderrData;
};

// Runs a command in a running container (create, start attached, then read the exit
// code), capturing stdout and stderr. Used for database dumps and health probes.
class ExecJob : public QObject
{
    Q_OBJECT
public:
    ExecJob(EngineClient *client, QString container, QStringList cmd, QStringList env, QString user,
            QObject *parent = nullptr);
    ~ExecJob() override;
    void cancel();

Q_SIGNALS:
    // Output as it arrives, for long commands (a dump) that should not be held in memory
    // twice; it is also collected into ExecResult.
    void output(int stream, const QByteArray &bytes);
    void finished(const dd::docker::ExecResult &result);

private:
    void create();
    void startExec(const QString &execId);
    void readExitCode(const QString &execId);
    void fail(const EngineError &error);

    EngineClient *m_client;
    QString m_container;
    QStringList m_cmd;
    QStringList m_env;
    QString m_user;
    QPointer<EngineCall> m_call;
    std::unique_ptr<MultiplexedStreamDecoder> m_decoder;
    ExecResult m_result;
    int m_exitCodePolls = 0;
    bool m_finished = false;
};

} // namespace dd::docker

Q_DECLARE_METATYPE(dd::docker::ExecResult)
