// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupJob.h"

#include "backup/BackupManifest.h"
#include "backup/BackupSteps.h"
#include "backup/BackupVerifier.h"
#include "backup/TarReader.h"
#include "core/Background.h"
#include "docker/EngineClient.h"
#include "docker/ExecJob.h"
#include "docker/LogLine.h"
#include "operations/DirectusHttp.h"
#include "operations/ReadinessWaiter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace dd::backup {

using operations::OperationResult;

namespace {

constexpr int kStopTimeoutSeconds = 30;
const QString kSqliteArchive = QStringLiteral("database.sqlite.tar");  // the archive API's answer, unpacked then deleted

QString megabytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

BackupJob::BackupJob(docker::EngineClient *engine, instance::InstanceSpec spec, Options options, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_spec(std::move(spec))
    , m_options(std::move(options))
{
}

void BackupJob::start()
{
    m_dump = DatabaseDump::forKind(m_spec.databaseKind);
    if (!m_dump) {
        // Queued, so a caller connecting after start() still hears it.
        QMetaObject::invokeMethod(this, [this] { fail(OperationResult::failure(DatabaseDump::unsupportedSentence(m_spec.databaseKind))); },
                                  Qt::QueuedConnection);
        return;
    }
    m_info.instanceId = m_spec.id;
    m_info.instanceName = m_spec.name;
    m_info.imageTag = m_spec.imageTag;
    m_info.databaseKind = m_spec.databaseKind;
    m_info.reason = m_options.reason;
    m_info.createdAt = QDateTime::currentDateTimeUtc();
    const QString none = tr("%1 has no Directus container to back up. Start it once, then try again.").arg(m_spec.name);
    StackContainers::findWithDirectus(*m_engine, m_spec, this, none, [this](const StackContainers &found, const OperationResult &result) {
        if (!result.ok) {
            fail(result);
            return;
        }
        m_containers = found;
        makeFolder();
    });
}

QString BackupJob::pathInFolder(const QString &name) const
{
    return m_info.folder + QLatin1Char('/') + name;
}

void BackupJob::makeFolder()
{
    const QString root = m_options.backupsRoot;
    const QString baseName = BackupManifest::folderName(m_info);
    runInBackground<QString>(
        this,
        [root, baseName]() -> QString {
            if (!QDir().mkpath(root))
                return {};
            // Two backups in the same second get "-2", "-3": a folder is never reused.
            for (int n = 1; n < 100; ++n) {
                const QString path = QDir(root).absoluteFilePath(n == 1 ? baseName : baseName + QStringLiteral("-%1").arg(n));
                if (QFileInfo::exists(path))
                    continue;
                if (!QDir().mkdir(path))
                    return {};
                // The dump holds the user's data, password hashes included: owner only.
                QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
                return path;
            }
            return {};
        },
        [this, root](const QString &path) {
            if (path.isEmpty()) {
                fail(OperationResult::failure(
                    tr("Cannot create a backup folder in %1. Choose a folder you can write to.").arg(QDir::toNativeSeparators(root))));
                return;
            }
            m_info.folder = path;
            m_folderCreated = true;
            stopDirectusIfNeeded();
        });
}

void BackupJob::stopDirectusIfNeeded()
{
    // A SQLite file is only consistent while nobody writes it; a server dump is consistent on
    // its own (pg_dump's snapshot, --single-transaction), so Directus keeps serving unless the
    // caller wants it stopped anyway.
    const bool mustStop = m_dump->isFile || m_options.leaveDirectusStopped;
    if (!mustStop || !m_containers.directus.running) {
        dumpDatabase();
        return;
    }
    Q_EMIT progress(tr("Stopping Directus"));
    connect(m_engine->stopContainer(m_containers.directus.name, kStopTimeoutSeconds), &docker::EngineCall::finished, this,
            [this](const docker::EngineResponse &stopped) {
                if (!stopped.ok()) {
                    fail(OperationResult::fromEngine(stopped.error));
                    return;
                }
                m_stoppedDirectus = true;
                dumpDatabase();
            });
}

void BackupJob::dumpDatabase()
{
    if (m_dump->isFile) {
        copySqliteFile();
        return;
    }
    BackupSteps::ensureDatabaseRunning(*m_engine, m_spec, m_containers.database, this, [this](const OperationResult &ready) {
        if (!ready.ok)
            fail(ready);
        else
            runDumpCommand();
    });
}

void BackupJob::copySqliteFile()
{
    Q_EMIT progress(tr("Copying the SQLite database"));
    archive(BackupSteps::sqliteFilePath(m_spec), kSqliteArchive, [this] {
        // The archive API answers with a tar holding the one file: unpack it next to the others.
        const QString tarPath = pathInFolder(kSqliteArchive);
        const QString target = pathInFolder(m_dump->fileName);
        runInBackground<QString>(
            this,
            [tarPath, target]() -> QString {
                QFile tar(tarPath);
                QString why;
                std::optional<QList<TarEntry>> entries;
                if (tar.open(QIODevice::ReadOnly))
                    entries = TarReader::list(tar, &why);
                QString error;
                const auto file = entries ? std::find_if(entries->cbegin(), entries->cend(), [](const TarEntry &e) { return e.type == '0'; })
                                          : QList<TarEntry>::const_iterator{};
                QFile out(target);
                if (!entries || file == entries->cend())
                    error = tr("The SQLite database could not be read from the container (%1).").arg(why);
                else if (!out.open(QIODevice::WriteOnly) || !TarReader::copyData(tar, *file, out))
                    error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString());
                tar.close();
                QFile::remove(tarPath);
                return error;
            },
            [this](const QString &error) {
                if (!error.isEmpty()) {
                    fail(OperationResult::failure(error));
                    return;
                }
                archive(QStringLiteral("/directus/uploads"), QLatin1String(BackupVerifier::uploadsArchive), [this] {
                    archive(QStringLiteral("/directus/extensions"), QLatin1String(BackupVerifier::extensionsArchive),
                            [this] { writeManifestAndVerify(); });
                });
            });
    });
}

void BackupJob::runDumpCommand()
{
    auto *file = new QFile(pathInFolder(m_dump->fileName), this);
    if (!file->open(QIODevice::WriteOnly)) {
        fail(OperationResult::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file->fileName()), file->errorString())));
        return;
    }
    Q_EMIT progress(tr("Dumping the %1 database…").arg(m_dump->displayName));
    docker::ExecJob *job = m_engine->exec(m_containers.database.name, m_dump->dumpCommand);
    job->streamStdout();  // never held in memory: a dump may be larger than the RAM
    // The dump goes to the file as it arrives; progress at most every 4 MB.
    auto written = std::make_shared<qint64>(0);
    connect(job, &docker::ExecJob::output, this, [this, file, written](int stream, const QByteArray &bytes) {
        if (stream != int(docker::StreamKind::Stdout))
            return;
        file->write(bytes);
        const qint64 before = *written;
        *written += bytes.size();
        if (before / (4 << 20) != *written / (4 << 20))
            Q_EMIT progress(tr("Dumping the %1 database… %2").arg(m_dump->displayName, megabytes(*written)));
    });
    connect(job, &docker::ExecJob::finished, this, [this, job, file](const docker::ExecResult &result) {
        job->deleteLater();
        const bool written = file->flush() && file->error() == QFileDevice::NoError;
        file->close();
        file->deleteLater();
        if (!result.error.ok()) {
            fail(OperationResult::fromEngine(result.error));
            return;
        }
        if (result.exitCode != 0 || !written) {
            OperationResult failure = OperationResult::failure(
                result.exitCode != 0 ? tr("The %1 dump failed (exit code %2).").arg(m_dump->displayName).arg(result.exitCode)
                                     : tr("Cannot write the dump to %1.").arg(QDir::toNativeSeparators(m_info.folder)));
            failure.logTail = QString::fromUtf8(result.stderrData).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            fail(failure);
            return;
        }
        Q_EMIT progress(tr("Dumped the %1 database: %2").arg(m_dump->displayName, megabytes(QFileInfo(file->fileName()).size())));
        archive(QStringLiteral("/directus/uploads"), QLatin1String(BackupVerifier::uploadsArchive), [this] {
            archive(QStringLiteral("/directus/extensions"), QLatin1String(BackupVerifier::extensionsArchive),
                    [this] { writeManifestAndVerify(); });
        });
    });
}

// Streams a path of the Directus container, as the tar the archive API gives, into the folder.
void BackupJob::archive(const QString &containerPath, const QString &fileName, std::function<void()> next)
{
    auto *file = new QFile(pathInFolder(fileName), this);
    if (!file->open(QIODevice::WriteOnly)) {
        fail(OperationResult::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file->fileName()), file->errorString())));
        return;
    }
    if (fileName != kSqliteArchive)
        Q_EMIT progress(tr("Copying %1").arg(containerPath));
    connect(m_engine->getArchive(m_containers.directus.name, containerPath, file), &docker::EngineCall::finished, this,
            [this, file, next](const docker::EngineResponse &response) {
                const bool written = file->flush() && file->error() == QFileDevice::NoError;
                file->close();
                file->deleteLater();
                if (!response.ok()) {
                    fail(OperationResult::fromEngine(response.error));
                    return;
                }
                if (!written) {
                    fail(OperationResult::failure(tr("Cannot write %1.").arg(QDir::toNativeSeparators(file->fileName()))));
                    return;
                }
                next();
            });
}

void BackupJob::writeManifestAndVerify()
{
    Q_EMIT progress(tr("Verifying the backup"));
    BackupInfo info = m_info;
    const QString dumpName = m_dump->fileName;
    struct Outcome
    {
        QString error;
        BackupInfo info;
    };
    runInBackground<Outcome>(
        this,
        [info, dumpName]() -> Outcome {
            QList<BackupManifest::File> files;
            for (const QString &name : {dumpName, QString::fromLatin1(BackupVerifier::uploadsArchive),
                                        QString::fromLatin1(BackupVerifier::extensionsArchive)})
                files.append({name, QFileInfo(info.folder + QLatin1Char('/') + name).size()});
            Outcome outcome;
            if (!BackupManifest::write(info, files, &outcome.error))
                return outcome;
            // Read back what was written: the same check a restore makes before it touches anything.
            const auto verified = BackupVerifier::verify(info.folder, &outcome.error);
            if (verified)
                outcome.info = *verified;
            return outcome;
        },
        [this](const Outcome &outcome) {
            if (!outcome.error.isEmpty()) {
                fail(OperationResult::failure(outcome.error));
                return;
            }
            m_info = outcome.info;
            m_folderCreated = false;  // a verified backup is the user's now: never removed by this job
            const bool restart = m_stoppedDirectus && !m_options.leaveDirectusStopped;
            auto report = [this] {
                m_done = true;
                Q_EMIT finished(OperationResult::success(), m_info);
            };
            if (restart)
                restartDirectusThen(report);
            else
                report();
        });
}

// Started and waited for until it answers, so whoever asked for the backup finds Directus
// serving again. A Directus that does not come back does not undo the backup: the caller is told.
void BackupJob::restartDirectusThen(std::function<void()> then)
{
    Q_EMIT progress(tr("Starting Directus again"));
    connect(m_engine->startContainer(m_containers.directus.name), &docker::EngineCall::finished, this,
            [this, then](const docker::EngineResponse &started) {
                if (!started.ok()) {
                    Q_EMIT progress(tr("Directus did not start again: %1").arg(started.error.sentence));
                    then();
                    return;
                }
                auto *waiter = new operations::ReadinessWaiter(
                    *m_engine, m_containers.directus.name, {instance::StackPlan::WaitFor::Kind::HttpPing, QStringLiteral("/server/ping")},
                    operations::DirectusHttp::baseUrl(m_spec.bindAddress, m_spec.hostPort), this);
                waiter->setPatience(300);
                connect(waiter, &operations::ReadinessWaiter::finished, this, [this, waiter, then](const OperationResult &ready) {
                    waiter->deleteLater();
                    if (!ready.ok)
                        Q_EMIT progress(tr("Directus did not answer again: %1").arg(ready.sentence));
                    then();
                });
                waiter->start();
            });
}

void BackupJob::fail(OperationResult result)
{
    if (m_done)
        return;
    m_done = true;
    if (result.failedStep.isEmpty())
        result.failedStep = QStringLiteral("backup");
    auto report = [this, result]() mutable {
        // A failed backup leaves things as they were: Directus runs again if it ran before.
        if (m_stoppedDirectus) {
            restartDirectusThen([this, result] { Q_EMIT finished(result, {}); });
            return;
        }
        Q_EMIT finished(result, {});
    };
    if (!m_folderCreated) {
        report();
        return;
    }
    // Only the folder this job made, which holds nothing but what it wrote.
    const QString folder = m_info.folder;
    runInBackground<bool>(this, [folder] { return QDir(folder).removeRecursively(); },
                          [report, folder, this](bool removed) mutable {
                              if (!removed)
                                  Q_EMIT progress(tr("Could not remove the incomplete backup %1").arg(QDir::toNativeSeparators(folder)));
                              report();
                          });
}

} // namespace dd::backup
