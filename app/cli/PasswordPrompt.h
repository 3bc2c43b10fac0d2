// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QTextStream;

namespace dd::cli {

// One secret line from standard input, for `credentials NAME --set-password`: at a terminal it
// asks on `prompt` with the typing hidden; from a pipe (a script, a password manager) it reads
// the line silently. Nothing when standard input ended before a line.
std::optional<QString> readSecretLine(QTextStream &prompt, const QString &question);

} // namespace dd::cli
