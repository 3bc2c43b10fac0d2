// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <span>

class QTextStream;

namespace dd::cli {

// The one description of the command line. `--help` prints it (translated), and the build turns
// it into the man page and the bash completion (packaging/docgen), so the three never disagree.
struct CommandHelp
{
    // As typed (never translated). The first word is the command; `--opt` and `-o` are options;
    // `--opt VALUE` takes a value, `--opt a|b|c` one of those words. A '\n' continues the syntax
    // on the next line of the help.
    const char *syntax;
    // What it does: source text in the dd::cli::CliText context, translated by --help.
    const char *description;

    QString command() const;  // "create", "--version"
    struct Option
    {
        QString name;           // "--database"
        QStringList choices;    // {"sqlite", "postgres", ...}, or empty
        QString valueName;      // "DIR", "T", or empty for a flag
    };
    QList<Option> options() const;
    QStringList positionals() const;  // NAME, BACKUP_FOLDER, FILE, ... in order
};

std::span<const CommandHelp> commandHelp();

// The sentences around the table (source text in the dd::cli::CliText context).
struct HelpText
{
    static const char *const usage;          // "Usage: %1 [COMMAND]"
    static const char *const withoutCommand;  // the desktop app starts
    static const char *const exitCodes;       // the exit codes in one sentence
};

// The --help text, translated into the installed language.
void printUsage(QTextStream &out);

} // namespace dd::cli
