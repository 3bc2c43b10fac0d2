// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace dd::instance {

// Which image family a version belongs to. The fork's numbers overlap upstream's (fork 10.x and
// 11.x are not upstream 10.x/11.x), so versions are only comparable within one line.
enum class ProductLine { Directus, Directus9Fork };

// "directus/directus" or "lawebcapsule/directus9".
QString imageRepository(ProductLine line);

// The version a new instance gets when the person picks none: an exact release, never a
// floating tag, so the instance stays where it was made until an upgrade. For Directus the
// newest stable release this app was tested with (tests/e2e/images/README.md); the wizard
// offers the registry's newest once its list has loaded. The fork has no release tested here,
// so it keeps "latest" (with the floating-tag warning).
QString recommendedTag(ProductLine line);

// A Directus image tag read as semver: "10.13.4", "11.0.0-rc.1", the floating tags "11" and
// "11.1" (newest of that major/minor) and "latest" (newest of all).
//
// A floating tag compares as the newest version it can mean ("11" sorts above every 11.x.y and
// below 12.0.0-anything), so version rules such as "from 11.13" apply to "11" the way they
// would to what a pull of "11" brings today.
class DirectusVersion
{
public:
    enum class Precision { Latest, Major, Minor, Patch };

    static std::optional<DirectusVersion> parse(QStringView tag);
    static DirectusVersion exact(int major, int minor, int patch, const QString &preRelease = {});
    static DirectusVersion latest();

    Precision precision() const { return m_precision; }
    bool isFloating() const { return m_precision != Precision::Patch; }
    bool isLatest() const { return m_precision == Precision::Latest; }
    bool isPreRelease() const { return !m_preRelease.isEmpty(); }
    // Components a floating tag leaves open read as 0 here; compare with operator<=> instead.
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }
    QString preRelease() const { return m_preRelease; }
    // The tag as written (without build metadata): "11", "11.1", "10.99.0-broken", "latest".
    QString toString() const;

    friend std::strong_ordering operator<=>(const DirectusVersion &a, const DirectusVersion &b);
    friend bool operator==(const DirectusVersion &a, const DirectusVersion &b)
    {
        return (a <=> b) == std::strong_ordering::equal;
    }

private:
    Precision m_precision = Precision::Latest;
    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
    QString m_preRelease;
};

} // namespace dd::instance
