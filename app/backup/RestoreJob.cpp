// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/RestoreJob.h"

#include "backup/BackupSteps.h"
#include "backup/BackupVerifier.h"
#include "backup/HelperContainer.h"
#include "backup/NodeHelperScripts.h"
#include "backup/TarWriter.h"
#include "core/Background.h"
#include "docker/EngineClient.h"
#include "docker/ExecJob.h"
#include "instance/StackPlan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace dd::backup {

using operations::OperationResult;

namespace {

constexpr int kStopTimeoutSeconds = 30;

// Wraps one file of the backup into a single-file tar in the temp folder, as the archive API
// wants it. Returns the tar's path, or "" when it could not be written.
QString wrapInTar(const QString &source, const QString &nameInTar)
{
    QFile in(source);
    QTemporaryFile out(QDir::tempPath() + QStringLiteral("/dd-restore-XXXXXX.tar"));
    out.setAutoRemove(false);
    if (!in.open(QIODevice::ReadOnly) || !out.open())
        return {};
    if (!TarWriter::writeSingleFile(out, nameInTar, in, in.size())) {
        out.remove();
        return {};
    }
    return out.fileName();
}

} // namespace

RestoreJob::RestoreJob(docker::EngineClient *engine, instance::InstanceSpec spec, BackupInfo backup, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_spec(std::move(spec))
    , m_backup(std::move(backup))
{
}

void RestoreJob::start()
{
    // Nothing is touched before the backup has been checked whole.
    Q_EMIT progress(tr("Verifying the backup"));
    BackupVerifier::verifyInBackground(this, m_backup.folder, [this](const std::optional<BackupInfo> &info, const QString &error) {
        if (!info) {
            fail(OperationResult::failure(error));
            return;
        }
        if (info->databaseKind != m_spec.databaseKind) {
            fail(OperationResult::failure(tr("This backup holds a %1 database, but %2 uses %3: it cannot be restored there.")
                                              .arg(instance::databaseKindId(info->databaseKind), m_spec.name,
                                                   instance::databaseKindId(m_spec.databaseKind))));
            return;
        }
        m_backup = *info;
        m_dump = DatabaseDump::forKind(m_spec.databaseKind);
        findContainers();
    });
}

void RestoreJob::findContainers()
{
    const QString none = tr("%1 has no Directus container to restore into. Start it once, then try again.").arg(m_spec.name);
    StackContainers::findWithDirectus(*m_engine, m_spec, this, none, [this](const StackContainers &found, const OperationResult &result) {
        if (!result.ok) {
            fail(result);
            return;
        }
        m_containers = found;
        stopDirectus();
    });
}

void RestoreJob::stopDirectus()
{
    if (!m_containers.directus.running) {
        restoreDatabase();
        return;
    }
    Q_EMIT progress(tr("Stopping Directus"));
    connect(m_engine->stopContainer(m_containers.directus.name, kStopTimeoutSeconds), &docker::EngineCall::finished, this,
            [this](const docker::EngineResponse &stopped) {
                if (!stopped.ok())
                    fail(OperationResult::fromEngine(stopped.error));
                else
                    restoreDatabase();
            });
}

void RestoreJob::restoreDatabase()
{
    if (m_dump->isFile) {
        restoreFiles();  // the SQLite file goes back with the other files
        return;
    }
    BackupSteps::ensureDatabaseRunning(*m_engine, m_spec, m_containers.database, this, [this](const OperationResult &ready) {
        if (!ready.ok) {
            fail(ready);
            return;
        }
        const QString source = m_backup.folder + QLatin1Char('/') + m_dump->fileName;
        runInBackground<QString>(this, [source] { return wrapInTar(source, QStringLiteral("dd-restore.sql")); },
                                 [this](const QString &tarPath) {
                                     if (tarPath.isEmpty())
                                         fail(OperationResult::failure(tr("Cannot prepare the dump in %1.").arg(QDir::tempPath())));
                                     else
                                         loadServerDump(tarPath);
                                 });
    });
}

void RestoreJob::loadServerDump(const QString &tarPath)
{
    Q_EMIT progress(tr("Loading the %1 dump").arg(m_dump->displayName));
    auto *tar = new QFile(tarPath, this);
    tar->open(QIODevice::ReadOnly);
    connect(m_engine->putArchive(m_containers.database.name, QStringLiteral("/tmp"), tar), &docker::EngineCall::finished, this,
            [this, tar](const docker::EngineResponse &put) {
                tar->close();
                tar->remove();
                tar->deleteLater();
                if (!put.ok()) {
                    fail(OperationResult::fromEngine(put.error));
                    return;
                }
                m_touched = true;
                docker::ExecJob *job = m_engine->exec(m_containers.database.name, m_dump->restoreCommand(QStringLiteral("/tmp/dd-restore.sql")));
                job->streamStdout();  // a client's echo of a large load is not needed, only its stderr
                connect(job, &docker::ExecJob::finished, this, [this, job](const docker::ExecResult &result) {
                    job->deleteLater();
                    if (!result.error.ok()) {
                        fail(OperationResult::fromEngine(result.error));
                        return;
                    }
                    if (result.exitCode != 0) {
                        OperationResult failure = OperationResult::failure(
                            tr("Loading the %1 dump failed (exit code %2).").arg(m_dump->displayName).arg(result.exitCode));
                        failure.logTail = QString::fromUtf8(result.stderrData).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(0, 20);
                        fail(failure);
                        return;
                    }
                    restoreFiles();
                });
            });
}

// The helper container's command: empty the data folders before the archived files go in (so
// files made after the backup are gone), or give them back to Directus' user after.
QStringList RestoreJob::helperCommand(bool chown) const
{
    QStringList folders{QStringLiteral("/directus/uploads"), QStringLiteral("/directus/extensions")};
    const QString sqlite = BackupSteps::sqliteFilePath(m_spec);
    if (m_dump->isFile)
        folders.append(QFileInfo(sqlite).path());
    if (chown)
        return NodeHelperScripts::chownTree(folders, instance::StackPlan::nodeUid, instance::StackPlan::nodeUid);
    // Only uploads and extensions are emptied; of the database folder, the SQLite file and what
    // SQLite keeps beside it go (a stale -wal would be replayed over the restored file).
    QStringList files;
    if (m_dump->isFile) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            files.append(sqlite + QLatin1String(suffix));
    }
    return NodeHelperScripts::emptyFolders(folders.mid(0, 2), files);
}

void RestoreJob::restoreFiles()
{
    Q_EMIT progress(tr("Replacing the uploads and extensions"));
    m_touched = true;
    HelperContainer::run(*m_engine, m_spec.name + QStringLiteral("-restore"), m_spec.directusImage(),
                         BackupSteps::directusMounts(m_spec), m_spec.id, helperCommand(false), this,
                         [this](const OperationResult &emptied) {
        if (!emptied.ok) {
            fail(emptied);
            return;
        }
        QStringList archives{QString::fromLatin1(BackupVerifier::uploadsArchive), QString::fromLatin1(BackupVerifier::extensionsArchive)};
        if (m_dump->isFile)
            archives.append(m_dump->fileName);
        putArchives(archives);
    });
}

void RestoreJob::putArchives(QStringList archives)
{
    if (archives.isEmpty()) {
        HelperContainer::run(*m_engine, m_spec.name + QStringLiteral("-restore"), m_spec.directusImage(),
                             BackupSteps::directusMounts(m_spec), m_spec.id, helperCommand(true), this, [this](const OperationResult &owned) {
            if (!owned.ok) {
                fail(owned);
                return;
            }
            m_done = true;
            Q_EMIT progress(tr("Restored from %1").arg(QDir::toNativeSeparators(m_backup.folder)));
            Q_EMIT finished(OperationResult::success());
        });
        return;
    }
    const QString name = archives.takeFirst();
    const QString local = m_backup.folder + QLatin1Char('/') + name;
    if (name != m_dump->fileName || !m_dump->isFile) {
        // uploads.tar holds "uploads/...": unpacked in /directus it lands in the mount.
        putFile(local, QStringLiteral("/directus"), false, [this, archives] { putArchives(archives); });
        return;
    }
    const QFileInfo sqlite(BackupSteps::sqliteFilePath(m_spec));
    runInBackground<QString>(this, [local, fileName = sqlite.fileName()] { return wrapInTar(local, fileName); },
                             [this, archives, dir = sqlite.path()](const QString &tarPath) {
                                 if (tarPath.isEmpty())
                                     fail(OperationResult::failure(tr("Cannot prepare the SQLite file in %1.").arg(QDir::tempPath())));
                                 else
                                     putFile(tarPath, dir, true, [this, archives] { putArchives(archives); });
                             });
}

void RestoreJob::putFile(const QString &localPath, const QString &containerPath, bool deleteAfter, std::function<void()> next)
{
    auto *tar = new QFile(localPath, this);
    if (!tar->open(QIODevice::ReadOnly)) {
        fail(OperationResult::failure(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(localPath), tar->errorString())));
        return;
    }
    connect(m_engine->putArchive(m_containers.directus.name, containerPath, tar), &docker::EngineCall::finished, this,
            [this, tar, deleteAfter, next](const docker::EngineResponse &put) {
                tar->close();
                if (deleteAfter)
                    tar->remove();
                tar->deleteLater();
                if (!put.ok())
                    fail(OperationResult::fromEngine(put.error));
                else
                    next();
            });
}

void RestoreJob::fail(OperationResult result)
{
    if (m_done)
        return;
    m_done = true;
    if (result.failedStep.isEmpty())
        result.failedStep = QStringLiteral("restore");
    if (m_touched)
        result.notes.append(tr("The data of %1 was partly replaced: restore the backup again before starting it.").arg(m_spec.name));
    else
        result.notes.append(tr("Nothing of %1 was changed.").arg(m_spec.name));
    Q_EMIT finished(result);
}

} // namespace dd::backup
