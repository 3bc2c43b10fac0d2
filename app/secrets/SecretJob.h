// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretResult.h"

#include <QObject>
#include <QString>

namespace dd::secrets {

// One read, write or remove on a SecretStore. It emits finished() exactly once, always from
// the event loop after the store call returned (so connecting right after the call is never
// too late), and then deletes itself. Do not delete a job yourself; to stop caring about the
// answer, disconnect or let the receiver's lifetime end the connection.
class SecretJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    SecretJob(Operation operation, QString key, QObject *parent = nullptr);

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    bool isFinished() const { return m_finished; }

    // For stores (and test fakes): emits finished(result) now, then deleteLater().
    // A second call is ignored.
    void finish(SecretResult result);
    // The same, from the event loop: for a store that knows the answer inside the call.
    void finishLater(SecretResult result);

Q_SIGNALS:
    void finished(const dd::secrets::SecretResult &result);

private:
    const Operation m_operation;
    const QString m_key;
    bool m_finished = false;
};

} // namespace dd::secrets
