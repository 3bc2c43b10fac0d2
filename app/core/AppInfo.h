// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Names the application is known by: used for QCoreApplication, data folders,
// keychain keys and --version. One place, so they never drift apart.
namespace dd::AppInfo {

inline constexpr auto applicationName = "directus-desktop";
inline constexpr auto displayName = "Directus Desktop";
inline constexpr auto organizationDomain = "directusdesktop.org";
inline constexpr auto applicationId = "org.directusdesktop.DirectusDesktop";
inline constexpr auto version = DD_VERSION;

} // namespace dd::AppInfo
