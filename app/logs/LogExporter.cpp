// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/LogExporter.h"

#include "logs/AnsiEscapes.h"
#include "logs/LogRowSelection.h"
#include "logs/LogsTr.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QThreadPool>

namespace dd::logs {

namespace {

// "2024-05-01T12:00:00.123456789Z", the form `docker logs -t` prints.
QByteArray rfc3339(qint64 ns)
{
    qint64 seconds = ns / 1000000000;
    qint64 fraction = ns % 1000000000;
    if (fraction < 0) {
        fraction += 1000000000;
        --seconds;
    }
    const QDateTime time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() + '.'
           + QByteArray::number(fraction).rightJustified(9, '0') + 'Z';
}

} // namespace

LogExporter::LogExporter(QObject *parent) : QObject(parent) {}

LogExporter::~LogExporter()
{
    if (m_link)
        m_link->detach();
}

void LogExporter::start(const QList<LogStoreSnapshot> &sources, const QStringList &services, const QString &fileName,
                        const LogExportOptions &options)
{
    if (m_link)
        m_link->detach();
    auto link = std::make_shared<LogWorkerLink>(this);
    m_link = link;
    LogExporter *exporter = this;
    QThreadPool::globalInstance()->start([link, sources, services, fileName, options, exporter] {
        const bool merged = sources.size() > 1;
        const LogRowSelection selection =
            LogRowSelection::build(sources, {}, options.levels, merged, link->cancelFlag());
        const qint64 total = qint64(selection.refs.size());
        auto done = [&](bool ok, const QString &error, qint64 lines) {
            link->post([exporter, link, ok, error, lines] { exporter->onDone(link, ok, error, lines); });
        };

        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly)) {
            done(false, Tr::tr("The log could not be exported to %1: %2").arg(fileName, file.errorString()), 0);
            return;
        }
        QByteArray out;
        QElapsedTimer sinceProgress;
        sinceProgress.start();
        qint64 written = 0;
        for (const quint64 ref : selection.refs) {
            if (link->cancelled()) {
                file.cancelWriting();
                done(false, QString(), written);
                return;
            }
            const int source = LogRowSelection::sourceOf(ref);
            const qint64 row = LogRowSelection::rowOf(ref);
            const LogStoreSnapshot &snapshot = sources[source];
            if (options.timestamps) {
                const qint64 ns = snapshot.meta(row).timestampNs;
                if (ns)
                    out += rfc3339(ns) + ' ';
            }
            if (merged && options.serviceNames && source < services.size())
                out += services[source].toUtf8() + ' ';
            const QByteArray text = snapshot.text(row);
            out += options.keepEscapes ? text : AnsiEscapes::strip(text);
            out += '\n';
            ++written;
            if (out.size() >= 1024 * 1024) {
                if (file.write(out) != out.size())
                    break;
                out.clear();
            }
            if (sinceProgress.elapsed() >= 100) {
                link->post([exporter, link, written, total] {
                    if (link == exporter->m_link)
                        Q_EMIT exporter->progress(written, total);
                });
                sinceProgress.restart();
            }
        }
        if (file.error() == QFileDevice::NoError && !out.isEmpty())
            file.write(out);
        if (file.error() != QFileDevice::NoError || !file.commit()) {
            done(false, Tr::tr("The log could not be exported to %1: %2").arg(fileName, file.errorString()), written);
            return;
        }
        done(true, QString(), written);
    });
}

void LogExporter::cancel()
{
    if (!m_link)
        return;
    m_link->detach();
    m_link.reset();
    Q_EMIT finished(false, QString(), 0);
}

void LogExporter::onDone(const LogWorkerLinkPtr &link, bool ok, const QString &error, qint64 lines)
{
    if (link != m_link)
        return;
    m_link.reset();
    Q_EMIT finished(ok, error, lines);
}

} // namespace dd::logs
