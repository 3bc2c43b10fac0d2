// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/ArchiveEntryCheck.h"

#include "backup/BackupText.h"

#include <QStringList>

#include <optional>

namespace dd::backup {

namespace {

// The path's parts with "." and empty ones dropped; nullopt if a ".." climbs above `base`'s
// first part (the archive's top folder) or the path is absolute.
std::optional<QStringList> resolve(const QStringList &base, const QString &path)
{
    if (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('\\')))
        return std::nullopt;
    QStringList parts = base;
    for (const QString &part : path.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (parts.size() <= 1)
                return std::nullopt;  // out of the top folder (or above the archive)
            parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    return parts;
}

} // namespace

QString ArchiveEntryCheck::problem(const TarEntry &entry)
{
    const QString name = entry.name;
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return BackupText::tr("“%1” has an absolute name.").arg(name);
    const QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.contains(QLatin1String("..")))
        return BackupText::tr("“%1” names a parent folder (“..”).").arg(name);

    switch (entry.type) {
    case '0':
    case '7':  // contiguous file: a file
    case '5':
        return {};
    case '1': {
        // A hard link names another entry of the archive.
        const std::optional<QStringList> target = resolve({}, entry.linkName);
        if (!target || target->isEmpty() || parts.isEmpty() || target->first() != parts.first())
            return BackupText::tr("“%1” is a hard link to “%2”, outside its folder.").arg(name, entry.linkName);
        return {};
    }
    case '2': {
        // A symbolic link is read from the folder it is in.
        QStringList folder = parts;
        if (!folder.isEmpty())
            folder.removeLast();
        const std::optional<QStringList> target = folder.isEmpty() ? std::nullopt : resolve(folder, entry.linkName);
        if (!target || target->first() != parts.first())
            return BackupText::tr("“%1” is a link to “%2”, outside its folder.").arg(name, entry.linkName);
        return {};
    }
    default:
        return BackupText::tr("“%1” is a device, pipe or other special file (tar type “%2”).")
            .arg(name, QString(QLatin1Char(entry.type)));
    }
}

} // namespace dd::backup
