// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/InstanceValidator.h"

#include "instance/DatabaseProfile.h"
#include "instance/EnvRules.h"
#include "instance/InstanceTr.h"

#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace dd::instance {

namespace {

QList<ValidationIssue> error(SpecField field, const QString &reason)
{
    return {{field, Severity::Error, reason}};
}

QList<ValidationIssue> warning(SpecField field, const QString &reason)
{
    return {{field, Severity::Warning, reason}};
}

// Pure string checks: this runs for paths of the machine the engine runs on, which may be
// another OS than the one running the app, so both shapes of root are refused.
bool isFilesystemRoot(const QString &path)
{
    const QString clean = QDir::cleanPath(QString(path).replace(QLatin1Char('\\'), QLatin1Char('/')));
    static const QRegularExpression driveRoot(QStringLiteral("^[A-Za-z]:/?$"));
    return clean == QLatin1String("/") || driveRoot.match(clean).hasMatch();
}

bool isAbsolute(const QString &path)
{
    static const QRegularExpression windowsAbsolute(QStringLiteral("^[A-Za-z]:[/\\\\]"));
    return path.startsWith(QLatin1Char('/')) || windowsAbsolute.match(path).hasMatch();
}

} // namespace

QList<ValidationIssue> InstanceValidator::validate(const InstanceSpec &spec, const QSet<QString> &takenNames)
{
    QList<ValidationIssue> issues;
    issues << checkName(spec.name, takenNames) << checkImageTag(spec.imageTag) << checkDatabase(spec)
           << checkAdminEmail(spec.adminEmail) << checkHostPort(spec.hostPort) << checkBindAddress(spec.bindAddress)
           << checkPublicUrl(spec.publicUrl) << checkFolder(SpecField::UploadsFolder, spec.uploadsStorage)
           << checkFolder(SpecField::ExtensionsFolder, spec.extensionsStorage) << checkExtraEnv(spec.extraEnv);
    if (spec.usesSqlite())
        issues << checkFolder(SpecField::DatabaseFolder, spec.databaseStorage);
    else
        issues << checkFolder(SpecField::DatabaseFolder, spec.databaseServerStorage);
    issues << checkKeptNames(spec);
    return issues;
}

QList<ValidationIssue> InstanceValidator::checkKeptNames(const InstanceSpec &spec)
{
    // The names the engine and the database accept; anything else would fail later with a
    // message about the engine instead of about the field.
    static const QRegularExpression engineName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    static const QRegularExpression sqlName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$-]{0,62}$"));
    QList<ValidationIssue> issues;
    if (!spec.networkKey.isEmpty() && !engineName.match(spec.networkKey).hasMatch())
        issues << error(SpecField::Name, Tr::tr("“%1” cannot name a network: use letters, digits, “_”, “.” and “-”.")
                                             .arg(spec.networkKey));
    for (const StorageChoice *storage : {&spec.uploadsStorage, &spec.databaseStorage, &spec.extensionsStorage,
                                         &spec.databaseServerStorage}) {
        if (!storage->volumeName.isEmpty() && !engineName.match(storage->volumeName).hasMatch())
            issues << error(SpecField::Name, Tr::tr("“%1” cannot name a volume: use letters, digits, “_”, “.” and “-”.")
                                                 .arg(storage->volumeName));
    }
    static const QRegularExpression fileName(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    if (spec.usesSqlite()) {
        if (!spec.databaseName.isEmpty() && !fileName.match(spec.databaseName).hasMatch())
            issues << error(SpecField::Database, Tr::tr("“%1” cannot name the SQLite file: use letters, digits, “_”, "
                                                        "“.” and “-”.").arg(spec.databaseName));
        return issues;
    }
    for (const QString *name : {&spec.databaseName, &spec.databaseUser}) {
        if (!name->isEmpty() && !sqlName.match(*name).hasMatch())
            issues << error(SpecField::Database, Tr::tr("“%1” cannot name a database or its user: use up to 63 letters, "
                                                        "digits and “_”, starting with a letter.")
                                                     .arg(*name));
    }
    return issues;
}

bool InstanceValidator::hasErrors(const QList<ValidationIssue> &issues)
{
    for (const ValidationIssue &i : issues) {
        if (i.severity == Severity::Error)
            return true;
    }
    return false;
}

QList<ValidationIssue> InstanceValidator::checkName(const QString &name, const QSet<QString> &takenNames)
{
    // Docker Compose's project name rules, so `docker compose -p NAME` finds the stack.
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    if (name.isEmpty())
        return error(SpecField::Name, Tr::tr("Give the instance a name."));
    if (name.size() > 63)
        return error(SpecField::Name, Tr::tr("The name is too long: use at most 63 characters."));
    if (!valid.match(name).hasMatch()) {
        if (valid.match(name.toLower()).hasMatch())
            return error(SpecField::Name, Tr::tr("Use lowercase letters in the name."));
        return error(SpecField::Name,
                     Tr::tr("The name may contain only lowercase letters, digits, “-” and “_”, and must start "
                            "with a letter or a digit."));
    }
    if (takenNames.contains(name))
        return error(SpecField::Name, Tr::tr("An instance or Docker Compose project named “%1” already exists.").arg(name));
    return {};
}

QList<ValidationIssue> InstanceValidator::checkImageTag(const QString &tag)
{
    if (tag.isEmpty())
        return error(SpecField::ImageTag, Tr::tr("Choose a Directus version."));
    if (!DirectusVersion::parse(tag)) {
        return warning(SpecField::ImageTag,
                       Tr::tr("“%1” is not a version number, so Directus Desktop cannot tell which settings this "
                              "image needs and assumes the newest.").arg(tag));
    }
    return {};
}

QList<ValidationIssue> InstanceValidator::checkDatabase(const InstanceSpec &spec)
{
    const DatabaseProfile profile = DatabaseProfile::of(spec.databaseKind);
    if (!profile.offered)
        return error(SpecField::Database, profile.notOfferedReason);
    if (spec.databaseKind == DatabaseKind::MsSql && !spec.msSqlEulaAccepted) {
        return error(SpecField::Database,
                     Tr::tr("SQL Server runs only after you accept Microsoft's licence terms (EULA) for its image."));
    }
    if (spec.databaseKind != DatabaseKind::External)
        return {};

    QList<ValidationIssue> issues;
    const ExternalDatabase &ext = spec.external;
    const DatabaseProfile client = DatabaseProfile::of(ext.client);
    if (!client.runsContainer || !client.offered) {
        issues << error(SpecField::Database, Tr::tr("Choose which kind of database server this is."));
    }
    const QString host = ext.host.trimmed();
    if (host.isEmpty()) {
        issues << error(SpecField::ExternalHost, Tr::tr("Enter the database server's host name or address."));
    } else if (host == QLatin1String("localhost") || QHostAddress(host).isLoopback()) {
        issues << warning(SpecField::ExternalHost,
                          Tr::tr("Inside the Directus container “%1” is the container itself. For a server on "
                                 "this computer use host.docker.internal or its network address.").arg(host));
    }
    if (ext.port < 0 || ext.port > 65535)
        issues << error(SpecField::ExternalPort, Tr::tr("A port is a number from 1 to 65535."));
    if (ext.database.trimmed().isEmpty())
        issues << error(SpecField::ExternalDatabase, Tr::tr("Enter the name of the database Directus should use."));
    if (ext.user.trimmed().isEmpty())
        issues << error(SpecField::ExternalUser, Tr::tr("Enter the user Directus logs in as."));
    return issues;
}

QList<ValidationIssue> InstanceValidator::checkAdminEmail(const QString &email)
{
    // Directus validates emails with Joi (two domain labels at least); refuse what it would.
    static const QRegularExpression valid(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    if (email.isEmpty())
        return error(SpecField::AdminEmail, Tr::tr("Enter the email address you will log in with."));
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (!valid.match(email).hasMatch() || email.size() > 254 || at > 64 || email.startsWith(QLatin1Char('.'))
        || email.contains(QLatin1String(".."))) {
        return error(SpecField::AdminEmail,
                     Tr::tr("“%1” is not an email address Directus accepts, such as admin@example.com.").arg(email));
    }
    return {};
}

QList<ValidationIssue> InstanceValidator::checkHostPort(int port)
{
    if (port < 1 || port > 65535)
        return error(SpecField::HostPort, Tr::tr("A port is a number from 1 to 65535."));
    if (port < 1024) {
        return warning(SpecField::HostPort,
                       Tr::tr("Ports below 1024 need administrator rights: rootless Docker and Podman cannot "
                              "publish them. 8055 is the usual port."));
    }
    return {};
}

QList<ValidationIssue> InstanceValidator::checkBindAddress(const QString &address)
{
    QHostAddress parsed;
    if (address.isEmpty() || !parsed.setAddress(address)) {
        return error(SpecField::BindAddress,
                     Tr::tr("Enter an IP address such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network)."));
    }
    if (parsed == QHostAddress::AnyIPv4 || parsed == QHostAddress::AnyIPv6) {
        return warning(SpecField::BindAddress,
                       Tr::tr("Directus will be reachable from other computers on your networks, not only from "
                              "this one."));
    }
    return {};
}

QList<ValidationIssue> InstanceValidator::checkPublicUrl(const QString &url)
{
    if (url.isEmpty())
        return {};
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || parsed.host().isEmpty()) {
        return error(SpecField::PublicUrl,
                     Tr::tr("The public URL must be a full web address such as http://localhost:8055."));
    }
    return {};
}

QList<ValidationIssue> InstanceValidator::checkFolder(SpecField field, const StorageChoice &storage)
{
    if (storage.kind != StorageChoice::Kind::HostFolder)
        return {};
    if (storage.hostPath.isEmpty())
        return error(field, Tr::tr("Choose a folder."));
    if (!isAbsolute(storage.hostPath))
        return error(field, Tr::tr("Choose the folder with its full path, such as /home/me/directus/uploads."));
    if (isFilesystemRoot(storage.hostPath))
        return error(field, Tr::tr("The root of a disk cannot be used: Directus Desktop changes the owner of this folder."));
    return {};
}

QList<ValidationIssue> InstanceValidator::checkExtraEnv(const QList<EnvVar> &extraEnv)
{
    static const QRegularExpression validKey(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QList<ValidationIssue> issues;
    QSet<QString> seen;
    for (const EnvVar &v : extraEnv) {
        if (!validKey.match(v.key).hasMatch()) {
            issues << error(SpecField::ExtraEnv,
                            Tr::tr("“%1” is not a valid variable name: use letters, digits and “_”, not starting "
                                   "with a digit.").arg(v.key));
        } else if (EnvRules::isManagedKey(v.key)) {
            issues << error(SpecField::ExtraEnv,
                            Tr::tr("%1 is set by Directus Desktop from your other choices; change it there.").arg(v.key));
        } else if (seen.contains(v.key)) {
            issues << error(SpecField::ExtraEnv, Tr::tr("%1 is set twice.").arg(v.key));
        }
        seen.insert(v.key);
    }
    return issues;
}

} // namespace dd::instance
