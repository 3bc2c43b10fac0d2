// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/CloneJob.h"

#include "backup/BackupVerifier.h"
#include "operations/RestoreOperation.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"

namespace dd::backup {

using operations::OperationResult;
using secrets::SecretKey;

CloneJob::CloneJob(const operations::CreateOperation::Context &context, instance::InstanceSpec source, BackupInfo backup,
                   QString newName, int hostPort, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_source(std::move(source))
    , m_backup(std::move(backup))
{
    m_clone = m_source;
    m_clone.id = instance::InstanceSpec::newId();
    m_clone.name = std::move(newName);
    m_clone.imageTag = m_backup.imageTag;  // the data belongs to that version
    m_clone.hostPort = hostPort;
    m_clone.publicUrl.clear();             // the source's would point at the source's port
    m_clone.uploadsStorage = {};
    m_clone.databaseStorage = {};
    m_clone.extensionsStorage = {};
    m_clone.databaseServerStorage = {};  // a taken-over source keeps its server folder; the clone gets its own volume
    m_clone.networkKey.clear();
}

void CloneJob::start()
{
    Q_EMIT progress(tr("Verifying the backup"));
    BackupVerifier::verifyInBackground(this, m_backup.folder, [this](const std::optional<BackupInfo> &info, const QString &error) {
        if (!info) {
            fail(OperationResult::failure(error));
            return;
        }
        if (info->databaseKind != m_source.databaseKind) {
            fail(OperationResult::failure(tr("This backup holds a %1 database, but %2 uses %3.")
                                              .arg(instance::databaseKindId(info->databaseKind), m_source.name,
                                                   instance::databaseKindId(m_source.databaseKind))));
            return;
        }
        copySecrets();
    });
}

// Stored under the new id before the create, which keeps secrets that are already there and
// generates only the missing ones (a clone gets its own KEY, SECRET and database passwords).
void CloneJob::copySecrets()
{
    Q_EMIT progress(tr("Copying the admin password of %1").arg(m_source.name));
    copySecret(SecretKey::Name::AdminPassword, true, [this] {
        // The secret extra variables of a taken-over stack (SMTP, storage): the clone needs the
        // same values, and only a taken-over stack has them.
        copySecret(SecretKey::Name::ExtraEnv, false, [this] { create(); });
    });
}

void CloneJob::copySecret(SecretKey::Name name, bool required, std::function<void()> next)
{
    secrets::SecretStore *store = m_context.secrets;
    connect(store->read(SecretKey::forInstance(m_source.id, name)), &secrets::SecretJob::finished, this,
            [this, store, name, required, next](const secrets::SecretResult &read) {
                if (!read.ok() && !required && read.error == secrets::SecretResult::Error::NotFound) {
                    next();
                    return;
                }
                if (!read.ok()) {
                    fail(OperationResult::failure(read.message));
                    return;
                }
                connect(store->write(SecretKey::forInstance(m_clone.id, name), read.value),
                        &secrets::SecretJob::finished, this, [this, next](const secrets::SecretResult &written) {
                            if (!written.ok())
                                fail(OperationResult::failure(written.message));
                            else
                                next();
                        });
            });
}

void CloneJob::runOperation(operations::Operation *operation, std::function<void()> next)
{
    connect(operation, &operations::Operation::stepStarted, this,
            [this](const QString &, const QString &title) { Q_EMIT progress(title); });
    connect(operation, &operations::Operation::progress, this, &CloneJob::progress);
    connect(operation, &operations::Operation::finished, this, [this, operation, next](const OperationResult &result) {
        operation->deleteLater();
        if (!result.ok)
            fail(result);
        else
            next();
    });
    operation->start();
}

void CloneJob::create()
{
    auto *operation = new operations::CreateOperation(m_context, m_clone, operations::CreateOperation::Mode::Create, std::nullopt, this);
    runOperation(operation, [this] {
        m_created = true;
        restore();
    });
}

// Journaled (RestoreOperation): a crash in the middle is finished by the next recovery. No
// safety backup: the new instance holds nothing yet that could be lost.
void CloneJob::restore()
{
    auto *operation = new operations::RestoreOperation(m_context, m_clone, m_backup, QString(), /*makeSafetyBackup=*/false, this);
    runOperation(operation, [this] { bringUp(); });
}

void CloneJob::bringUp()
{
    auto *operation = new operations::CreateOperation(m_context, m_clone, operations::CreateOperation::Mode::BringUp, std::nullopt, this);
    runOperation(operation, [this] {
        m_done = true;
        Q_EMIT finished(OperationResult::success());
    });
}

void CloneJob::fail(OperationResult result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_created)
        result.notes.append(tr("The new instance %1 exists but does not hold the backup. Remove it with "
                               "`remove %1 --delete-data --yes`, or restore the backup into it.").arg(m_clone.name));
    Q_EMIT finished(result);
}

} // namespace dd::backup
