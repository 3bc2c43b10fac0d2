// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/EnvVar.h"
#include "instance/InstanceSpec.h"
#include "instance/Severity.h"

#include <QList>
#include <QSet>
#include <QString>

namespace dd::instance {

// The wizard field a sentence belongs to, so the UI can put it next to that field.
enum class SpecField {
    Name,
    ImageTag,
    Database,
    ExternalHost,
    ExternalPort,
    ExternalDatabase,
    ExternalUser,
    AdminEmail,
    HostPort,
    BindAddress,
    PublicUrl,
    UploadsFolder,
    DatabaseFolder,
    ExtensionsFolder,
    ExtraEnv,
};

struct ValidationIssue
{
    SpecField field = SpecField::Name;
    Severity severity = Severity::Error;  // Warning: allowed, but worth a look
    QString reason;                       // a sentence for a person
};

// Checks what can be checked without touching the machine. Whether a port is free or a
// folder writable is answered elsewhere, when it is about to matter.
class InstanceValidator
{
public:
    static QList<ValidationIssue> validate(const InstanceSpec &spec, const QSet<QString> &takenNames);
    static bool hasErrors(const QList<ValidationIssue> &issues);

    static QList<ValidationIssue> checkName(const QString &name, const QSet<QString> &takenNames);
    static QList<ValidationIssue> checkImageTag(const QString &tag);
    static QList<ValidationIssue> checkDatabase(const InstanceSpec &spec);
    static QList<ValidationIssue> checkAdminEmail(const QString &email);
    static QList<ValidationIssue> checkHostPort(int port);
    static QList<ValidationIssue> checkBindAddress(const QString &address);
    static QList<ValidationIssue> checkPublicUrl(const QString &url);  // "" is fine: the default is used
    static QList<ValidationIssue> checkFolder(SpecField field, const StorageChoice &storage);
    // The volume, network, database and user names a taken-over stack keeps from its compose file.
    static QList<ValidationIssue> checkKeptNames(const InstanceSpec &spec);
    static QList<ValidationIssue> checkExtraEnv(const QList<EnvVar> &extraEnv);
};

} // namespace dd::instance
