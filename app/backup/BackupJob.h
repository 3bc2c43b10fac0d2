// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupInfo.h"
#include "instance/InstanceSpec.h"
#include "backup/DatabaseDump.h"
#include "backup/StackContainers.h"
#include "operations/OperationResult.h"

#include <QObject>

#include <functional>
#include <optional>

namespace dd::docker {
class EngineClient;
}

namespace dd::backup {

// Writes one backup of an instance into a new folder under `backupsRoot`, then verifies it
// (the dump is readable, the archives list) before reporting success. The database is dumped
// inside its own container by exec (pg_dump / mysqldump); a SQLite file is copied through the
// archive API, which needs Directus stopped: the job stops it when it runs and starts it again
// afterwards unless `leaveDirectusStopped` (the upgrade wants it stopped). Uploads and
// extensions are read as tar through the archive API. A failed backup removes its own
// half-written folder and nothing else, and starts Directus again if it stopped it (even with
// leaveDirectusStopped: the instance is left as the job found it).
class BackupJob : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString backupsRoot;  // the folder that holds every backup folder (created if missing)
        QString reason = QStringLiteral("manual");
        bool leaveDirectusStopped = false;
    };

    BackupJob(docker::EngineClient *engine, instance::InstanceSpec spec, Options options,
              QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void progress(const QString &text);  // "Dumping the PostgreSQL database… 12.3 MB"
    // On success `info` describes the verified backup; on failure result.ok is false.
    void finished(const dd::operations::OperationResult &result, const dd::backup::BackupInfo &info);

private:
    void makeFolder();
    void stopDirectusIfNeeded();
    void dumpDatabase();
    void copySqliteFile();
    void runDumpCommand();
    void archive(const QString &containerPath, const QString &fileName, std::function<void()> next);
    void writeManifestAndVerify();
    void fail(operations::OperationResult result);
    void restartDirectusThen(std::function<void()> then);
    QString pathInFolder(const QString &name) const;

    docker::EngineClient *m_engine;
    instance::InstanceSpec m_spec;
    Options m_options;
    std::optional<DatabaseDump> m_dump;
    BackupInfo m_info;
    StackContainers m_containers;
    bool m_folderCreated = false;
    bool m_stoppedDirectus = false;
    bool m_done = false;
};

} // namespace dd::backup
