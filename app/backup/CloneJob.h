// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupInfo.h"
#include "instance/InstanceSpec.h"
#include "operations/CreateOperation.h"
#include "operations/OperationResult.h"
#include "secrets/SecretKey.h"

#include <QObject>

#include <functional>

namespace dd::backup {

// A new instance made from a backup: the source's settings (version from the backup, same
// database kind and options) under a new id, name and port, with the source's admin password
// (the restored database holds that admin), and fresh KEY, SECRET and database passwords.
// Steps: verify the backup → copy the admin password → create the new instance (a
// CreateOperation, which rolls itself back on failure) → restore the backup into it (a
// RestoreOperation without safety backup: journaled, so `recover` finishes one a crash cut
// short; it logs in and counts the items) → start it. Data always lives in named volumes: the source's host folders are its own.
class CloneJob : public QObject
{
    Q_OBJECT
public:
    CloneJob(const operations::CreateOperation::Context &context, instance::InstanceSpec source, BackupInfo backup,
             QString newName, int hostPort, QObject *parent = nullptr);

    // The new instance's spec: its id and name are fixed at construction.
    const instance::InstanceSpec &cloneSpec() const { return m_clone; }
    void start();

Q_SIGNALS:
    void progress(const QString &text);
    void finished(const dd::operations::OperationResult &result);

private:
    void copySecrets();
    // Reads `name` of the source and writes it for the clone, then `next`; a missing entry that is
    // not `required` is skipped.
    void copySecret(secrets::SecretKey::Name name, bool required, std::function<void()> next);
    void create();
    void restore();
    void bringUp();
    void fail(operations::OperationResult result);
    void runOperation(operations::Operation *operation, std::function<void()> next);

    operations::CreateOperation::Context m_context;
    instance::InstanceSpec m_source;
    BackupInfo m_backup;
    instance::InstanceSpec m_clone;
    bool m_created = false;
    bool m_done = false;
};

} // namespace dd::backup
