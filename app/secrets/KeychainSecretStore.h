// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

namespace dd::secrets {

// The OS keychain through QtKeychain: Secret Service (GNOME Keyring, KWallet) on Linux,
// Keychain on macOS, Credential Manager on Windows. Values are stored as binary data.
class KeychainSecretStore final : public SecretStore
{
public:
    // The service name groups our entries where the backend supports it (not on Windows).
    explicit KeychainSecretStore(QString service = defaultService());

    static QString defaultService();  // "org.directusdesktop.DirectusDesktop"
    QString service() const { return m_service; }

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QByteArray &value) override;
    SecretJob *remove(const QString &key) override;

    // Turns a failed QtKeychain job (its QKeychain::Error code and errorString()) into a
    // result with a sentence for a person. Public so the mapping can be tested without a keychain.
    static SecretResult fromKeychainError(int keychainError, const QString &backendMessage,
                                          SecretJob::Operation operation, const QString &key);

private:
    QString m_service;
};

} // namespace dd::secrets
