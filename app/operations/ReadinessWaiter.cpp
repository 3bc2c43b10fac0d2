// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/ReadinessWaiter.h"

#include "docker/EngineClient.h"
#include "docker/LogStream.h"
#include "operations/DirectusHttp.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dd::operations {

namespace {

} // namespace

ReadinessWaiter::ReadinessWaiter(docker::EngineClient &engine, QString container, instance::StackPlan::WaitFor waitFor,
                                 QUrl httpBase, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_container(std::move(container))
    , m_waitFor(std::move(waitFor))
    , m_httpBase(std::move(httpBase))
    , m_http(new DirectusHttp(this))
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ReadinessWaiter::poll);
}

void ReadinessWaiter::start()
{
    m_clock.start();
    m_timer.start();
    QTimer::singleShot(0, this, &ReadinessWaiter::poll);
}

void ReadinessWaiter::poll()
{
    if (m_polling || m_done)
        return;
    if (m_clock.elapsed() > qint64(m_patienceSeconds) * 1000) {
        failWithLogs(tr("%1 did not become ready within %2 minutes. It was left running: "
                        "look at its log, then start the instance again.")
                         .arg(m_container)
                         .arg(m_patienceSeconds / 60));
        return;
    }
    m_polling = true;
    connect(m_engine.inspectContainer(m_container), &docker::EngineCall::finished, this,
            [this](const docker::EngineResponse &response) {
                m_polling = false;
                if (m_done)
                    return;
                if (!response.ok()) {
                    done(OperationResult::fromEngine(response.error));
                    return;
                }
                const QJsonObject container = response.json().object();
                const QJsonObject state = container.value(QLatin1String("State")).toObject();
                const QString engineState = state.value(QLatin1String("Status")).toString();
                // With a restart policy a crashing container never shows "exited": it restarts.
                // A restart since we began waiting means it crashed; that is not a slow migration.
                const int restarts = container.value(QLatin1String("RestartCount")).toInt();
                if (m_initialRestartCount < 0)
                    m_initialRestartCount = restarts;
                if (state.value(QLatin1String("Restarting")).toBool() || restarts > m_initialRestartCount) {
                    failWithLogs(tr("%1 stopped while starting (exit code %2) and keeps being restarted.")
                                     .arg(m_container)
                                     .arg(state.value(QLatin1String("ExitCode")).toInt()));
                    return;
                }
                if (engineState == QLatin1String("exited") || engineState == QLatin1String("dead")) {
                    failWithLogs(tr("%1 stopped while starting (exit code %2).")
                                     .arg(m_container)
                                     .arg(state.value(QLatin1String("ExitCode")).toInt()));
                    return;
                }
                if (!state.value(QLatin1String("Running")).toBool())
                    return;  // created or restarting: look again on the next tick
                switch (m_waitFor.kind) {
                case instance::StackPlan::WaitFor::Kind::Running:
                    done(OperationResult::success());
                    return;
                case instance::StackPlan::WaitFor::Kind::Healthy: {
                    const QString health = state.value(QLatin1String("Health")).toObject().value(QLatin1String("Status")).toString();
                    if (health == QLatin1String("healthy") || health.isEmpty())  // no healthcheck: running is all we can know
                        done(OperationResult::success());
                    else
                        Q_EMIT status(tr("%1: %2").arg(m_container, health));
                    return;
                }
                case instance::StackPlan::WaitFor::Kind::HttpPing: {
                    QUrl base = m_httpBase;
                    m_polling = true;
                    m_http->ping(base, [this](bool ok, const QString &) {
                        m_polling = false;
                        if (ok && !m_done)
                            done(OperationResult::success());
                    });
                    return;
                }
                }
            });
}

void ReadinessWaiter::failWithLogs(const QString &sentence)
{
    m_timer.stop();
    m_done = true;  // no more polling; finished() follows once the log tail is in
    fetchLogTail(m_engine, m_container, 30, this, [this, sentence](const QStringList &lines) {
        OperationResult result = OperationResult::failure(sentence);
        result.logTail = lines;
        Q_EMIT finished(result);
    });
}

void ReadinessWaiter::done(OperationResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    Q_EMIT finished(result);
}

void ReadinessWaiter::fetchLogTail(docker::EngineClient &engine, const QString &container, int lines, QObject *context,
                                   std::function<void(QStringList)> done)
{
    docker::LogOptions options;
    options.follow = false;
    options.tail = lines;
    docker::LogStream *stream = engine.logs(container, options);
    auto collected = std::make_shared<QStringList>();
    QObject::connect(stream, &docker::LogStream::lines, context, [collected](const QList<docker::LogLine> &batch) {
        for (const docker::LogLine &line : batch)
            collected->append(QString::fromUtf8(line.text));
    });
    QObject::connect(stream, &docker::LogStream::finished, context, [stream, collected, done = std::move(done)](const docker::EngineError &) {
        stream->deleteLater();
        done(*collected);
    });
}

} // namespace dd::operations
