// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QThreadPool;
QT_END_NAMESPACE

namespace dd::secrets {

// The fallback the user opts into when no keychain works: one file only they can read
// (mode 0600), values base64 in a YAML map (see SecretFile). Plain text by the user's choice.
// Disk work runs on one worker thread of its own, so operations happen in the order they
// were asked for and never block the caller's thread.
class FileSecretStore final : public SecretStore
{
public:
    explicit FileSecretStore(QString filePath);
    ~FileSecretStore() override;  // waits for operations already asked for

    QString filePath() const { return m_path; }

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QByteArray &value) override;
    SecretJob *remove(const QString &key) override;

private:
    SecretJob *start(SecretJob *job, std::function<SecretResult()> work);

    const QString m_path;
    std::unique_ptr<QThreadPool> m_pool;
};

} // namespace dd::secrets
