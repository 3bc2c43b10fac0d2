// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/UpgradeCommand.h"

#include "cli/CliText.h"

#include "cli/CliOperations.h"
#include "cli/CliSession.h"
#include "cli/ExitCodes.h"
#include "core/AppPaths.h"
#include "operations/UpgradeOperation.h"
#include "registry/RegistrySettings.h"
#include "registry/TagCatalogLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

namespace dd::cli {

namespace {

// Without --to: where the instance could go, from the tag catalog (cached; offline says so).
int printTargets(CliSession &session, const instance::InstanceSpec &spec)
{
    const auto current = spec.version();
    if (!current || current->isFloating()) {
        session.err() << CliText::tr("%1 runs the floating tag \"%2\"; set an exact version to see upgrades.").arg(spec.name, spec.imageTag)
                      << Qt::endl;
        return ExitCode::Failure;
    }
    registry::TagCatalogLoader loader(registry::RegistrySettings::sourceFor(spec.productLine), spec.productLine,
                                      registry::RegistrySettings::loaderSettings());
    registry::CatalogResult result;
    QEventLoop loop;
    QObject::connect(&loader, &registry::TagCatalogLoader::finished, &loop, [&](const registry::CatalogResult &r) {
        result = r;
        loop.quit();
    });
    loader.start();
    loop.exec();
    if (!result.hasList()) {
        session.err() << CliText::tr("The list of Directus versions cannot be read: %1").arg(result.error.sentence) << Qt::endl;
        return ExitCode::Failure;
    }
    if (!result.notice.isEmpty())
        session.out() << result.notice << Qt::endl;
    const registry::UpgradeTargets targets = result.catalog.upgradeTargets(*current);
    session.out() << CliText::tr("%1 runs Directus %2.").arg(spec.name, spec.imageTag) << Qt::endl;
    if (!targets.any()) {
        session.out() << CliText::tr("No newer version is available.") << Qt::endl;
        return ExitCode::Ok;
    }
    const auto line = [&session](const QString &label, const std::optional<instance::DirectusVersion> &v) {
        if (v)
            session.out() << "  " << label << ": " << v->toString() << Qt::endl;
    };
    line(CliText::tr("newest patch"), targets.newestPatch);
    line(CliText::tr("newest minor"), targets.newestMinor);
    line(CliText::tr("next major"), targets.nextMajor);
    line(CliText::tr("newest major"), targets.newestMajor);
    const QString recommended = targets.recommended->toString();
    session.out() << CliText::tr("Recommended: %1").arg(recommended) << Qt::endl;
    const QStringList changes = operations::UpgradeOperation::changesBetween(spec, recommended);
    if (!changes.isEmpty()) {
        session.out() << CliText::tr("What changes from %1 to %2:").arg(spec.imageTag, recommended) << Qt::endl;
        for (const QString &change : changes)
            session.out() << "  - " << change << Qt::endl;
    }
    session.out() << CliText::tr("Upgrade with: %1 upgrade %2 --to %3").arg(QCoreApplication::applicationName(), spec.name, recommended)
                  << Qt::endl;
    return ExitCode::Ok;
}
} // namespace

int runUpgradeCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("name"), CliText::tr("Instance name"));
    parser.addOption({QStringLiteral("to"), CliText::tr("The Directus version to upgrade to"), QStringLiteral("tag")});
    parser.addOption({QStringLiteral("backup-dir"), CliText::tr("Where the backup made first goes"), QStringLiteral("dir")});
    if (!parser.parse(QStringList{QStringLiteral("upgrade")} + arguments) || parser.positionalArguments().size() != 1) {
        err << CliText::tr("Usage: %1 upgrade NAME [--to TAG [--backup-dir DIR]]").arg(QCoreApplication::applicationName()) << Qt::endl;
        return ExitCode::Usage;
    }
    const QString target = parser.value(QStringLiteral("to"));
    const QString backupsRoot = parser.isSet(QStringLiteral("backup-dir")) ? parser.value(QStringLiteral("backup-dir"))
                                                                          : AppPaths::backupsDir();

    CliSession session(out, err);
    if (!session.connectEngine())
        return ExitCode::EngineUnreachable;
    if (const int code = recoverInterrupted(session, parser.positionalArguments().constFirst()); code != ExitCode::Ok)
        return code;
    const auto spec = session.findInstance(parser.positionalArguments().constFirst());
    if (!spec)
        return ExitCode::NotFound;
    if (target.isEmpty())
        return printTargets(session, *spec);

    out << CliText::tr("Upgrading %1 from Directus %2 to %3. A backup is made first (in %4); on any failure the instance is "
              "rolled back to %2.")
               .arg(spec->name, spec->imageTag, target, backupsRoot)
        << Qt::endl;
    auto *operation = new operations::UpgradeOperation(contextOf(session), *spec, target, backupsRoot);
    const operations::OperationResult result = runToEnd(session, operation);
    delete operation;
    if (!result.ok) {
        printFailure(err, result);
        return exitCodeOf(result);
    }
    for (const QString &note : result.notes)
        out << note << Qt::endl;
    out << CliText::tr("%1 runs Directus %2.").arg(spec->name, target) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace dd::cli
