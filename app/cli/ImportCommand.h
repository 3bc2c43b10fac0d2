// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace dd::cli {

// `directus-desktop import FILE [--name NAME]`: reads a docker-compose.yml (the Directus guide's
// or one we exported) into an instance: the settings go to the InstanceStore, the secrets found
// in it to the SecretStore. Creates no containers. When a stack with that compose project already
// runs on the engine (the guide's, started with docker compose), it says so: from then on `list`
// and `status` show the stack and the imported settings as one instance.
int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace dd::cli
