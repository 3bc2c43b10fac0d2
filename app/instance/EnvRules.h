// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/DatabaseProfile.h"
#include "instance/DirectusVersion.h"
#include "instance/EnvVar.h"
#include "instance/Severity.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dd::instance {

struct InstanceSpec;
struct ResolvedSecrets;

struct EnvNote
{
    Severity severity = Severity::Info;
    QString sentence;
    friend bool operator==(const EnvNote &, const EnvNote &) = default;
};

// The version-dependent behaviours of Directus that decide its environment.
enum class EnvFeature {
    KeyRequired,                // without KEY (and SECRET) Directus refuses to start
    LegacyCacheRedis,           // CACHE_STORE=redis + CACHE_REDIS=<url>
    SharedRedis,                // one REDIS=<url> for every feature
    FlowsExecModules,           // FLOWS_EXEC_ALLOWED_MODULES lets Run Script require() npm modules
    AdminToken,                 // ADMIN_TOKEN sets the first admin's static token
    AdminNeedsEmailAndPassword, // without both, no admin is created and the Studio onboards instead
    AbsolutePublicUrlRequired,  // licensing reads PUBLIC_URL, so "/" is not enough
    LegacyMysqlDriver,          // the "mysql" driver cannot log in with MySQL 8's caching_sha2_password
};

struct EnvPlan
{
    QList<EnvVar> directusEnv;   // everything for the Directus container, the user's extra env last
    QStringList databaseArgs;    // appended to the database container's command
    QList<EnvNote> notes;
};

// The one table of version-dependent Directus settings (DESIGN idea 7; sources in the Directus
// reference, sections 2, 4 and 6). Everything else asks it instead of comparing versions itself.
class EnvRules
{
public:
    static bool has(EnvFeature feature, ProductLine line, const DirectusVersion &version);

    // The Directus env for a spec. An unparseable tag gets the newest rules and a warning.
    static EnvPlan apply(const InstanceSpec &spec, const ResolvedSecrets &secrets);

    // What changes for a person upgrading from one version to another of the same line, oldest
    // first; a downgrade gives one warning.
    static QList<EnvNote> changesBetween(ProductLine line, const DirectusVersion &from, const DirectusVersion &to);

    // Keys apply() writes itself; the user's extra env may not set them (also their _FILE forms).
    static bool isManagedKey(QStringView key);
    // A variable whose name says it holds a password, token or key (SMTP_PASSWORD, STORAGE_S3_SECRET,
    // AUTH_GITHUB_CLIENT_SECRET): its value belongs in the secret store, not in a file. Settings
    // about secrets (ACCESS_TOKEN_TTL, REFRESH_TOKEN_COOKIE_SECURE) are not secrets.
    static bool isSecretName(QStringView key);
    // How Directus reaches its database: the profile's defaults, the names a taken-over stack
    // kept, or the external server's settings.
    static DatabaseConnection connectionFor(const InstanceSpec &spec, const ResolvedSecrets &secrets);
};

} // namespace dd::instance
