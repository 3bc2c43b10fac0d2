// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (b) of the log pipeline: a real container prints 1,000,000 lines; we read its
// whole log through our client (socket transport + llhttp + frame and line decoding, with
// timestamps) and compare with `docker logs CONTAINER > /dev/null` on the same container,
// in the same run. Prints figures; never fails on time.
#include "EngineTestSupport.h"

#include "docker/EngineClient.h"
#include "docker/LogStream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTest>

#include <cstdio>

using namespace dd::docker;

namespace {

constexpr int kLines = 1'000'000;
constexpr int kRounds = 3;

double ourLinesPerSecond(EngineClient &client, const QString &id, qint64 *count)
{
    LogOptions options;
    options.follow = false;
    LogStream *stream = client.logs(id, options);
    qint64 lines = 0;
    QEventLoop loop;
    QObject::connect(stream, &LogStream::lines, [&](const QList<LogLine> &batch) { lines += batch.size(); });
    QObject::connect(stream, &LogStream::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    loop.exec();
    const double seconds = timer.nsecsElapsed() / 1e9;
    stream->deleteLater();
    *count = lines;
    return lines / seconds;
}

double dockerCliLinesPerSecond(const QString &id, bool timestamps)
{
    QProcess docker;
    docker.setStandardOutputFile(QProcess::nullDevice());
    docker.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    QStringList args{QStringLiteral("logs"), id};
    if (timestamps)
        args << QStringLiteral("--timestamps");
    docker.start(QStringLiteral("docker"), args);
    if (!docker.waitForFinished(600000) || docker.exitCode() != 0)
        return -1;
    return kLines / (timer.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto endpoint = dd::test::testEngine();
    if (!endpoint) {
        std::printf("log follow benchmark: NOT RUN (DOCKER_HOST not set; run tests/run-all.sh)\n");
        return 0;
    }
    EngineClient client(*endpoint);
    if (!dd::test::await(client.connectToEngine()).ok()) {
        std::printf("log follow benchmark: NOT RUN (engine not answering)\n");
        return 0;
    }
    if (!dd::test::await(client.inspectImage(QStringLiteral("ddtest-busybox:1"))).ok()) {
        std::printf("log follow benchmark: NOT RUN (image ddtest-busybox:1 missing; tests/services/test-images.sh)\n");
        return 0;
    }
    ContainerSpec spec;
    spec.image = QStringLiteral("ddtest-busybox:1");
    spec.cmd = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("seq 1 %1").arg(kLines)};
    spec.labels = {{QLatin1String(dd::test::kTestLabel), QStringLiteral("bench")}};
    const EngineResponse created = dd::test::await(client.createContainer(dd::test::uniqueName(QStringLiteral("ddbench-logs")), spec));
    const QString id = created.json()[QLatin1String("Id")].toString();
    dd::test::await(client.startContainer(id));
    dd::test::await(client.waitContainer(id), 300000);

    double ours = 0, cli = 0, cliTimestamps = 0;
    qint64 count = 0;
    for (int round = 0; round < kRounds; ++round) {
        ours = qMax(ours, ourLinesPerSecond(client, id, &count));
        cli = qMax(cli, dockerCliLinesPerSecond(id, false));
        cliTimestamps = qMax(cliTimestamps, dockerCliLinesPerSecond(id, true));
    }
    dd::test::await(client.removeContainer(id, true));
    if (count != kLines) {
        std::printf("log follow benchmark: FAILED: read %lld lines, expected %d\n", static_cast<long long>(count), kLines);
        return 1;
    }
    std::printf("log read of a real container (1,000,000 lines, best of %d):\n", kRounds);
    std::printf("  ours (socket + llhttp + frames + lines + timestamps): %.0f lines/s\n", ours);
    if (cli > 0)
        std::printf("  docker logs > /dev/null (baseline, same container):  %.0f lines/s\n  ratio ours/docker = %.2f (goal >= 1.0)\n",
                    cli, ours / cli);
    if (cliTimestamps > 0)
        std::printf("  docker logs --timestamps (the bytes we read):          %.0f lines/s\n  ratio ours/docker -t = %.2f\n",
                    cliTimestamps, ours / cliTimestamps);
    else
        std::printf("  docker logs baseline: NOT RUN (docker CLI failed)\n");
    return 0;
}
