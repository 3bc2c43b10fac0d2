// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/Severity.h"

#include <QString>

namespace dd::instance {

// What the machine says about a host folder the user chose, before anything is created:
// does it exist or can it be created, can we write there, is there room. InstanceValidator
// checks the path's shape; this looks at the disk, so it is synchronous and meant to run on a
// worker thread (core/Background.h runInBackground).
struct FolderCheckResult
{
    Severity severity = Severity::Info;  // Info: fine
    QString reason;                      // a sentence for a person; empty when fine
    qint64 bytesAvailable = -1;          // on the disk that holds (or will hold) the folder

    bool ok() const { return severity != Severity::Error; }
};

class FolderCheck
{
public:
    // Below this much free space the folder is refused; below `lowSpaceBytes` it is a warning.
    static constexpr qint64 minimumBytes = 100LL * 1024 * 1024;
    static constexpr qint64 lowSpaceBytes = 2LL * 1024 * 1024 * 1024;

    static FolderCheckResult check(const QString &path);
};

} // namespace dd::instance
