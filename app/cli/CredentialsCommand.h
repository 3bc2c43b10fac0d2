// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace dd::cli {

// `credentials NAME [--json]` prints the admin login (the password from the secret store, on
// request only); `credentials NAME --set-password` takes the current password from standard
// input, for an admin who changed it in the Studio: it is tried against the running Directus
// and stored only when it logs in (or when Directus is not running, with a note saying so).
int runCredentialsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace dd::cli
