// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace dd::cli {

// `directus-desktop export NAME [--dir DIR] [--with-secrets]`: writes docker-compose.yml into DIR
// (default: the current folder) and, only with --with-secrets, a .env (0600) with the secrets read
// from the SecretStore. Without it secrets appear as ${VAR} references and the keychain is not
// touched. Prints the files written and the notes (what the file cannot express).
int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace dd::cli
