// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace dd::secrets {

// The outcome of one secret-store operation, as a value: a kind a caller can branch on
// (offer the fallbacks on NoBackend/Locked, create on NotFound), a sentence for a person,
// and for a read, the value.
struct SecretResult
{
    Q_GADGET

public:
    enum class Error {
        None,
        NotFound,            // no entry under this key
        NoBackend,           // no keychain on this machine: QtKeychain 0.13 reports OtherError (7)
                             // when there is no Secret Service, or NoBackendAvailable (5)
        Locked,              // AccessDenied (4): a locked collection and nobody to ask to unlock it
        AccessDeniedByUser,  // the person said no in the unlock / allow prompt
        Other,
    };
    Q_ENUM(Error)

    Error error = Error::None;
    QString message;   // for a person: what happened and the fix; empty on success
    QString detail;    // the backend's own words (QtKeychain, file system), for logs and a details view
    QByteArray value;  // read: the secret; empty otherwise. Never log it.

    bool ok() const { return error == Error::None; }

    static SecretResult success(QByteArray value = {});
    static SecretResult failure(Error error, QString message, QString detail = {});

    // "NoBackend", for logs and test output.
    static QString errorName(Error error);
};

} // namespace dd::secrets

Q_DECLARE_METATYPE(dd::secrets::SecretResult)
