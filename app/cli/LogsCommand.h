// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace dd::cli {

// `directus-desktop logs NAME [-f] [--tail N] [--service S] [--timestamps]`: the Directus
// container's log (or service S's), printed line by line as it arrives. The container's stdout
// goes to stdout and its stderr to stderr, as `docker logs` does. With -f it follows until
// SIGINT/SIGTERM or until the container stops.
int runLogsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace dd::cli
