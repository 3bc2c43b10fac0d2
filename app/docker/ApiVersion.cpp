// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/ApiVersion.h"

#include <QList>

namespace dd::docker {

std::optional<ApiVersion> ApiVersion::parse(QStringView text)
{
    const auto parts = text.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okMajor = false, okMinor = false;
    const int major = parts[0].toInt(&okMajor);
    const int minor = parts[1].toInt(&okMinor);
    if (!okMajor || !okMinor || major < 0 || minor < 0)
        return std::nullopt;
    return ApiVersion{major, minor};
}

std::optional<ApiVersion> ApiVersion::negotiate(ApiVersion server)
{
    if (server < minimum())
        return std::nullopt;
    return server < maximum() ? server : maximum();
}

} // namespace dd::docker
