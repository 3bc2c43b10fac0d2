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
    QByteArray stdoutData;  // empty when the job streamed stdout (ExecJob::streamStdout)
    QByteArray stderrData;  // its last ExecJob::stderrKept bytes: what an error report needs
};

// Runs a command in a running container (create, start attached, then read the exit
// code), capturing stdout and stderr. Used for database dumps and health probes.
//
// Memory stays bounded whatever the command prints: stderr is kept as its last 256 KiB, and a
// command whose stdout is large (a dump of any size) has it only streamed, never collected.
class ExecJob : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype stderrKept = 256 * 1024;

    ExecJob(EngineClient *client, QString container, QStringList cmd, QStringList env, QString user,
            QObject *parent = nullptr);
    ~ExecJob() override;
    // Stdout goes to output() only and ExecResult::stdoutData stays empty. Call it right after
    // the job was made, before control returns to the event loop.
    void streamStdout() { m_streamStdout = true; }
    void cancel();

Q_SIGNALS:
    // Output as it arrives, for long commands (a dump). Stderr and, unless streamStdout() was
    // called, stdout are also collected into ExecResult.
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
    bool m_streamStdout = false;
    bool m_finished = false;
};

} // namespace dd::docker

Q_DECLARE_METATYPE(dd::docker::ExecResult)
