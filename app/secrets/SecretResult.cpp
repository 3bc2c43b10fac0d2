// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretResult.h"

#include <QMetaEnum>

namespace dd::secrets {

SecretResult SecretResult::success(QByteArray value)
{
    SecretResult r;
    r.value = std::move(value);
    return r;
}

SecretResult SecretResult::failure(Error error, QString message, QString detail)
{
    SecretResult r;
    r.error = error;
    r.message = std::move(message);
    r.detail = std::move(detail);
    return r;
}

QString SecretResult::errorName(Error error)
{
    return QString::fromLatin1(QMetaEnum::fromType<Error>().valueToKey(int(error)));
}

} // namespace dd::secrets
