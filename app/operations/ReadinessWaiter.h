// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/StackPlan.h"
#include "operations/OperationResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace dd::docker {
class EngineClient;
}

namespace dd::operations {

class DirectusHttp;

// Waits until a started container is ready the way its plan says (running; healthy; answering
// an HTTP ping). It polls the engine once a second and stops early, with the container's last
// log lines, when the container exits. It never stops or kills the container: a Directus that
// is slow because it runs migrations is left alone (directus#20592), however long it takes,
// up to `patience`; then the caller is told it is still starting.
class ReadinessWaiter : public QObject
{
    Q_OBJECT
public:
    ReadinessWaiter(docker::EngineClient &engine, QString container, instance::StackPlan::WaitFor waitFor,
                    QUrl httpBase, QObject *parent = nullptr);

    void setPatience(int seconds) { m_patienceSeconds = seconds; }
    void start();

    // The last `lines` lines of a container's log, for error reports.
    static void fetchLogTail(docker::EngineClient &engine, const QString &container, int lines, QObject *context,
                             std::function<void(QStringList)> done);

Q_SIGNALS:
    void status(const QString &text);
    void finished(const dd::operations::OperationResult &result);

private:
    void poll();
    void failWithLogs(const QString &sentence);
    void done(OperationResult result);

    docker::EngineClient &m_engine;
    QString m_container;
    instance::StackPlan::WaitFor m_waitFor;
    QUrl m_httpBase;
    DirectusHttp *m_http;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_patienceSeconds = 1800;
    int m_initialRestartCount = -1;
    bool m_polling = false;
    bool m_done = false;
};

} // namespace dd::operations
