// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupInfo.h"
#include "instance/InstanceSpec.h"
#include "instance/ResolvedSecrets.h"
#include "instance/StackPlan.h"
#include "operations/CreateOperation.h"
#include "operations/Operation.h"

#include <optional>

namespace dd::operations {

// Moves an instance to a newer Directus tag, keeping the way back open until the new version
// has proven itself (issue 6):
//   preflight  the target is newer (Directus cannot downgrade), the backup folder has room, and
//              the version rules' changes between the two versions are collected as notes
//   secrets → pull the new image → backup (Directus stopped and left stopped; database dump,
//   uploads, extensions; verified) → keep the old container under another name → save the spec
//   with the new tag → create and start the new Directus (its migrations run; never killed while
//   migrating) → ping and admin login → remove the kept container → write the compose file.
// Any failure before the login succeeded rolls back: the new container goes, the database and
// files come back from the backup when the new version may have touched them, the old container
// gets its name back, the old spec is saved again and the old Directus is started and logged
// into. The journal keeps the target tag and the backup folder (flags "to=", "backup="), so a
// crash anywhere is recovered on the next start: forward when the login had succeeded,
// otherwise by the same rollback. The instance ends upgraded or back where it was, never between.
class UpgradeOperation : public Operation
{
    Q_OBJECT
public:
    UpgradeOperation(const CreateOperation::Context &context, instance::InstanceSpec spec, QString targetTag,
                     QString backupsRoot, QObject *parent = nullptr);
    // Recovery: continue an upgrade a crash interrupted.
    UpgradeOperation(const CreateOperation::Context &context, instance::InstanceSpec spec, JournalEntry interrupted,
                     QObject *parent = nullptr);

    // The plain-words differences between the two versions (licence, renamed env, removed features).
    static QStringList changesBetween(const instance::InstanceSpec &spec, const QString &targetTag);
    // Why `targetTag` cannot be upgraded to (not a version, floating, not newer); "" when it can.
    static QString problemWith(const instance::InstanceSpec &spec, const QString &targetTag);
    // The name the old Directus container is kept under until the new one has proven itself.
    static QString keptContainerName(const QString &directusContainer);
    // The upgrade ended before its backup: nothing was stopped, changed or rolled back.
    static bool endedBeforeAnyChange(const OperationResult &result);
    // It ended because the stored admin password no longer logs in: the front end asks for the
    // current one, stores it and upgrades again.
    static bool needsCurrentPassword(const OperationResult &result);

    QString targetTag() const { return m_targetTag; }
    QUrl url() const;

Q_SIGNALS:
    void pullProgress(const QString &image, double fraction, const QString &text);

protected:
    void rollBack(const OperationResult &failure, std::function<void(QStringList)> done) override;

private:
    void addForwardSteps();
    void addRecoverySteps();
    void preflight();
    void resolveSecrets();
    void checkStoredLogin();
    void pullImage();
    void backUp();
    void readRecordedBackup();
    void keepOldContainer();
    void saveSpec(const instance::InstanceSpec &spec, std::function<void(QString error)> done);
    void startNewDirectus();
    void verifyLogin();
    void removeKeptContainer();
    void writeComposeFile();
    // Stops whatever Directus container of the instance runs (the new one may be migrating), then `then`.
    void stopDirectusThen(std::function<void()> then);
    void stopContainersThen(QStringList ids, std::function<void()> then);

    // The way back, one stage after the other; each is idempotent, so a crash in the middle of
    // it is recovered by running it again. done(notes, complete).
    struct Rollback;
    void runRollback(std::function<void(QStringList, bool)> done);
    void rollbackRemoveNew(std::shared_ptr<Rollback> state);
    void rollbackRestore(std::shared_ptr<Rollback> state);
    void rollbackSaveSpec(std::shared_ptr<Rollback> state);
    void rollbackStartOld(std::shared_ptr<Rollback> state, int index);
    void rollbackLogin(std::shared_ptr<Rollback> state);

    CreateOperation::Context m_context;
    instance::InstanceSpec m_oldSpec;
    instance::InstanceSpec m_newSpec;
    QString m_targetTag;
    QString m_backupsRoot;
    instance::ResolvedSecrets m_secrets;
    instance::StackPlan m_oldPlan;
    instance::StackPlan m_newPlan;
    std::optional<backup::BackupInfo> m_backup;
    bool m_secretsRead = false;
    bool m_rollbackRan = false;  // a failed recovery rollback must not run the rollback twice
    bool m_recovering = false;   // built from an interrupted upgrade's journal
};

} // namespace dd::operations
