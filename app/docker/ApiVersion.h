// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <compare>
#include <optional>

namespace dd::docker {

// An Engine API version such as 1.41. Negotiated from /_ping, never pinned:
// we speak the lower of our maximum and the engine's.
struct ApiVersion
{
    int major = 1;
    int minor = 41;

    static std::optional<ApiVersion> parse(QStringView text);
    QString toString() const { return QString::number(major) + QLatin1Char('.') + QString::number(minor); }

    // Bodies are written to be valid from minimum() to maximum().
    static constexpr ApiVersion minimum() { return {1, 41}; }
    static constexpr ApiVersion maximum() { return {1, 47}; }
    // The version both sides understand; nullopt when the engine is older than minimum().
    static std::optional<ApiVersion> negotiate(ApiVersion server);

    friend constexpr auto operator<=>(const ApiVersion &, const ApiVersion &) = default;
};

} // namespace dd::docker
