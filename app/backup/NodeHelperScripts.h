// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace dd::backup {

// The commands of the one-shot helper containers (restore's emptying and re-owning of the data
// folders, create's handing of host folders to Directus' user), written for `node -e`.
// Node is the one program every Directus image has: the hardened 12.1+ images lack npm, and
// the distroless -dhi images have no shell, no chown and no rm at all, so a shell script
// would not run there.
class NodeHelperScripts
{
public:
    // Empties each folder (its entries, not the folder itself: it is a mount point) and
    // deletes the given files if they exist.
    static QStringList emptyFolders(const QStringList &folders, const QStringList &filesToDelete = {});

    // `chown -R uid:gid` of each folder, without following symbolic links out of it.
    static QStringList chownTree(const QStringList &folders, int uid, int gid);
};

} // namespace dd::backup
