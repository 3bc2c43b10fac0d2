// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/UpgradeOperation.h"

#include "backup/BackupJob.h"
#include "backup/BackupSpace.h"
#include "backup/RestoreJob.h"
#include "core/AppPaths.h"
#include "core/Background.h"
#include "docker/EngineClient.h"
#include "instance/EnvRules.h"
#include "operations/ContainerBringUp.h"
#include "operations/DirectusHttp.h"
#include "operations/ImagePuller.h"
#include "operations/InstanceContainers.h"
#include "operations/InstanceFiles.h"
#include "operations/InstanceSecrets.h"


namespace dd::operations {

namespace {

const QString kTo = QStringLiteral("to");
const QString kBackup = QStringLiteral("backup");
const QString kDirectus = QStringLiteral("directus");

instance::InstanceSpec withTag(instance::InstanceSpec spec, const QString &tag)
{
    spec.imageTag = tag;
    return spec;
}

instance::StackPlan placeholderPlan(const instance::InstanceSpec &spec)
{
    return instance::StackPlan::make(spec, instance::ResolvedSecrets::placeholders(), AppPaths::instanceFolder(spec.id));
}

// The line of a failed start's log that names the migration which failed, if any.
QString migrationLine(const QStringList &logTail)
{
    for (auto it = logTail.crbegin(); it != logTail.crend(); ++it) {
        if (it->contains(QLatin1String("migration"), Qt::CaseInsensitive))
            return it->trimmed();
    }
    return {};
}

} // namespace

struct UpgradeOperation::Rollback
{
    std::function<void(QStringList, bool)> done;
    QStringList notes;
    bool restore = false;
};

UpgradeOperation::UpgradeOperation(const CreateOperation::Context &context, instance::InstanceSpec spec, QString targetTag,
                                   QString backupsRoot, QObject *parent)
    : Operation(newEntry(QStringLiteral("upgrade"), spec), context.journalDirectory, parent)
    , m_context(context)
    , m_oldSpec(spec)
    , m_newSpec(withTag(spec, targetTag))
    , m_targetTag(std::move(targetTag))
    , m_backupsRoot(std::move(backupsRoot))
    , m_oldPlan(placeholderPlan(m_oldSpec))
    , m_newPlan(placeholderPlan(m_newSpec))
{
    entry().flags = {kTo + QLatin1Char('=') + m_targetTag};
    addForwardSteps();
}

UpgradeOperation::UpgradeOperation(const CreateOperation::Context &context, instance::InstanceSpec spec,
                                   JournalEntry interrupted, QObject *parent)
    : Operation(std::move(interrupted), context.journalDirectory, parent)
    , m_context(context)
    , m_oldSpec(spec)
{
    m_targetTag = flag(kTo);
    m_newSpec = withTag(spec, m_targetTag);
    m_oldPlan = placeholderPlan(m_oldSpec);
    m_newPlan = placeholderPlan(m_newSpec);
    m_recovering = true;
    addRecoverySteps();
}

QUrl UpgradeOperation::url() const
{
    return DirectusHttp::baseUrl(m_oldSpec.bindAddress, m_oldSpec.hostPort);
}

QString UpgradeOperation::keptContainerName(const QString &directusContainer)
{
    return directusContainer + QStringLiteral("-before-upgrade");
}

bool UpgradeOperation::endedBeforeAnyChange(const OperationResult &result)
{
    static const QStringList before{QStringLiteral("preflight"), QStringLiteral("secrets"), QStringLiteral("login-before"),
                                    QStringLiteral("pull")};
    return !result.ok && before.contains(result.failedStep);
}

bool UpgradeOperation::needsCurrentPassword(const OperationResult &result)
{
    return !result.ok && result.failedStep == QLatin1String("login-before");
}

QStringList UpgradeOperation::changesBetween(const instance::InstanceSpec &spec, const QString &targetTag)
{
    QStringList sentences;
    const auto from = spec.version();
    const auto to = instance::DirectusVersion::parse(targetTag);
    if (!from || !to)
        return sentences;
    for (const auto &note : instance::EnvRules::changesBetween(spec.productLine, *from, *to))
        sentences.append(note.sentence);
    return sentences;
}

void UpgradeOperation::addForwardSteps()
{
    addStep(QStringLiteral("preflight"), tr("Checking the upgrade"), [this] { preflight(); });
    addStep(QStringLiteral("secrets"), tr("Reading the secrets"), [this] { resolveSecrets(); });
    addStep(QStringLiteral("login-before"), tr("Checking the stored admin login"), [this] { checkStoredLogin(); });
    addStep(QStringLiteral("pull"), tr("Getting Directus %1").arg(m_targetTag), [this] { pullImage(); });
    addStep(kBackup, tr("Backing up (Directus is stopped meanwhile)"), [this] { backUp(); });
    addStep(QStringLiteral("keep-old"), tr("Keeping the old container"), [this] { keepOldContainer(); });
    addStep(QStringLiteral("save"), tr("Saving the new version"), [this] {
        saveSpec(m_newSpec, [this](const QString &error) {
            error.isEmpty() ? succeed() : fail(OperationResult::failure(error));
        });
    });
    addStep(kDirectus, tr("Starting Directus %1 (migrating the database; this may take a while)").arg(m_targetTag),
            [this] { startNewDirectus(); });
    addStep(QStringLiteral("login"), tr("Checking the admin login"), [this] { verifyLogin(); });
    addStep(QStringLiteral("remove-old"), tr("Removing the old container"), [this] { removeKeptContainer(); });
    addStep(QStringLiteral("export"), tr("Writing the compose file"), [this] { writeComposeFile(); });
}

// After a crash: if the new version had logged in, only the tidying up is left; otherwise the
// way back, whatever step the crash hit.
void UpgradeOperation::addRecoverySteps()
{
    const bool verified = entry().isDone(QStringLiteral("login"));
    addStep(QStringLiteral("secrets"), tr("Reading the secrets"), [this] { resolveSecrets(); });
    addStep(QStringLiteral("backup-found"), tr("Finding the backup made before the upgrade"), [this] { readRecordedBackup(); });
    if (verified) {
        addStep(QStringLiteral("remove-old"), tr("Removing the old container"), [this] { removeKeptContainer(); });
        addStep(QStringLiteral("export"), tr("Writing the compose file"), [this] { writeComposeFile(); });
        return;
    }
    addStep(QStringLiteral("roll-back"), tr("Rolling back to %1").arg(m_oldSpec.imageTag), [this] {
        addNote(tr("The upgrade to %1 was interrupted at \"%2\"; the instance was rolled back to %3.")
                    .arg(m_targetTag, entry().interruptedStep().isEmpty() ? tr("between steps") : entry().interruptedStep(),
                         m_oldSpec.imageTag));
        runRollback([this](const QStringList &notes, bool complete) {
            for (const QString &note : notes)
                addNote(note);
            complete ? succeed() : fail(OperationResult::failure(tr("The rollback could not be completed.")));
        });
    });
}

QString UpgradeOperation::problemWith(const instance::InstanceSpec &spec, const QString &targetTag)
{
    const auto from = spec.version();
    const auto to = instance::DirectusVersion::parse(targetTag);
    if (!to)
        return tr("\"%1\" is not a Directus version. Pick a version such as 10.13.4.").arg(targetTag);
    if (to->isFloating())
        return tr("Pick an exact version (such as 11.1.2) rather than \"%1\": an upgrade must know which version it "
                  "installs, so it can be rolled back.").arg(targetTag);
    if (!from || from->isFloating())
        return tr("%1 runs the floating tag \"%2\", so which version it really has is unknown. Set its exact version "
                  "first.").arg(spec.name, spec.imageTag);
    if (*to == *from)
        return tr("%1 already runs Directus %2.").arg(spec.name, targetTag);
    if (*to < *from)
        return tr("Directus cannot go back to an older version (%1 is older than %2): its database migrations only run "
                  "forward. Restore a backup made with %1 instead.").arg(targetTag, spec.imageTag);
    return {};
}

void UpgradeOperation::preflight()
{
    if (const QString problem = problemWith(m_oldSpec, m_targetTag); !problem.isEmpty()) {
        fail(OperationResult::failure(problem));
        return;
    }
    for (const QString &change : changesBetween(m_oldSpec, m_targetTag)) {
        Q_EMIT progress(change);
        addNote(change);
    }
    const QString root = m_backupsRoot;
    backup::BackupSpace::checkInBackground(this, root, [this, root](std::optional<qint64> freeMegabytes) {
        if (freeMegabytes) {
            fail(OperationResult::failure(tr("Only %1 MB are free in %2, too little for the backup the upgrade makes "
                                             "first. Free some space or choose another backup folder.")
                                              .arg(*freeMegabytes)
                                              .arg(root)));
            return;
        }
        succeed();
    });
}

void UpgradeOperation::resolveSecrets()
{
    InstanceSecrets::resolveFor(*m_context.secrets, m_oldSpec, /*generateMissing=*/false, this,
                                [this](const instance::ResolvedSecrets &values, const secrets::SecretResult &error) {
                                    if (!error.ok()) {
                                        fail(OperationResult::failure(error.message));
                                        return;
                                    }
                                    m_secrets = values;
                                    m_secretsRead = true;
                                    m_oldPlan = instance::StackPlan::make(m_oldSpec, m_secrets, AppPaths::instanceFolder(m_oldSpec.id));
                                    m_newPlan = instance::StackPlan::make(m_newSpec, m_secrets, AppPaths::instanceFolder(m_newSpec.id));
                                    succeed();
                                });
}

// The upgrade ends by logging in with the stored admin password; if that password was changed in
// the Studio, a good upgrade would be rolled back for it. So it is tried first, while nothing has
// changed: refused means stop here and ask for the current one.
void UpgradeOperation::checkStoredLogin()
{
    auto *http = new DirectusHttp(this);
    http->ping(url(), [this, http](bool up, const QString &) {
        if (!up) {
            http->deleteLater();
            addNote(tr("%1 was not running, so the stored admin password could not be tried before the upgrade; the "
                       "upgrade checks it at its end.").arg(m_oldSpec.name));
            succeed();
            return;
        }
        http->checkLogin(url(), m_oldSpec.adminEmail, m_secrets.adminPassword,
                         [this, http](DirectusHttp::LoginOutcome outcome, const QString &why) {
                             http->deleteLater();
                             if (outcome != DirectusHttp::LoginOutcome::Refused) {
                                 if (outcome == DirectusHttp::LoginOutcome::NoLogin)
                                     addNote(tr("The admin login could not be tried before the upgrade (%1).").arg(why));
                                 succeed();
                                 return;
                             }
                             fail(OperationResult::failure(
                                 tr("The admin password stored for %1 no longer logs in as %2 (it was changed in the "
                                    "Studio, or two-factor login is on). The upgrade checks that login at its end and "
                                    "would roll back a good upgrade for it: give the current password first ("
                                    "`directus-desktop credentials %1 --set-password`) and upgrade again. Nothing "
                                    "was changed.")
                                     .arg(m_oldSpec.name, m_oldSpec.adminEmail)));
                         });
    });
}

void UpgradeOperation::pullImage()
{
    auto *puller = new ImagePuller(*m_context.engine, {m_newSpec.directusImage()}, this);
    connect(puller, &ImagePuller::progress, this, &Operation::progress);
    connect(puller, &ImagePuller::pullProgress, this, &UpgradeOperation::pullProgress);
    connect(puller, &ImagePuller::finished, this, [this, puller](const OperationResult &result) {
        puller->deleteLater();
        result.ok ? succeed() : fail(result);
    });
    puller->start();
}

void UpgradeOperation::backUp()
{
    backup::BackupJob::Options options;
    options.backupsRoot = m_backupsRoot;
    options.reason = tr("before upgrade to %1").arg(m_targetTag);
    options.leaveDirectusStopped = true;
    auto *job = new backup::BackupJob(m_context.engine, m_oldSpec, options, this);
    connect(job, &backup::BackupJob::progress, this, &Operation::progress);
    connect(job, &backup::BackupJob::finished, this,
            [this, job](const OperationResult &result, const backup::BackupInfo &info) {
                job->deleteLater();
                if (!result.ok) {
                    fail(result);
                    return;
                }
                m_backup = info;
                setFlag(kBackup, info.folder);  // written with this step's "done"
                Q_EMIT progress(tr("Backup written to %1").arg(info.folder));
                addNote(tr("The backup made before the upgrade: %1").arg(info.folder));
                succeed();
            });
    job->start();
}

void UpgradeOperation::readRecordedBackup()
{
    const QString folder = flag(kBackup);
    if (folder.isEmpty()) {
        succeed();  // the crash came before the backup was complete: nothing to restore from, nothing migrated
        return;
    }
    runInBackground<std::optional<backup::BackupInfo>>(
        this, [folder] { return backup::BackupInfo::read(folder); },
        [this, folder](const std::optional<backup::BackupInfo> &info) {
            if (!info) {
                fail(OperationResult::failure(tr("The backup made before the upgrade (%1) cannot be read.").arg(folder)));
                return;
            }
            m_backup = info;
            succeed();
        });
}

void UpgradeOperation::keepOldContainer()
{
    const QString name = m_oldPlan.container(kDirectus)->name;
    const QString kept = keptContainerName(name);
    // Idempotent: after a crash the old container may already carry the kept name.
    connect(m_context.engine->inspectContainer(kept), &docker::EngineCall::finished, this,
            [this, name, kept](const docker::EngineResponse &inspected) {
                if (inspected.ok()) {
                    succeed();
                    return;
                }
                connect(m_context.engine->renameContainer(name, kept), &docker::EngineCall::finished, this,
                        [this](const docker::EngineResponse &renamed) {
                            renamed.ok() ? succeed() : fail(OperationResult::fromEngine(renamed.error));
                        });
            });
}

void UpgradeOperation::saveSpec(const instance::InstanceSpec &spec, std::function<void(QString)> done)
{
    InstanceFiles::saveSpec(this, m_context.instancesDirectory, spec, std::move(done));
}

void UpgradeOperation::startNewDirectus()
{
    auto *bringUp = new ContainerBringUp(*m_context.engine, m_newSpec, *m_newPlan.container(kDirectus), url(), this);
    connect(bringUp, &ContainerBringUp::progress, this, &Operation::progress);
    connect(bringUp, &ContainerBringUp::created, this,
            [this](const QString &name) { recordCreated(&JournalEntry::createdContainers, name); });
    connect(bringUp, &ContainerBringUp::finished, this, [this, bringUp](OperationResult result) {
        bringUp->deleteLater();
        if (result.ok) {
            succeed();
            return;
        }
        const QString line = migrationLine(result.logTail);
        if (!line.isEmpty())
            result.sentence = tr("Directus %1 could not migrate the database: %2").arg(m_targetTag, line);
        fail(result);
    });
    bringUp->start();
}

void UpgradeOperation::verifyLogin()
{
    auto *http = new DirectusHttp(this);
    http->loginRetrying(url(), m_newSpec.adminEmail, m_secrets.adminPassword, 3, [this, http](bool ok, const QString &why) {
        http->deleteLater();
        ok ? succeed() : fail(OperationResult::failure(why));
    });
}

void UpgradeOperation::removeKeptContainer()
{
    const QString kept = keptContainerName(m_oldPlan.container(kDirectus)->name);
    connect(m_context.engine->removeContainer(kept, true), &docker::EngineCall::finished, this,
            [this](const docker::EngineResponse &removed) {
                if (removed.ok() || removed.error.kind == docker::EngineError::Kind::NotFound)
                    succeed();
                else
                    fail(OperationResult::fromEngine(removed.error));
            });
}

void UpgradeOperation::writeComposeFile()
{
    InstanceFiles::writeComposeFile(this, m_newSpec, m_newPlan, [this](const QString &error) {
        error.isEmpty() ? succeed() : fail(OperationResult::failure(error));
    });
}

void UpgradeOperation::rollBack(const OperationResult &, std::function<void(QStringList)> done)
{
    if (m_rollbackRan) {
        done({});
        return;
    }
    if (entry().isDone(QStringLiteral("login"))) {
        // The new version works; only the tidying up failed. Going back would lose nothing but
        // would throw away a good upgrade.
        done({tr("Directus %1 runs and the admin login works; only the tidying up failed. Remove the container %2 "
                 "yourself when you no longer need it.")
                  .arg(m_targetTag, keptContainerName(m_oldPlan.container(kDirectus)->name))});
        return;
    }
    if (!stepBegun(kBackup)) {
        done({tr("Nothing was changed: %1 still runs Directus %2.").arg(m_oldSpec.name, m_oldSpec.imageTag)});
        return;
    }
    if (m_recovering && stepBegun(kDirectus) && (!m_secretsRead || !m_backup)) {
        // The new version may have migrated the database, so the way back starts with putting
        // the backup back, and that needs the secrets and the backup. Going back without it
        // would start the old version on a database it cannot read: keep the journal, leave
        // Directus stopped and say what is missing; the next recovery finishes the way back.
        const QString needed = !m_secretsRead
            ? tr("the instance's secrets (unlock the secret store, or make it available again)")
            : tr("the backup made before the upgrade, %1 (reconnect the disk it is on)").arg(flag(kBackup));
        keepJournal();
        stopDirectusThen([this, done, needed] {
            done({tr("Nothing was rolled back yet: Directus %1 may have migrated the database, and going back to %2 "
                     "starts with restoring the backup, which needs %3. %4 is left stopped and its data untouched; once "
                     "that is done, run `directus-desktop recover` or open the app again, and the interrupted upgrade "
                     "is rolled back then.")
                      .arg(m_targetTag, m_oldSpec.imageTag, needed, m_oldSpec.name)});
        });
        return;
    }
    runRollback([done](const QStringList &notes, bool) { done(notes); });
}

void UpgradeOperation::stopDirectusThen(std::function<void()> then)
{
    InstanceContainers::find(*m_context.engine, m_oldSpec, this, [this, then](const InstanceContainers &found) {
        QStringList ids;
        for (const StackContainer &c : found.running()) {
            if (c.service == kDirectus)
                ids.append(c.id);
        }
        stopContainersThen(ids, then);
    });
}

void UpgradeOperation::stopContainersThen(QStringList ids, std::function<void()> then)
{
    if (ids.isEmpty()) {
        then();
        return;
    }
    const QString id = ids.takeFirst();
    connect(m_context.engine->stopContainer(id, 30), &docker::EngineCall::finished, this,
            [this, ids, then](const docker::EngineResponse &) { stopContainersThen(ids, then); });
}

void UpgradeOperation::runRollback(std::function<void(QStringList, bool)> done)
{
    m_rollbackRan = true;
    auto state = std::make_shared<Rollback>();
    state->done = std::move(done);
    // The new version may have migrated the database only once it was started.
    state->restore = stepBegun(kDirectus) && m_backup.has_value();
    Q_EMIT progress(tr("Rolling back to Directus %1").arg(m_oldSpec.imageTag));
    rollbackRemoveNew(state);
}

// If the old container was kept under another name, whatever now has its name is the new one:
// remove that, then give the old one its name back.
void UpgradeOperation::rollbackRemoveNew(std::shared_ptr<Rollback> state)
{
    const QString name = m_oldPlan.container(kDirectus)->name;
    const QString kept = keptContainerName(name);
    connect(m_context.engine->inspectContainer(kept), &docker::EngineCall::finished, this,
            [this, state, name, kept](const docker::EngineResponse &inspected) {
                if (!inspected.ok()) {
                    rollbackRestore(state);  // never renamed, or already renamed back
                    return;
                }
                connect(m_context.engine->removeContainer(name, true), &docker::EngineCall::finished, this,
                        [this, state, name, kept](const docker::EngineResponse &removed) {
                            if (!removed.ok() && removed.error.kind != docker::EngineError::Kind::NotFound) {
                                state->notes << tr("The new container %1 could not be removed: %2").arg(name, removed.error.sentence);
                                state->done(state->notes, false);
                                return;
                            }
                            connect(m_context.engine->renameContainer(kept, name), &docker::EngineCall::finished, this,
                                    [this, state, name, kept](const docker::EngineResponse &renamed) {
                                        if (!renamed.ok()) {
                                            state->notes << tr("The old container %1 could not get its name back: %2")
                                                                .arg(kept, renamed.error.sentence);
                                            state->done(state->notes, false);
                                            return;
                                        }
                                        rollbackRestore(state);
                                    });
                        });
            });
}

void UpgradeOperation::rollbackRestore(std::shared_ptr<Rollback> state)
{
    if (!state->restore) {
        rollbackSaveSpec(state);
        return;
    }
    Q_EMIT progress(tr("Restoring the database and files from %1").arg(m_backup->folder));
    auto *job = new backup::RestoreJob(m_context.engine, m_oldSpec, *m_backup, this);
    connect(job, &backup::RestoreJob::progress, this, &Operation::progress);
    connect(job, &backup::RestoreJob::finished, this, [this, job, state](const OperationResult &result) {
        job->deleteLater();
        if (!result.ok) {
            // Starting the old version on a database a newer one migrated could damage it: stop
            // here, and keep the journal so that the next recovery restores again.
            keepJournal();
            state->notes << tr("Restoring the backup failed: %1. Directus is left stopped; the backup is in %2. Run "
                               "`directus-desktop recover` (or open the app again) to try the restore again.")
                                .arg(result.sentence, m_backup->folder);
            state->done(state->notes, false);
            return;
        }
        state->notes << tr("The database and files were restored from the backup made before the upgrade.");
        rollbackSaveSpec(state);
    });
    job->start();
}

void UpgradeOperation::rollbackSaveSpec(std::shared_ptr<Rollback> state)
{
    saveSpec(m_oldSpec, [this, state](const QString &error) {
        if (!error.isEmpty())
            state->notes << tr("The instance's settings could not be saved back: %1").arg(error);
        rollbackStartOld(state, 0);
    });
}

void UpgradeOperation::rollbackStartOld(std::shared_ptr<Rollback> state, int index)
{
    if (!m_secretsRead) {
        // Without the secrets the plan's containers would not match the old ones and would be
        // recreated with wrong values: leave them as they are and say how to go on.
        state->notes << tr("The secrets could not be read, so Directus %1 was not started again. Start the instance "
                           "once the secret store is available.").arg(m_oldSpec.imageTag);
        state->done(state->notes, false);
        return;
    }
    if (index >= m_oldPlan.containers.size()) {
        rollbackLogin(state);
        return;
    }
    auto *bringUp = new ContainerBringUp(*m_context.engine, m_oldSpec, m_oldPlan.containers.at(index), url(), this);
    connect(bringUp, &ContainerBringUp::progress, this, &Operation::progress);
    connect(bringUp, &ContainerBringUp::finished, this, [this, bringUp, state, index](const OperationResult &result) {
        bringUp->deleteLater();
        if (!result.ok) {
            state->notes << tr("Directus %1 did not start again: %2").arg(m_oldSpec.imageTag, result.sentence);
            state->done(state->notes, false);
            return;
        }
        rollbackStartOld(state, index + 1);
    });
    bringUp->start();
}

void UpgradeOperation::rollbackLogin(std::shared_ptr<Rollback> state)
{
    auto *http = new DirectusHttp(this);
    http->loginRetrying(url(), m_oldSpec.adminEmail, m_secrets.adminPassword, 3, [this, http, state](bool ok, const QString &why) {
        http->deleteLater();
        if (ok)
            state->notes << tr("%1 runs Directus %2 again and the admin login works.").arg(m_oldSpec.name, m_oldSpec.imageTag);
        else
            state->notes << tr("%1 runs Directus %2 again, but the admin login failed: %3").arg(m_oldSpec.name, m_oldSpec.imageTag, why);
        if (m_backup)
            state->notes << tr("The backup made before the upgrade is kept in %1.").arg(m_backup->folder);
        state->done(state->notes, ok);
    });
}

} // namespace dd::operations
