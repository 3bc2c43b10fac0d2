// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/DatabaseKind.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd::backup {

// How one kind of database is dumped and loaded back: a small table, one row per kind.
// Server databases are dumped by exec in their own container, with the tools of the image
// and the credentials the container already has in its environment (so no password passes
// through the app). SQLite is a file in the Directus container, copied with Directus stopped.
struct DatabaseDump
{
    instance::DatabaseKind kind = instance::DatabaseKind::Sqlite;
    QString fileName;          // in the backup folder: "database.sql" or "database.sqlite"
    QString displayName;       // "PostgreSQL", for progress lines
    bool isFile = false;       // SQLite: a copied file, no exec
    QStringList dumpCommand;   // exec'd in the database container; the dump goes to stdout
    // What a complete dump contains (a server dump ends with it; a SQLite file starts with it).
    QByteArray completeMarker;
    bool markerAtStart = false;

    // exec'd in the database container: replaces the database with the dump at `dumpPath`
    // (inside that container), then deletes the file.
    QStringList restoreCommand(const QString &dumpPath) const;

    // nullopt for kinds backups do not support; unsupportedSentence() says so to a person.
    static std::optional<DatabaseDump> forKind(instance::DatabaseKind kind);
    static QString unsupportedSentence(instance::DatabaseKind kind);
};

} // namespace dd::backup
