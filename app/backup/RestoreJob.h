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

// Puts a verified backup back into an instance: the database becomes exactly the dumped one
// (objects made after the dump, e.g. by a newer version's migrations, are gone), uploads and
// extensions are replaced by the archived ones. Directus must be stopped (the job stops it if it
// runs and leaves it stopped: the caller starts the version that matches the backup); the
// database container must exist (the job starts it and waits until it accepts connections).
class RestoreJob : public QObject
{
    Q_OBJECT
public:
    RestoreJob(docker::EngineClient *engine, instance::InstanceSpec spec, BackupInfo backup,
               QObject *parent = nullptr);
    void start();
    // Some of the instance's data was replaced before the job ended (a failure then leaves it
    // half old, half the backup's).
    bool touchedData() const { return m_touched; }

Q_SIGNALS:
    void progress(const QString &text);
    void finished(const dd::operations::OperationResult &result);

private:
    void findContainers();
    void stopDirectus();
    void restoreDatabase();
    void loadServerDump(const QString &tarPath);
    void restoreFiles();
    void putArchives(QStringList archives);
    void putFile(const QString &localPath, const QString &containerPath, bool deleteAfter, std::function<void()> next);
    QStringList helperCommand(bool chown) const;
    void fail(operations::OperationResult result);

    docker::EngineClient *m_engine;
    instance::InstanceSpec m_spec;
    BackupInfo m_backup;
    std::optional<DatabaseDump> m_dump;
    StackContainers m_containers;
    bool m_touched = false;  // data was replaced in part: a failure must say so
    bool m_done = false;
};

} // namespace dd::backup
