// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupVerifier.h"

#include "backup/BackupText.h"

#include "backup/ArchiveEntryCheck.h"
#include "backup/BackupManifest.h"
#include "backup/DatabaseDump.h"
#include "backup/TarReader.h"
#include "core/Background.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dd::backup {

namespace {


bool dumpLooksComplete(const QString &path, const DatabaseDump &dump)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (dump.markerAtStart)
        return file.read(dump.completeMarker.size()) == dump.completeMarker;
    // The marker is in the last lines; 4 KB is far more than they take.
    file.seek(qMax<qint64>(0, file.size() - 4096));
    return file.readAll().contains(dump.completeMarker);
}

} // namespace

std::optional<BackupInfo> BackupVerifier::verify(const QString &folder, QString *error)
{
    auto failed = [error](const QString &why) -> std::optional<BackupInfo> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    auto info = BackupInfo::read(folder, error);
    if (!info)
        return std::nullopt;
    const auto files = BackupManifest::files(folder, error);
    if (!files)
        return std::nullopt;
    const auto dump = DatabaseDump::forKind(info->databaseKind);
    if (!dump)
        return failed(DatabaseDump::unsupportedSentence(info->databaseKind));
    const QString where = QDir::toNativeSeparators(folder);

    const QStringList required{dump->fileName, QLatin1String(uploadsArchive), QLatin1String(extensionsArchive)};
    for (const QString &name : required) {
        const bool listed = std::any_of(files->cbegin(), files->cend(), [&](const auto &f) { return f.name == name; });
        if (!listed)
            return failed(BackupText::tr("The backup %1 is incomplete: its manifest does not list %2.").arg(where, name));
    }
    for (const auto &f : *files) {
        const QFileInfo file(folder + QLatin1Char('/') + f.name);
        if (!file.isFile())
            return failed(BackupText::tr("The backup %1 is incomplete: %2 is missing.").arg(where, f.name));
        if (file.size() != f.size)
            return failed(BackupText::tr("The backup %1 is damaged: %2 has %3 bytes, the manifest says %4.")
                              .arg(where, f.name).arg(file.size()).arg(f.size));
    }
    const QString dumpPath = folder + QLatin1Char('/') + dump->fileName;
    if (QFileInfo(dumpPath).size() == 0 || !dumpLooksComplete(dumpPath, *dump))
        return failed(BackupText::tr("The backup %1 is damaged: the %2 database dump is cut short or not a dump.")
                          .arg(where, dump->displayName));
    for (const char *archive : {uploadsArchive, extensionsArchive}) {
        QFile tar(folder + QLatin1Char('/') + QLatin1String(archive));
        QString why;
        std::optional<QList<TarEntry>> entries;
        if (!tar.open(QIODevice::ReadOnly) || !(entries = TarReader::list(tar, &why)))
            return failed(BackupText::tr("The backup %1 is damaged: %2 does not read (%3).").arg(where, QLatin1String(archive), why));
        // A restore writes these entries into the container as they are named.
        for (const TarEntry &entry : std::as_const(*entries)) {
            if (const QString problem = ArchiveEntryCheck::problem(entry); !problem.isEmpty()) {
                return failed(BackupText::tr("The backup %1 is refused: %2 holds an entry a restore must not write: %3")
                                  .arg(where, QLatin1String(archive), problem));
            }
        }
    }
    return info;
}

void BackupVerifier::verifyInBackground(QObject *context, const QString &folder,
                                        std::function<void(std::optional<BackupInfo>, QString)> done)
{
    struct Outcome
    {
        std::optional<BackupInfo> info;
        QString error;
    };
    runInBackground<Outcome>(
        context,
        [folder] {
            Outcome outcome;
            outcome.info = verify(folder, &outcome.error);
            return outcome;
        },
        [done](const Outcome &outcome) { done(outcome.info, outcome.error); });
}

} // namespace dd::backup
