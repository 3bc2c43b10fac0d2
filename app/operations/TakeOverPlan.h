// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/ComposeImporter.h"
#include "operations/DiscoveredStack.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd::operations {

// What taking over a stack made with docker compose keeps and changes, before anything is done:
// the CLI (`import`, `adopt`) prints it and the window shows it in its confirmation, so the
// person agrees to the same sentences either way. The take-over itself is CreateOperation's
// TakeOver mode.
class TakeOverPlan
{
    Q_DECLARE_TR_FUNCTIONS(dd::operations::TakeOverPlan)
public:
    // The compose file the stack's containers were started from (Compose's config_files label), "" if none.
    static QString composeFileOf(const DiscoveredStack &stack);
    // Reads that file for `stack` (synchronous: a small file; callers keep it off the UI thread).
    // `running` (RunningEnvironment::read) gives the ${VAR} values the containers were started
    // with; they win over this process's environment, which is not the shell that ran Compose.
    static std::optional<instance::ComposeImport> read(const DiscoveredStack &stack,
                                                       const QMap<QString, QMap<QString, QString>> &running,
                                                       QString *error);
    // One sentence per line: the containers replaced, where each kind of data stays, then the
    // importer's notes (the last imported.notes.size() lines).
    static QStringList describe(const instance::ComposeImport &imported, const DiscoveredStack &stack);
    // What happens to the file's secrets, for the CLI; rewriteFile: the path --rewrite-file was given for.
    // The window says the same with its check box.
    static QString secretsLine(const QString &rewriteFile);
};

} // namespace dd::operations
