// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupInfo.h"
#include "instance/InstanceSpec.h"
#include "operations/CreateOperation.h"
#include "operations/Operation.h"

#include <optional>

namespace dd::operations {

// Puts a backup back into an instance with the way back kept open (issue 14): a restore drops
// the database and empties the folders before it loads anything, so a failure or a crash in
// the middle must never leave half-replaced data with no marker.
//   check          the backup is whole and of the instance's database kind and version, and the
//                  backups folder has room for the safety backup
//   safety-backup  the data as it is now, into a backup of its own ("before restoring …");
//                  Directus is stopped and left stopped. Left out only when the person asks
//   restore        RestoreJob: the database becomes the dump, uploads and extensions the archived
//                  ones
//   start, verify  Directus starts on it, the admin logs in and every collection of its own gives
//                  an item count (a note lists them; a password the backup does not know is a note
//                  saying how to give it, not a failure)
// A failure (verification too) after the restore changed data puts the safety backup back; one before it changed
// nothing; either way Directus runs again if it ran when the restore began (flag
// "directus-was-running"). The journal keeps both
// folders (flags "backup=", "safety="), so after a crash the next start finishes the restore
// from the backup, or, when that backup cannot be read, puts the safety backup back; when
// neither can, the journal stays, Directus stays stopped, and the sentence says what is needed.
class RestoreOperation : public Operation
{
    Q_OBJECT
public:
    RestoreOperation(const CreateOperation::Context &context, instance::InstanceSpec spec, backup::BackupInfo backup,
                     QString safetyBackupsRoot, bool makeSafetyBackup, QObject *parent = nullptr);
    // Recovery: finish (or undo) a restore a crash interrupted.
    RestoreOperation(const CreateOperation::Context &context, instance::InstanceSpec spec, JournalEntry interrupted,
                     QObject *parent = nullptr);

    // Why `backup` cannot be restored into `spec` (another database kind, another version); "".
    static QString problemWith(const instance::InstanceSpec &spec, const backup::BackupInfo &backup);
    // The safety backup this restore made, once it is written ("" before, or without one).
    QString safetyBackupFolder() const { return flag(QStringLiteral("safety")); }

protected:
    void rollBack(const OperationResult &failure, std::function<void(QStringList)> done) override;

private:
    void check();
    void verifyBackup();
    void makeSafetyBackup();
    void startRestored();
    void startContainers(QStringList names, std::function<void()> then);
    void verifyRestored();
    void signInRetrying(const QString &password, int attempts);
    QUrl url() const;
    void restoreFrom(const backup::BackupInfo &backup, std::function<void(OperationResult, bool touched)> done);
    void recover();
    void recoverFromSafetyBackup(const OperationResult &why);
    void putSafetyBackupBack(std::function<void(OperationResult)> done);
    // Starts the Directus container again if it is stopped (the backup and the restore stop it), then `then`.
    void startDirectusThen(std::function<void()> then);
    // The same, only if Directus ran when the restore began: a way back leaves it as it was.
    void startDirectusIfItRanThen(std::function<void()> then);

    CreateOperation::Context m_context;
    instance::InstanceSpec m_spec;
    std::optional<backup::BackupInfo> m_backup;
    QString m_safetyRoot;
    bool m_restoreTouched = false;
    bool m_recovering = false;  // built from an interrupted restore's journal
};

} // namespace dd::operations
