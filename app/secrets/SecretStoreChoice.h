// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <QString>

#include <memory>

namespace dd::secrets {

// Which SecretStore the app uses. The OS keychain unless the user opted into the 0600 file
// (DESIGN idea 6). The choice is read from DD_SECRET_STORE ("keychain", "file" or
// "file:/absolute/path"), then from the "secrets/store" key of the app's settings file.
struct SecretStoreChoice
{
    enum class Kind { Keychain, File };
    Kind kind = Kind::Keychain;
    QString filePath;  // File only

    static SecretStoreChoice current();
    // Remembers the user's choice in the settings file (the GUI's "store secrets in a file" opt-in).
    static void remember(const SecretStoreChoice &choice);
    static SecretStoreChoice parse(const QString &text);

    std::unique_ptr<SecretStore> makeStore() const;
    QString describe() const;  // for a person: "the system keychain" / "the file /home/…/secrets.yaml"
};

} // namespace dd::secrets
