// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace dd::cli {

// `directus-desktop import FILE [--name NAME] [--yes]`: reads a docker-compose.yml (the Directus
// guide's or one we exported) into an instance: the settings go to the InstanceStore, the secrets
// found in it to the SecretStore (what it lacks is generated). When a stack of that compose
// project runs on the engine (the guide's, started with docker compose), it is taken over after
// the person agrees: the app's containers replace the stack's own on the same folders, volumes
// and network (CreateOperation's TakeOver mode). Otherwise no container is made.
int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
// `directus-desktop adopt NAME [--yes]`: the same take-over for a stack found on the engine,
// reading the compose file its containers were started from.
int runAdoptCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace dd::cli
