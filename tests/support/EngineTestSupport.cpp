// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineTestSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>
#include <cstdlib>

namespace dd::test {

std::optional<docker::EngineEndpoint> testEngine()
{
    const QString host = qEnvironmentVariable("DOCKER_HOST");
    if (host.isEmpty())
        return std::nullopt;
    return docker::EngineEndpoint::fromHost(host);
}

docker::EngineEndpoint requireTestEngineOrExit()
{
    if (auto endpoint = testEngine())
        return *endpoint;
    std::fprintf(stderr,
                 "\n*** ENGINE TEST NOT RUN: DOCKER_HOST is not set. Run the suite with tests/run-all.sh,\n"
                 "*** which starts a private dockerd and exports DOCKER_HOST.\n\n");
    std::exit(77);
}

docker::EngineResponse await(docker::EngineCall *call, int timeoutMs)
{
    // A real event loop, not QTest::qWaitFor: that one sleeps 10 ms between rounds,
    // which would throttle streams and distort every measurement.
    docker::EngineResponse response;
    bool done = false;
    QEventLoop loop;
    QObject::connect(call, &docker::EngineCall::finished, &loop, [&](const docker::EngineResponse &r) {
        response = r;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!done) {
        call->cancel();
        response.error = docker::EngineError::make(docker::EngineError::Kind::Timeout, QStringLiteral("test timed out waiting"));
    }
    return response;
}

bool runUntil(const std::function<bool()> &done, QObject *notifier, int timeoutMs)
{
    Q_UNUSED(notifier);
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

QString uniqueName(const QString &prefix)
{
    return QStringLiteral("%1-%2-%3")
        .arg(prefix)
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->bounded(1'000'000));
}

} // namespace dd::test
