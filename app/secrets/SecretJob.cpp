// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretJob.h"

#include "core/Logging.h"

namespace dd::secrets {

SecretJob::SecretJob(Operation operation, QString key, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(std::move(key))
{
}

void SecretJob::finish(SecretResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    // The key names an entry, it is not secret; the value is never logged.
    qCDebug(ddSecrets) << m_operation << m_key << "->" << SecretResult::errorName(result.error);
    Q_EMIT finished(result);
    deleteLater();
}

void SecretJob::finishLater(SecretResult result)
{
    QMetaObject::invokeMethod(
        this, [this, result = std::move(result)]() mutable { finish(std::move(result)); },
        Qt::QueuedConnection);
}

} // namespace dd::secrets
