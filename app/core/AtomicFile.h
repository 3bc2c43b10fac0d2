// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace dd {

// Writes a whole file or nothing: QSaveFile writes a temporary file and renames it over the
// old one, so a crash never leaves half a file. The permissions are set before the first byte,
// because the temporary file starts with the umask's mode and a file meant for its owner only
// (secrets, instance files) must never be readable by others, not even briefly.
struct AtomicFile
{
    enum class Stage { Done, Open, Permissions, Write, Commit };
    struct Result
    {
        Stage stage = Stage::Done;
        QString reason;  // the file system's words; empty when done
        bool ok() const { return stage == Stage::Done; }
    };

    static Result write(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions);
};

} // namespace dd
