// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ListCommand.h"

#include "cli/CliSession.h"
#include "cli/ExitCodes.h"
#include "cli/InstanceOverview.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace dd::cli {

namespace {

QString cell(QString text, qsizetype width)
{
    return text.leftJustified(width, QLatin1Char(' ')) + QStringLiteral("  ");
}

void printTable(const QList<InstanceRow> &rows, QTextStream &out)
{
    const QStringList header{QCoreApplication::translate("Cli", "NAME"), QCoreApplication::translate("Cli", "VERSION"),
                             QCoreApplication::translate("Cli", "DATABASE"), QCoreApplication::translate("Cli", "STATE"),
                             QCoreApplication::translate("Cli", "URL")};
    QList<QStringList> lines{header};
    for (const InstanceRow &row : rows) {
        QString name = row.name();
        if (row.isAdopted())
            name += QLatin1Char(' ') + QCoreApplication::translate("Cli", "(adopted)");
        lines.append({name, row.version(), row.database(), row.stateText(), row.url()});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(lines)) {
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths.at(i), line.at(i).size());
    }
    for (const QStringList &line : std::as_const(lines)) {
        QString text;
        for (qsizetype i = 0; i < line.size(); ++i)
            text += i + 1 < line.size() ? cell(line.at(i), widths.at(i)) : line.at(i);
        out << text.trimmed() << '\n';
    }
    out.flush();
}

} // namespace

int runListCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    bool json = false;
    for (const QString &a : arguments) {
        if (a == QLatin1String("--json")) {
            json = true;
        } else {
            err << QCoreApplication::translate("Cli", "Unknown option for list: %1").arg(a) << Qt::endl;
            return ExitCode::Usage;
        }
    }
    CliSession session(out, err);
    docker::EngineError engineError;
    const QList<InstanceRow> rows = InstanceOverview::load(session, true, &engineError);
    const bool reachable = engineError.ok();

    if (json) {
        QJsonArray instances;
        for (const InstanceRow &row : rows)
            instances.append(row.toJson());
        out << QJsonDocument(QJsonObject{{QStringLiteral("engineReachable"), reachable},
                                         {QStringLiteral("instances"), instances}})
                   .toJson(QJsonDocument::Indented);
        out.flush();
    } else if (rows.isEmpty()) {
        err << QCoreApplication::translate("Cli", "No instances yet.") << Qt::endl;
    } else {
        printTable(rows, out);
    }
    return reachable ? ExitCode::Ok : ExitCode::EngineUnreachable;
}

} // namespace dd::cli
