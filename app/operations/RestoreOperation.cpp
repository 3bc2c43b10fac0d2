// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/RestoreOperation.h"

#include "backup/BackupJob.h"
#include "backup/BackupSpace.h"
#include "backup/BackupVerifier.h"
#include "backup/RestoreJob.h"
#include "backup/StackContainers.h"
#include "docker/EngineClient.h"
#include "operations/DirectusHttp.h"
#include "operations/InstanceSecrets.h"
#include "operations/ItemCounts.h"
#include "operations/ReadinessWaiter.h"

#include <QDir>
#include <QLocale>
#include <QTimer>

namespace dd::operations {

namespace {

const QString kBackup = QStringLiteral("backup");
const QString kSafety = QStringLiteral("safety");
const QString kNoSafety = QStringLiteral("no-safety-backup");
const QString kRestore = QStringLiteral("restore");
const QString kWasRunning = QStringLiteral("directus-was-running");

QString shown(const QString &folder)
{
    return QDir::toNativeSeparators(folder);
}

} // namespace

RestoreOperation::RestoreOperation(const CreateOperation::Context &context, instance::InstanceSpec spec,
                                   backup::BackupInfo backup, QString safetyBackupsRoot, bool makeSafetyBackup,
                                   QObject *parent)
    : Operation(newEntry(kRestore, spec), context.journalDirectory, parent)
    , m_context(context)
    , m_spec(std::move(spec))
    , m_backup(std::move(backup))
    , m_safetyRoot(std::move(safetyBackupsRoot))
{
    setFlag(kBackup, m_backup->folder);
    if (!makeSafetyBackup)
        entry().flags.append(kNoSafety);
    addStep(QStringLiteral("check"), tr("Checking the backup"), [this] { check(); });
    if (makeSafetyBackup)
        addStep(QStringLiteral("safety-backup"), tr("Backing up the data as it is now (Directus is stopped meanwhile)"),
                [this] { this->makeSafetyBackup(); });
    addStep(kRestore, tr("Restoring the database, uploads and extensions"), [this] {
        restoreFrom(*m_backup, [this](OperationResult result, bool touched) {
            m_restoreTouched = touched;
            result.ok ? succeed() : fail(result);
        });
    });
    addStep(QStringLiteral("start"), tr("Starting Directus on the restored data"), [this] { startRestored(); });
    addStep(QStringLiteral("verify"), tr("Checking the admin login and the restored items"), [this] { verifyRestored(); });
}

RestoreOperation::RestoreOperation(const CreateOperation::Context &context, instance::InstanceSpec spec,
                                   JournalEntry interrupted, QObject *parent)
    : Operation(std::move(interrupted), context.journalDirectory, parent)
    , m_context(context)
    , m_spec(std::move(spec))
{
    m_recovering = true;
    const bool midway = stepBegun(kRestore) && !journalEntry().isDone(kRestore);
    if (midway)
        addStep(kRestore, tr("Finishing the interrupted restore"), [this] { recover(); });
    else
        addStep(QStringLiteral("resume"), tr("Starting Directus again"), [this] { recover(); });
}

QString RestoreOperation::problemWith(const instance::InstanceSpec &spec, const backup::BackupInfo &backup)
{
    if (backup.databaseKind != spec.databaseKind)
        return tr("This backup holds a %1 database, but %2 uses %3: it cannot be restored there.")
            .arg(instance::databaseKindId(backup.databaseKind), spec.name, instance::databaseKindId(spec.databaseKind));
    if (backup.imageTag != spec.imageTag)
        // The data of one Directus version is only right for that version: an older dump in a newer
        // Directus would be migrated on start, a newer one in an older Directus cannot be read.
        return tr("This backup is of Directus %1, and %2 runs %3: a restore needs the same version. Clone it to a new "
                  "instance instead.")
            .arg(backup.imageTag, spec.name, spec.imageTag);
    return {};
}

void RestoreOperation::check()
{
    backup::StackContainers::find(*m_context.engine, m_spec, this, [this](const backup::StackContainers &found) {
        if (found.directus.running && !journalEntry().flags.contains(kWasRunning))
            entry().flags.append(kWasRunning);  // written with this step's "done"
        verifyBackup();
    });
}

void RestoreOperation::verifyBackup()
{
    backup::BackupVerifier::verifyInBackground(this, m_backup->folder, [this](const std::optional<backup::BackupInfo> &info,
                                                                            const QString &error) {
        if (!info) {
            fail(OperationResult::failure(error));
            return;
        }
        if (const QString problem = problemWith(m_spec, *info); !problem.isEmpty()) {
            fail(OperationResult::failure(problem));
            return;
        }
        m_backup = info;
        if (!flag(kSafety).isEmpty() || journalEntry().flags.contains(kNoSafety)) {
            succeed();
            return;
        }
        backup::BackupSpace::checkInBackground(this, m_safetyRoot, [this](std::optional<qint64> freeMegabytes) {
            if (freeMegabytes) {
                fail(OperationResult::failure(tr("Only %1 MB are free in %2, too little for the safety backup a restore "
                                                 "makes first. Free some space, or restore without a safety backup.")
                                                  .arg(*freeMegabytes)
                                                  .arg(shown(m_safetyRoot))));
                return;
            }
            succeed();
        });
    });
}

void RestoreOperation::makeSafetyBackup()
{
    backup::BackupJob::Options options;
    options.backupsRoot = m_safetyRoot;
    options.reason = tr("before restoring the backup of %1")
                         .arg(QLocale().toString(m_backup->createdAt.toLocalTime(), QLocale::ShortFormat));
    options.leaveDirectusStopped = true;
    auto *job = new backup::BackupJob(m_context.engine, m_spec, options, this);
    connect(job, &backup::BackupJob::progress, this, &Operation::progress);
    connect(job, &backup::BackupJob::finished, this,
            [this, job](const OperationResult &result, const backup::BackupInfo &info) {
                job->deleteLater();
                if (!result.ok) {
                    fail(result);
                    return;
                }
                setFlag(kSafety, info.folder);  // written with this step's "done"
                addNote(tr("The data as it was before the restore is kept in the safety backup %1.").arg(shown(info.folder)));
                succeed();
            });
    job->start();
}

void RestoreOperation::restoreFrom(const backup::BackupInfo &backup, std::function<void(OperationResult, bool)> done)
{
    auto *job = new backup::RestoreJob(m_context.engine, m_spec, backup, this);
    connect(job, &backup::RestoreJob::progress, this, &Operation::progress);
    connect(job, &backup::RestoreJob::finished, this, [job, done](const OperationResult &result) {
        job->deleteLater();
        done(result, job->touchedData());
    });
    job->start();
}

void RestoreOperation::startRestored()
{
    backup::StackContainers::find(*m_context.engine, m_spec, this, [this](const backup::StackContainers &found) {
        if (!found.error.ok()) {
            fail(OperationResult::fromEngine(found.error));
            return;
        }
        if (!found.directus.exists()) {
            fail(OperationResult::failure(tr("The Directus container of %1 is gone.").arg(m_spec.name)));
            return;
        }
        QStringList stopped;
        for (const auto *c : {&found.database, &found.directus}) {
            if (c->exists() && !c->running)
                stopped.append(c->name);
        }
        startContainers(stopped, [this, directus = found.directus.name] {
            instance::StackPlan::WaitFor ping;
            ping.kind = instance::StackPlan::WaitFor::Kind::HttpPing;
            ping.path = QStringLiteral("/server/ping");
            auto *waiter = new ReadinessWaiter(*m_context.engine, directus, ping, url(), this);
            connect(waiter, &ReadinessWaiter::status, this, &Operation::progress);
            connect(waiter, &ReadinessWaiter::finished, this, [this, waiter](const OperationResult &ready) {
                waiter->deleteLater();
                ready.ok ? succeed() : fail(ready);
            });
            waiter->start();
        });
    });
}

void RestoreOperation::startContainers(QStringList names, std::function<void()> then)
{
    if (names.isEmpty()) {
        then();
        return;
    }
    const QString name = names.takeFirst();
    connect(m_context.engine->startContainer(name), &docker::EngineCall::finished, this,
            [this, names, then](const docker::EngineResponse &started) {
                if (!started.ok()) {
                    fail(OperationResult::fromEngine(started.error));
                    return;
                }
                startContainers(names, then);
            });
}

// The restore proved by use: the admin logs in to the restored data and every collection of
// its own answers with an item count (named in a note, so the person sees what came back).
void RestoreOperation::verifyRestored()
{
    InstanceSecrets::resolveFor(*m_context.secrets, m_spec, /*generateMissing=*/false, this,
                                [this](const instance::ResolvedSecrets &values, const secrets::SecretResult &error) {
        if (!error.ok()) {
            // The restore itself needed no secret; only this check does.
            addNote(tr("The admin login could not be tried after the restore: %1").arg(error.message));
            succeed();
            return;
        }
        signInRetrying(values.adminPassword, 3);
    });
}

void RestoreOperation::signInRetrying(const QString &password, int attempts)
{
    auto *http = new DirectusHttp(this);
    http->signIn(url(), m_spec.adminEmail, password,
                 [this, http, password, attempts](DirectusHttp::LoginOutcome outcome, const QString &tokenOrWhy) {
        http->deleteLater();
        if (outcome == DirectusHttp::LoginOutcome::NoLogin && attempts > 1) {
            // Just up: Directus may still be finishing its start for a moment.
            QTimer::singleShot(2000, this, [this, password, attempts] { signInRetrying(password, attempts - 1); });
            return;
        }
        if (outcome == DirectusHttp::LoginOutcome::Refused) {
            // The backup holds the admin as they were then: another password is theirs, not a fault.
            addNote(tr("The admin password stored for %1 does not log in to the restored data: the backup was made "
                       "when %2 had another password. Give that one with `directus-desktop credentials %1 "
                       "--set-password`.").arg(m_spec.name, m_spec.adminEmail));
            succeed();
            return;
        }
        if (outcome == DirectusHttp::LoginOutcome::NoLogin) {
            fail(OperationResult::failure(tr("Directus does not let the admin log in after the restore: %1").arg(tokenOrWhy)));
            return;
        }
        auto *counts = new ItemCounts(this);
        counts->read(url(), tokenOrWhy, [this, counts](bool ok, const ItemCounts::Counts &found, const QString &why) {
            counts->deleteLater();
            if (!ok) {
                fail(OperationResult::failure(tr("The restored data cannot be read: %1.").arg(why)));
                return;
            }
            addNote(tr("Items per collection after the restore: %1.").arg(ItemCounts::summary(found)));
            succeed();
        });
    });
}

QUrl RestoreOperation::url() const
{
    return DirectusHttp::baseUrl(m_spec.bindAddress, m_spec.hostPort);
}

void RestoreOperation::rollBack(const OperationResult &, std::function<void(QStringList)> done)
{
    if (m_recovering) {
        done({});  // the recovery's own failure: Directus stays stopped on data that is not whole
        return;
    }
    if (!m_restoreTouched) {
        // The check refused, the safety backup failed, or the restore failed before it changed
        // anything: Directus goes back to how it was.
        startDirectusIfItRanThen([done] { done({}); });
        return;
    }
    if (flag(kSafety).isEmpty()) {
        // Asked for without a safety backup: nothing to go back to; the restore's own note says
        // to restore again, and a recovery could do no more than that.
        done({tr("No safety backup was made, so %1 could not be put back as it was; it is left stopped.").arg(m_spec.name)});
        return;
    }
    putSafetyBackupBack([this, done](const OperationResult &result) {
        if (!result.ok) {
            keepJournal();
            done({tr("Putting the safety backup back failed too: %1. %2 is left stopped; the next start of the app (or "
                     "`directus-desktop recover`) tries again. The safety backup is %3.")
                      .arg(result.sentence, m_spec.name, shown(flag(kSafety)))});
            return;
        }
        startDirectusIfItRanThen([this, done] {
            done({tr("The data of %1 was put back from the safety backup %2: it is as it was before the restore.")
                      .arg(m_spec.name, shown(flag(kSafety)))});
        });
    });
}

void RestoreOperation::putSafetyBackupBack(std::function<void(OperationResult)> done)
{
    const QString folder = flag(kSafety);
    Q_EMIT progress(tr("Putting back the data from the safety backup %1").arg(shown(folder)));
    const auto safety = backup::BackupInfo::read(folder);
    if (!safety) {
        done(OperationResult::failure(tr("the safety backup %1 cannot be read").arg(shown(folder))));
        return;
    }
    restoreFrom(*safety, [done](const OperationResult &result, bool) { done(result); });
}

// After a crash: before the restore began, nothing was changed; after it ended, the data is the
// backup's; in between, the restore is done again from the backup (it replaces everything, so
// doing it twice is the same as once), or the safety backup goes back when the backup is gone.
void RestoreOperation::recover()
{
    const QString folder = flag(kBackup);
    if (!stepBegun(kRestore) || journalEntry().isDone(kRestore)) {
        const bool restored = journalEntry().isDone(kRestore);
        const QString note = restored ? tr("%1 had been restored from %2 when the app was interrupted; it was started again.")
                                            .arg(m_spec.name, shown(folder))
                                      : tr("The restore of %1 from %2 was interrupted before it changed anything; %1 was "
                                           "started again as it was. Restore again if you still want the backup's data.")
                                            .arg(m_spec.name, shown(folder));
        auto finish = [this, note] {
            addNote(note);
            succeed();
        };
        // Restored: the front end would have started it next. Not begun: back to how it was.
        restored ? startDirectusThen(finish) : startDirectusIfItRanThen(finish);
        return;
    }
    const auto backup = backup::BackupInfo::read(folder);
    if (!backup) {
        recoverFromSafetyBackup(OperationResult::failure(tr("The backup %1 cannot be read.").arg(shown(folder))));
        return;
    }
    Q_EMIT progress(tr("Restoring %1 from %2 again").arg(m_spec.name, shown(folder)));
    restoreFrom(*backup, [this, folder](const OperationResult &result, bool) {
        if (!result.ok) {
            recoverFromSafetyBackup(result);
            return;
        }
        startDirectusThen([this, folder] {
            addNote(tr("The restore of %1 from %2 was interrupted; it was done again and %1 was started.")
                        .arg(m_spec.name, shown(folder)));
            succeed();
        });
    });
}

void RestoreOperation::recoverFromSafetyBackup(const OperationResult &why)
{
    const auto blocked = [this, why](const QString &needed) {
        // Starting Directus on half-replaced data would show (and let it change) a mixture:
        // keep the journal and Directus stopped until one of the backups is back.
        keepJournal();
        fail(OperationResult::failure(tr("The interrupted restore of %1 cannot be finished: %2 %1 is left stopped with "
                                         "its data partly replaced. %3 Then run `directus-desktop recover` or open the "
                                         "app again.")
                                          .arg(m_spec.name, why.sentence, needed)));
    };
    if (flag(kSafety).isEmpty()) {
        blocked(tr("Make the backup %1 readable again (reconnect the disk it is on).").arg(shown(flag(kBackup))));
        return;
    }
    putSafetyBackupBack([this, why, blocked](const OperationResult &result) {
        if (!result.ok) {
            blocked(tr("Putting the safety backup back failed as well (%1): make the backup %2 or the safety backup %3 "
                       "readable again.")
                        .arg(result.sentence, shown(flag(kBackup)), shown(flag(kSafety))));
            return;
        }
        startDirectusIfItRanThen([this, why] {
            addNote(tr("The restore of %1 was interrupted and could not be finished (%2); its data was put back from the "
                       "safety backup %3, as it was before the restore.")
                        .arg(m_spec.name, why.sentence, shown(flag(kSafety))));
            succeed();
        });
    });
}

void RestoreOperation::startDirectusIfItRanThen(std::function<void()> then)
{
    if (journalEntry().flags.contains(kWasRunning))
        startDirectusThen(std::move(then));
    else
        then();
}

void RestoreOperation::startDirectusThen(std::function<void()> then)
{
    backup::StackContainers::find(*m_context.engine, m_spec, this, [this, then](const backup::StackContainers &found) {
        if (!found.directus.exists() || (found.directus.running && !m_recovering)) {
            then();
            return;
        }
        const QString name = found.directus.name;
        auto start = [this, name, then] {
            Q_EMIT progress(tr("Starting Directus again"));
            connect(m_context.engine->startContainer(name), &docker::EngineCall::finished, this,
                    [this, then](const docker::EngineResponse &started) {
                        if (!started.ok())
                            addNote(tr("Directus could not be started again: %1").arg(started.error.sentence));
                        then();
                    });
        };
        if (!found.directus.running) {
            start();
            return;
        }
        // After a crash: a stop the killed process asked for may still be under way (the engine
        // finishes it on its own, and Directus shows as running until it exits). A stop of our
        // own waits for that; then the start cannot come before it.
        connect(m_context.engine->stopContainer(name, 30), &docker::EngineCall::finished, this,
                [start](const docker::EngineResponse &) { start(); });
    });
}

} // namespace dd::operations
