// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/KeychainSecretStore.h"

#include "core/Logging.h"
#include "secrets/SecretsTr.h"

#include <qt6keychain/keychain.h>

#include <functional>

namespace dd::secrets {

namespace {

// Starts a QtKeychain job owned by `job` and completes `job` from its answer. The start is
// queued: QtKeychain may fail inside start() (backend missing), and the caller must have had
// the chance to connect to `job` first.
void run(SecretJob *job, QKeychain::Job *keychainJob, std::function<QByteArray()> valueOnSuccess)
{
    keychainJob->setAutoDelete(false);  // our job is its parent and deletes it
    keychainJob->setKey(job->key());
    QObject::connect(keychainJob, &QKeychain::Job::finished, job,
                     [job, keychainJob, valueOnSuccess = std::move(valueOnSuccess)] {
                         const QKeychain::Error error = keychainJob->error();
                         if (error == QKeychain::NoError) {
                             job->finish(SecretResult::success(valueOnSuccess ? valueOnSuccess() : QByteArray()));
                             return;
                         }
                         SecretResult result = KeychainSecretStore::fromKeychainError(
                             int(error), keychainJob->errorString(), job->operation(), job->key());
                         if (result.error != SecretResult::Error::None && result.error != SecretResult::Error::NotFound) {
                             qCWarning(ddSecrets).noquote()
                                 << "keychain" << job->operation() << job->key() << "failed:"
                                 << SecretResult::errorName(result.error) << "(QtKeychain" << int(error)
                                 << keychainJob->errorString() << ")";
                         }
                         job->finish(std::move(result));
                     });
    QMetaObject::invokeMethod(keychainJob, &QKeychain::Job::start, Qt::QueuedConnection);
}

QString lockedSentence()
{
    return Tr::tr("The keychain is locked (or has no login keyring yet) and no prompt could be shown. Unlock "
                  "or create your login keyring, for example in Passwords and Keys or KWallet, and try again, "
                  "or choose where Directus Desktop keeps passwords: ask every time, or a file only you can read.");
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

QString KeychainSecretStore::defaultService()
{
    return QStringLiteral("org.directusdesktop.DirectusDesktop");
}

SecretJob *KeychainSecretStore::read(const QString &key)
{
    auto *job = new SecretJob(SecretJob::Operation::Read, key);
    auto *keychainJob = new QKeychain::ReadPasswordJob(m_service, job);
    run(job, keychainJob, [keychainJob] { return keychainJob->binaryData(); });
    return job;
}

SecretJob *KeychainSecretStore::write(const QString &key, const QByteArray &value)
{
    auto *job = new SecretJob(SecretJob::Operation::Write, key);
    auto *keychainJob = new QKeychain::WritePasswordJob(m_service, job);
    keychainJob->setBinaryData(value);
    run(job, keychainJob, {});
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &key)
{
    auto *job = new SecretJob(SecretJob::Operation::Remove, key);
    run(job, new QKeychain::DeletePasswordJob(m_service, job), {});
    return job;
}

SecretResult KeychainSecretStore::fromKeychainError(int keychainError, const QString &backendMessage,
                                                    SecretJob::Operation operation, const QString &key)
{
    using E = SecretResult::Error;
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
        return SecretResult::success();
    case QKeychain::EntryNotFound:
        // Removing what is not there is what the caller wanted (libsecret already says so;
        // Windows and macOS report EntryNotFound).
        if (operation == SecretJob::Operation::Remove)
            return SecretResult::success();
        return SecretResult::failure(E::NotFound,
                                     Tr::tr("The keychain has no entry named %1.").arg(key),
                                     backendMessage);
    case QKeychain::AccessDeniedByUser:
        return SecretResult::failure(
            E::AccessDeniedByUser,
            Tr::tr("Access to the keychain was refused. Try again and allow Directus Desktop to use it, or "
                   "choose where Directus Desktop keeps passwords: ask every time, or a file only you can read."),
            backendMessage);
    case QKeychain::AccessDenied:
        return SecretResult::failure(
            E::Locked,
            lockedSentence(),
            backendMessage);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        break;
    case QKeychain::OtherError:
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        // On Linux and the BSDs QtKeychain 0.13 reports every D-Bus failure as OtherError: no
        // session bus, no org.freedesktop.secrets, KWallet not answering. Locked collections and
        // missing entries have their own codes, so what is left means "no usable keychain" --
        // except one case: the Secret Service runs but has no default keyring yet and no prompt
        // to create one (a fresh account in a headless or SSH session). Its fix is the locked one.
        if (backendMessage.contains(QLatin1String("/org/freedesktop/secrets/collection/")))
            return SecretResult::failure(E::Locked, lockedSentence(), backendMessage);
        break;
#else
        return SecretResult::failure(
            E::Other,
            Tr::tr("The keychain reported an error: %1. Try again; if it keeps failing, choose where "
                   "Directus Desktop keeps passwords: ask every time, or a file only you can read.")
                .arg(backendMessage),
            backendMessage);
#endif
    case QKeychain::CouldNotDeleteEntry:
        return SecretResult::failure(
            E::Other,
            Tr::tr("The keychain could not delete the entry %1: %2. Try again, or delete it with your "
                   "system's password manager.")
                .arg(key, backendMessage),
            backendMessage);
    default:
        return SecretResult::failure(
            E::Other,
            Tr::tr("The keychain reported an unknown error (%1): %2. Try again; if it keeps failing, choose "
                   "where Directus Desktop keeps passwords: ask every time, or a file only you can read.")
                .arg(QString::number(keychainError), backendMessage),
            backendMessage);
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const QString sentence = Tr::tr(
        "No keychain is available (no Secret Service is running). Start GNOME Keyring or KWallet, "
        "or choose where Directus Desktop keeps passwords: ask every time, or a file only you can read.");
#else
    const QString sentence = Tr::tr(
        "No keychain is available on this system. Choose where Directus Desktop keeps passwords: "
        "ask every time, or a file only you can read.");
#endif
    return SecretResult::failure(E::NoBackend, sentence, backendMessage);
}

} // namespace dd::secrets
