// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/TarReader.h"

#include <QString>

namespace dd::backup {

// Whether a restore may write one entry of a backup's uploads or extensions archive into the
// container. A backup folder is only files on a disk: one made by hand, damaged or planted could
// name "../x" or "/etc/x", or hold a link that points out of its folder, and the engine would
// write where that says. Safe: files, folders and links that stay inside the archive's top
// folder ("uploads/…"), with relative names.
class ArchiveEntryCheck
{
public:
    // "" when the entry is safe, else a sentence naming it and why it is refused.
    static QString problem(const TarEntry &entry);
};

} // namespace dd::backup
