// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandHelp.h"

#include "cli/CliText.h"
#include "core/AppInfo.h"

#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

namespace dd::cli {

namespace {

constexpr CommandHelp kCommands[] = {
    {"engine [--json]", QT_TRANSLATE_NOOP("dd::cli::CliText", "which Docker engine is used and why; whether it answers")},
    {"create NAME [--tag T] [--database sqlite|postgres|mariadb|mysql] [--redis]\n"
     "         [--admin-email E] [--port P|auto] [--bind ADDR] [--uploads-folder DIR]\n"
     "         [--database-folder DIR] [--extensions-folder DIR]   or   create --from FILE",
     QT_TRANSLATE_NOOP("dd::cli::CliText", "create an instance and wait until Directus answers and the admin can log in")},
    {"start NAME", QT_TRANSLATE_NOOP("dd::cli::CliText", "start an instance (recreates what is missing)")},
    {"stop NAME", QT_TRANSLATE_NOOP("dd::cli::CliText", "stop an instance (Directus first)")},
    {"restart NAME", QT_TRANSLATE_NOOP("dd::cli::CliText", "stop, then start")},
    {"remove NAME [--delete-data --yes]",
     QT_TRANSLATE_NOOP("dd::cli::CliText", "remove an instance; its volumes are kept unless --delete-data --yes")},
    {"upgrade NAME [--to TAG [--backup-dir DIR]]",
     QT_TRANSLATE_NOOP("dd::cli::CliText", "without --to: the versions it can go to; with it: back up, then move to TAG, "
                                           "rolled back by itself on any failure")},
    {"backup NAME [--dir DIR]", QT_TRANSLATE_NOOP("dd::cli::CliText", "write and verify a backup (database, uploads, extensions)")},
    {"backups NAME [--dir DIR] [--json]", QT_TRANSLATE_NOOP("dd::cli::CliText", "the instance's backups, newest first")},
    {"restore NAME BACKUP_FOLDER --yes [--no-safety-backup]",
     QT_TRANSLATE_NOOP("dd::cli::CliText", "replace the instance's data with a backup (same version); a safety backup of "
                                           "the data as it is now is made first and put back if the restore fails")},
    {"clone NAME BACKUP_FOLDER NEW_NAME [--port P|auto]", QT_TRANSLATE_NOOP("dd::cli::CliText", "a new instance from a backup")},
    {"recover", QT_TRANSLATE_NOOP("dd::cli::CliText", "finish operations a crash interrupted")},
    {"credentials NAME [--json] [--set-password]",
     QT_TRANSLATE_NOOP("dd::cli::CliText", "print the admin login (the password from the secret store); --set-password "
                                           "stores the one changed in the Studio (read from standard input, tried against "
                                           "the running Directus first)")},
    {"list [--json]", QT_TRANSLATE_NOOP("dd::cli::CliText", "the instances and the Directus stacks on the engine (adopted ones marked)")},
    {"status NAME [--json]", QT_TRANSLATE_NOOP("dd::cli::CliText", "containers, state, health, URL, ports, volumes and folders")},
    {"logs NAME [-f] [--tail N] [--service S] [--timestamps]",
     QT_TRANSLATE_NOOP("dd::cli::CliText", "print Directus' log (or a service's); -f follows until Ctrl+C or the container stops")},
    {"export NAME [--dir DIR] [--with-secrets]",
     QT_TRANSLATE_NOOP("dd::cli::CliText", "write docker-compose.yml (and .env with the secrets, 0600, only when asked)")},
    {"import FILE [--name NAME] [--yes] [--rewrite-file]",
     QT_TRANSLATE_NOOP("dd::cli::CliText", "make an instance from a docker-compose.yml (the Directus guide's, or an export); "
                                           "a running stack of it is taken over with its data where it is; --rewrite-file moves "
                                           "the file's secrets into a private .env")},
    {"adopt NAME [--yes] [--rewrite-file]",
     QT_TRANSLATE_NOOP("dd::cli::CliText", "take over a stack made with docker compose, found on the engine, with its data where it is")},
    {"--version", QT_TRANSLATE_NOOP("dd::cli::CliText", "print the version")},
    {"--help", QT_TRANSLATE_NOOP("dd::cli::CliText", "this text")},
};

// The syntax as words, brackets and the "or" between two forms removed.
QStringList words(const char *syntax)
{
    QString text = QString::fromLatin1(syntax);
    text.replace(QLatin1Char('['), QLatin1Char(' ')).replace(QLatin1Char(']'), QLatin1Char(' '));
    QStringList result = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    result.removeAll(QStringLiteral("or"));
    return result;
}

bool isOption(const QString &word)
{
    return word.startsWith(QLatin1Char('-'));
}

bool isPlaceholder(const QString &word)
{
    static const QRegularExpression upper(QStringLiteral("^[A-Z][A-Z_]*$"));
    return upper.match(word).hasMatch();
}

} // namespace

const char *const HelpText::usage = QT_TRANSLATE_NOOP("dd::cli::CliText", "Usage: %1 [COMMAND]");
const char *const HelpText::withoutCommand = QT_TRANSLATE_NOOP("dd::cli::CliText", "Without a command the desktop app starts.");
const char *const HelpText::exitCodes = QT_TRANSLATE_NOOP(
    "dd::cli::CliText", "Exit codes: 0 ok, 1 failed, 2 usage, 3 no engine reachable, 4 no such instance, 5 another program works on the instance.");

std::span<const CommandHelp> commandHelp()
{
    return kCommands;
}

QString CommandHelp::command() const
{
    return words(syntax).value(0);
}

QList<CommandHelp::Option> CommandHelp::options() const
{
    QList<Option> result;
    const QStringList all = words(syntax);
    for (qsizetype i = 1; i < all.size(); ++i) {
        if (!isOption(all.at(i)))
            continue;
        Option option{all.at(i), {}, {}};
        if (i + 1 < all.size() && !isOption(all.at(i + 1)) && all.at(i + 1) != command()) {
            const QString value = all.at(i + 1);
            if (value.contains(QLatin1Char('|'))) {
                for (const QString &choice : value.split(QLatin1Char('|')))
                    (isPlaceholder(choice) ? option.valueName : option.choices.emplaceBack()) = choice;
                ++i;
            } else if (isPlaceholder(value)) {
                option.valueName = value;
                ++i;
            }
        }
        if (std::none_of(result.cbegin(), result.cend(), [&](const Option &o) { return o.name == option.name; }))
            result.append(option);
    }
    return result;
}

QStringList CommandHelp::positionals() const
{
    QStringList result;
    const QStringList all = words(syntax);
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QString &word = all.at(i);
        if (isOption(word)) {
            const QString next = all.value(i + 1);
            if (!next.isEmpty() && !isOption(next) && (next.contains(QLatin1Char('|')) || isPlaceholder(next)))
                ++i;  // the option's value
            continue;
        }
        if (isPlaceholder(word) && !result.contains(word))
            result.append(word);
        else if (word == command())
            break;  // "... or create --from FILE": a second form
    }
    return result;
}

void printUsage(QTextStream &out)
{
    constexpr int column = 20;  // where descriptions start after a short command
    out << CliText::tr(HelpText::usage).arg(QString::fromLatin1(AppInfo::applicationName)) << '\n'
        << CliText::tr(HelpText::withoutCommand) << "\n\n"
        << CliText::tr("Commands:") << '\n';
    for (const CommandHelp &command : commandHelp()) {
        const QString syntax = QString::fromLatin1(command.syntax);
        const QString description = CliText::tr(command.description);
        if (syntax.size() < column - 3 && !syntax.contains(QLatin1Char('\n')))
            out << "  " << syntax.leftJustified(column - 2) << description << '\n';
        else
            out << "  " << syntax << '\n' << QString(column, QLatin1Char(' ')) << description << '\n';
    }
    out << '\n' << CliText::tr(HelpText::exitCodes) << '\n';
    out.flush();
}

} // namespace dd::cli
