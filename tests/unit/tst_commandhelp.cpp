// SPDX-License-Identifier: GPL-3.0-or-later
// CommandHelp: the table --help prints is also what the man page and the bash completion are made
// from, so its syntax strings must read back as the commands, options, choices and arguments
// they show; and --help lists every command of the table.
#include "cli/CommandHelp.h"

#include <QTest>
#include <QTextStream>

using dd::cli::CommandHelp;

namespace {

const CommandHelp *find(const QString &command)
{
    for (const CommandHelp &c : dd::cli::commandHelp()) {
        if (c.command() == command)
            return &c;
    }
    return nullptr;
}

const CommandHelp::Option *option(const QList<CommandHelp::Option> &options, const QString &name)
{
    for (const CommandHelp::Option &o : options) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result.append(QString::fromLatin1(word));
    return result;
}

} // namespace

class TstCommandHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandsAreUniqueWords();
    void createReadsBack();
    void valuesAreNotArguments_data();
    void valuesAreNotArguments();
    void usageListsEveryCommand();
};

void TstCommandHelp::commandsAreUniqueWords()
{
    QStringList seen;
    for (const CommandHelp &c : dd::cli::commandHelp()) {
        const QString command = c.command();
        QVERIFY2(!command.isEmpty() && !command.contains(QLatin1Char(' ')), c.syntax);
        QVERIFY2(!seen.contains(command), c.syntax);
        seen.append(command);
    }
    QVERIFY(seen.contains(QStringLiteral("create")));
    QVERIFY(seen.contains(QStringLiteral("--version")));
}

void TstCommandHelp::createReadsBack()
{
    const CommandHelp *create = find(QStringLiteral("create"));
    QVERIFY(create);
    const QList<CommandHelp::Option> options = create->options();
    const CommandHelp::Option *database = option(options, QStringLiteral("--database"));
    QVERIFY(database);
    QCOMPARE(database->choices, (QStringList{QStringLiteral("sqlite"), QStringLiteral("postgres"),
                                             QStringLiteral("mariadb"), QStringLiteral("mysql")}));
    const CommandHelp::Option *port = option(options, QStringLiteral("--port"));
    QVERIFY(port);
    QCOMPARE(port->choices, QStringList{QStringLiteral("auto")});
    QCOMPARE(port->valueName, QStringLiteral("P"));
    const CommandHelp::Option *redis = option(options, QStringLiteral("--redis"));
    QVERIFY(redis);
    QVERIFY(redis->valueName.isEmpty() && redis->choices.isEmpty());
    QCOMPARE(option(options, QStringLiteral("--uploads-folder"))->valueName, QStringLiteral("DIR"));
    QCOMPARE(option(options, QStringLiteral("--from"))->valueName, QStringLiteral("FILE"));
    // "create NAME ... or create --from FILE": NAME is the argument, FILE the option's value.
    QCOMPARE(create->positionals(), QStringList{QStringLiteral("NAME")});
}

void TstCommandHelp::valuesAreNotArguments_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("positionals");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("clone") << QStringLiteral("clone") << words({"NAME", "BACKUP_FOLDER", "NEW_NAME"}) << words({"--port"});
    QTest::newRow("import") << QStringLiteral("import") << words({"FILE"}) << words({"--name", "--yes", "--rewrite-file"});
    QTest::newRow("adopt") << QStringLiteral("adopt") << words({"NAME"}) << words({"--yes", "--rewrite-file"});
    QTest::newRow("remove") << QStringLiteral("remove") << words({"NAME"}) << words({"--delete-data", "--yes"});
    QTest::newRow("upgrade") << QStringLiteral("upgrade") << words({"NAME"}) << words({"--to", "--backup-dir"});
    QTest::newRow("restore") << QStringLiteral("restore") << words({"NAME", "BACKUP_FOLDER"}) << words({"--yes", "--no-safety-backup"});
    QTest::newRow("logs") << QStringLiteral("logs") << words({"NAME"})
                          << words({"-f", "--tail", "--service", "--timestamps"});
    QTest::newRow("recover") << QStringLiteral("recover") << words({}) << words({});
}

void TstCommandHelp::valuesAreNotArguments()
{
    QFETCH(QString, command);
    QFETCH(QStringList, positionals);
    QFETCH(QStringList, options);
    const CommandHelp *help = find(command);
    QVERIFY(help);
    QCOMPARE(help->positionals(), positionals);
    QStringList names;
    for (const CommandHelp::Option &o : help->options())
        names.append(o.name);
    QCOMPARE(names, options);
}

void TstCommandHelp::usageListsEveryCommand()
{
    QString text;
    QTextStream out(&text);
    dd::cli::printUsage(out);
    for (const CommandHelp &c : dd::cli::commandHelp())
        QVERIFY2(text.contains(QLatin1String("  ") + QString::fromLatin1(c.syntax).section(QLatin1Char('\n'), 0, 0)), c.syntax);
    QVERIFY(text.contains(QLatin1String("Exit codes:")));
}

QTEST_GUILESS_MAIN(TstCommandHelp)
#include "tst_commandhelp.moc"
