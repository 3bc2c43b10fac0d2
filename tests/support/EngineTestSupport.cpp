#include "EngineTestSupport.h"

#include <QCoreApplication>
#include <QDateTime>
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
    docker::EngineResponse response;
    bool done = false;
    QObject::connect(call, &docker::EngineCall::finished, [&](const docker::EngineResponse &r) {
        response = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs)) {
        call->cancel();
        (void)QTest::qWaitFor([&] { return done; }, 5000);
        response.error = docker::EngineError::make(docker::EngineError::Kind::Timeout, QStringLiteral("test timed out waiting"));
    }
    return response;
}

QString uniqueName(const QString &prefix)
{
    return QStringLiteral("%1-%2-%3")
        .arg(prefix)
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->bounded(1'000'000));
}

} // namespace dd::test
