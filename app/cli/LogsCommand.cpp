// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/LogsCommand.h"

#include "cli/CliSession.h"
#include "cli/ExitCodes.h"
#include "cli/InstanceOverview.h"
#include "core/InterruptNotifier.h"
#include "docker/EngineClient.h"
#include "docker/LogStream.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace dd::cli {

namespace {

struct LogsArgs
{
    QString name;
    QString service;
    bool follow = false;
    bool timestamps = false;
    int tail = -1;
};

std::optional<LogsArgs> parse(const QStringList &arguments, QTextStream &err)
{
    LogsArgs a;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("-f") || arg == QLatin1String("--follow")) {
            a.follow = true;
        } else if (arg == QLatin1String("--timestamps") || arg == QLatin1String("-t")) {
            a.timestamps = true;
        } else if ((arg == QLatin1String("--tail") || arg == QLatin1String("--service")) && i + 1 < arguments.size()) {
            const QString value = arguments.at(++i);
            if (arg == QLatin1String("--service")) {
                a.service = value;
                continue;
            }
            bool ok = false;
            a.tail = value == QLatin1String("all") ? -1 : value.toInt(&ok);
            if (value != QLatin1String("all") && (!ok || a.tail < 0)) {
                err << QCoreApplication::translate("Cli", "--tail needs a number of lines or \"all\".") << Qt::endl;
                return std::nullopt;
            }
        } else if (!arg.startsWith(QLatin1Char('-')) && a.name.isEmpty()) {
            a.name = arg;
        } else {
            a.name.clear();
            break;
        }
    }
    if (a.name.isEmpty()) {
        err << QCoreApplication::translate("Cli", "Usage: %1 logs NAME [-f] [--tail N] [--service S] [--timestamps]")
                   .arg(QCoreApplication::applicationName())
            << Qt::endl;
        return std::nullopt;
    }
    return a;
}

} // namespace

int runLogsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const std::optional<LogsArgs> args = parse(arguments, err);
    if (!args)
        return ExitCode::Usage;
    CliSession session(out, err);
    docker::EngineError engineError;
    const QList<InstanceRow> rows = InstanceOverview::load(session, true, &engineError);
    if (!engineError.ok())
        return ExitCode::EngineUnreachable;
    const std::optional<InstanceRow> row = InstanceOverview::find(rows, args->name);
    if (!row) {
        err << QCoreApplication::translate("Cli", "No instance or stack named \"%1\". `%2 list` shows them.")
                   .arg(args->name, QCoreApplication::applicationName())
            << Qt::endl;
        return ExitCode::NotFound;
    }
    const operations::StackContainer *container = nullptr;
    if (row->stack) {
        if (args->service.isEmpty()) {
            container = row->stack->directus();
        } else {
            for (const operations::StackContainer &c : row->stack->containers) {
                if (c.service == args->service) {
                    container = &c;
                    break;
                }
            }
        }
    }
    if (!container) {
        err << (args->service.isEmpty()
                    ? QCoreApplication::translate("Cli", "\"%1\" has no Directus container on the engine; start or create it first.")
                          .arg(args->name)
                    : QCoreApplication::translate("Cli", "\"%1\" has no container for the service \"%2\".").arg(args->name, args->service))
            << Qt::endl;
        return ExitCode::NotFound;
    }

    docker::LogOptions options;
    options.follow = args->follow;
    options.tail = args->tail;
    docker::LogStream *stream = session.engine().logs(container->id, options);

    // Raw bytes, so a line that is not valid UTF-8 reaches a pipe unchanged.
    out.flush();
    err.flush();
    QObject::connect(stream, &docker::LogStream::lines, stream, [&](const QList<docker::LogLine> &batch) {
        for (const docker::LogLine &line : batch) {
            FILE *sink = line.stream == docker::StreamKind::Stdout ? stdout : stderr;
            if (args->timestamps && line.timestampNs > 0) {
                const QByteArray stamp = QDateTime::fromMSecsSinceEpoch(line.timestampNs / 1000000, Qt::UTC)
                                             .toString(Qt::ISODateWithMs)
                                             .toUtf8();
                std::fwrite(stamp.constData(), 1, size_t(stamp.size()), sink);
                std::fputc(' ', sink);
            }
            std::fwrite(line.text.constData(), 1, size_t(line.text.size()), sink);
            std::fputc('\n', sink);
        }
        std::fflush(stdout);
        std::fflush(stderr);
    });

    docker::EngineError streamError;
    bool interrupted = false;
    QEventLoop loop;
    QObject::connect(stream, &docker::LogStream::finished, &loop, [&](const docker::EngineError &e) {
        streamError = e;
        loop.quit();
    });
    // Ctrl+C (SIGINT/SIGTERM, a console's Ctrl+C on Windows) ends a followed log cleanly.
    const std::unique_ptr<InterruptNotifier> interrupt = InterruptNotifier::create();
    if (interrupt) {
        QObject::connect(interrupt.get(), &InterruptNotifier::interrupted, &loop, [&] {
            interrupted = true;
            stream->cancel();
            loop.quit();
        });
    }
    if (!stream->isFinished())
        loop.exec();
    stream->deleteLater();
    if (interrupted)
        return ExitCode::Ok;
    if (!streamError.ok()) {
        err << streamError.sentence << Qt::endl;
        return streamError.kind == docker::EngineError::Kind::EngineUnreachable ? ExitCode::EngineUnreachable
                                                                                : ExitCode::Failure;
    }
    return ExitCode::Ok;
}

} // namespace dd::cli
