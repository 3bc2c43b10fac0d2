// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dd::instance {

// The secret values of one instance, read from the SecretStore by the caller just before a plan
// is made. InstanceSpec only names them; this struct is the one place they meet the plan.
struct ResolvedSecrets
{
    QString key;
    QString secret;
    QString adminPassword;
    QString dbPassword;
    QString dbRootPassword;

    // Each value replaced by a marker naming it ("${secret:db-password}"). Plans built from these
    // can be hashed, logged or compared without revealing or depending on a secret.
    static ResolvedSecrets placeholders();
};

} // namespace dd::instance
