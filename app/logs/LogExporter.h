// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/LogExportOptions.h"
#include "logs/LogStoreSnapshot.h"
#include "logs/LogWorkerLink.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace dd::logs {

// Writes the lines a view shows (same filter, same merged order: LogRowSelection) to a file on
// a pool thread. The file is replaced atomically (QSaveFile): a cancelled or failed export
// leaves whatever was there before.
class LogExporter : public QObject
{
    Q_OBJECT
public:
    explicit LogExporter(QObject *parent = nullptr);
    ~LogExporter() override;

    // `services` names the sources (same order) for the merged prefix.
    void start(const QList<LogStoreSnapshot> &sources, const QStringList &services, const QString &fileName,
               const LogExportOptions &options = {});
    void cancel();
    bool isRunning() const { return m_link != nullptr; }

Q_SIGNALS:
    void progress(qint64 writtenLines, qint64 totalLines);
    // ok false with a sentence for the user; cancelled exports report ok false and an empty error.
    void finished(bool ok, const QString &error, qint64 lines);

private:
    void onDone(const LogWorkerLinkPtr &link, bool ok, const QString &error, qint64 lines);

    LogWorkerLinkPtr m_link;
};

} // namespace dd::logs
