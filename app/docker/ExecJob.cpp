// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/ExecJob.h"

#include "docker/DockerTr.h"
#include "docker/EngineClient.h"
#include "docker/MultiplexedStreamDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace dd::docker {

ExecJob::ExecJob(EngineClient *client, QString container, QStringList cmd, QStringList env, QString user, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_container(std::move(container))
    , m_cmd(std::move(cmd))
    , m_env(std::move(env))
    , m_user(std::move(user))
{
    QTimer::singleShot(0, this, &ExecJob::create);
}

ExecJob::~ExecJob() = default;

void ExecJob::create()
{
    if (m_finished)
        return;
    QJsonObject body{{QLatin1String("AttachStdout"), true},
                     {QLatin1String("AttachStderr"), true},
                     {QLatin1String("Tty"), false},
                     {QLatin1String("Cmd"), QJsonArray::fromStringList(m_cmd)}};
    if (!m_env.isEmpty())
        body.insert(QLatin1String("Env"), QJsonArray::fromStringList(m_env));
    if (!m_user.isEmpty())
        body.insert(QLatin1String("User"), m_user);
    m_call = m_client->request("POST", QLatin1String("/containers/") + m_container + QLatin1String("/exec"), {},
                               QJsonDocument(body).toJson(QJsonDocument::Compact), Tr::tr("Container %1").arg(m_container));
    connect(m_call, &EngineCall::finished, this, [this](const EngineResponse &response) {
        if (!response.ok()) {
            fail(response.error);
            return;
        }
        startExec(response.json()[QLatin1String("Id")].toString());
    });
}

void ExecJob::startExec(const QString &execId)
{
    m_decoder = std::make_unique<MultiplexedStreamDecoder>([this](StreamKind stream, QByteArrayView payload) {
        if (stream == StreamKind::Stderr) {
            QByteArray &kept = m_result.stderrData;
            kept.append(payload);
            if (kept.size() > stderrKept)
                kept.remove(0, kept.size() - stderrKept);
        } else if (!m_streamStdout) {
            m_result.stdoutData.append(payload);
        }
        Q_EMIT output(int(stream), payload.toByteArray());
    });
    const QJsonObject body{{QLatin1String("Detach"), false}, {QLatin1String("Tty"), false}};
    // The output ends when the command does, which may take long (a dump): no idle timeout.
    m_call = m_client->request("POST", QLatin1String("/exec/") + execId + QLatin1String("/start"), {},
                               QJsonDocument(body).toJson(QJsonDocument::Compact), Tr::tr("Container %1").arg(m_container),
                               EngineCall::Mode::Streamed, 0);
    connect(m_call, &EngineCall::chunk, this, [this](const QByteArray &bytes) { m_decoder->feed(bytes); });
    connect(m_call, &EngineCall::finished, this, [this, execId](const EngineResponse &response) {
        if (!response.ok()) {
            fail(response.error);
            return;
        }
        m_decoder->finish();
        if (m_decoder->hasError()) {
            fail(EngineError::make(EngineError::Kind::Protocol, m_decoder->errorString()));
            return;
        }
        readExitCode(execId);
    });
}

void ExecJob::readExitCode(const QString &execId)
{
    m_call = m_client->request("GET", QLatin1String("/exec/") + execId + QLatin1String("/json"));
    connect(m_call, &EngineCall::finished, this, [this, execId](const EngineResponse &response) {
        if (!response.ok()) {
            fail(response.error);
            return;
        }
        const QJsonObject object = response.json().object();
        // The output can end a moment before the engine records the exit code.
        if (object.value(QLatin1String("Running")).toBool() && ++m_exitCodePolls < 100) {
            QTimer::singleShot(50, this, [this, execId] { readExitCode(execId); });
            return;
        }
        m_result.exitCode = object.value(QLatin1String("ExitCode")).toInt(-1);
        m_finished = true;
        Q_EMIT finished(m_result);
        deleteLater();
    });
}

void ExecJob::cancel()
{
    if (m_call)
        m_call->cancel();
    else
        fail(EngineError::make(EngineError::Kind::Cancelled, Tr::tr("Cancelled.")));
}

void ExecJob::fail(const EngineError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.error = error;
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace dd::docker
