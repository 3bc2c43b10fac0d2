// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretResult.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace dd::secrets {

// The file behind FileSecretStore: a comment saying what it is, then a YAML map
// key -> base64 of the value. Synchronous; FileSecretStore calls it off the UI thread.
class SecretFile
{
public:
    using Entries = QMap<QString, QByteArray>;

    // The comment at the top of every file we write.
    static QByteArray header();

    // A missing file is an empty map. Errors come back as a result with a sentence.
    static SecretResult load(const QString &path, Entries *entries);
    // Atomically replaces the file; the new file is mode 0600 before any content is written.
    static SecretResult save(const QString &path, const Entries &entries);

    static QByteArray serialize(const Entries &entries);
    // False with *error set when the bytes are not a map of base64 strings.
    static bool parse(const QByteArray &bytes, Entries *entries, QString *error);
};

} // namespace dd::secrets
