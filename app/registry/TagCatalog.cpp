// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/TagCatalog.h"

#include <algorithm>

namespace dd::registry {

using instance::DirectusVersion;

namespace {

void sortUnique(QList<DirectusVersion> &list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
}

// The newest entry of an ascending list that satisfies `pred`.
template<typename Pred>
std::optional<DirectusVersion> newestWhere(const QList<DirectusVersion> &ascending, Pred pred)
{
    for (auto it = ascending.crbegin(); it != ascending.crend(); ++it) {
        if (pred(*it))
            return *it;
    }
    return std::nullopt;
}

} // namespace

bool TagCatalog::isHardened(QStringView tag)
{
    return tag.endsWith(QLatin1String("-dhi"), Qt::CaseInsensitive);
}

TagCatalog::TagCatalog(instance::ProductLine line, const QStringList &tags, Options options)
    : m_line(line)
    , m_options(options)
    , m_all(tags)
{
    for (const QString &tag : tags) {
        const auto version = DirectusVersion::parse(tag);
        const bool hardened = isHardened(tag);
        const bool shown = version && (!hardened || m_options.hardened)
            && (!version->isPreRelease() || m_options.preReleases || (hardened && m_options.hardened));
        if (!shown) {
            m_hidden.append(tag);
            continue;
        }
        if (version->isFloating())
            m_floating.append(*version);
        else
            m_versions.append(*version);
    }
    sortUnique(m_versions);
    sortUnique(m_floating);
}

std::optional<DirectusVersion> TagCatalog::newest() const
{
    if (m_versions.isEmpty())
        return std::nullopt;
    return m_versions.last();
}

std::optional<DirectusVersion> TagCatalog::resolve(const DirectusVersion &tag) const
{
    using P = DirectusVersion::Precision;
    switch (tag.precision()) {
    case P::Latest:
        // "latest" is what the publisher marks as the current release: never a pre-release.
        return newestWhere(m_versions, [](const DirectusVersion &v) { return !v.isPreRelease(); });
    case P::Major:
        return newestWhere(m_versions, [&](const DirectusVersion &v) {
            return v.major() == tag.major() && !v.isPreRelease();
        });
    case P::Minor:
        return newestWhere(m_versions, [&](const DirectusVersion &v) {
            return v.major() == tag.major() && v.minor() == tag.minor() && !v.isPreRelease();
        });
    case P::Patch:
        break;
    }
    if (std::binary_search(m_versions.cbegin(), m_versions.cend(), tag))
        return tag;
    return std::nullopt;
}

UpgradeTargets TagCatalog::upgradeTargets(const DirectusVersion &current) const
{
    UpgradeTargets t;
    // A floating current ("11") is whatever it pulls today; targets are relative to that.
    DirectusVersion from = current;
    if (current.isFloating()) {
        const auto resolved = resolve(current);
        if (!resolved)
            return t;
        from = *resolved;
    }
    auto newer = [&](const DirectusVersion &v) { return v > from; };

    t.newestPatch = newestWhere(m_versions, [&](const DirectusVersion &v) {
        return newer(v) && v.major() == from.major() && v.minor() == from.minor();
    });
    t.newestMinor = newestWhere(m_versions, [&](const DirectusVersion &v) {
        return newer(v) && v.major() == from.major() && v.minor() > from.minor();
    });
    t.newestMajor = newestWhere(m_versions, [&](const DirectusVersion &v) { return v.major() > from.major(); });
    // The lowest major above the current one, then its newest version.
    const auto firstHigher = std::find_if(m_versions.cbegin(), m_versions.cend(),
                                          [&](const DirectusVersion &v) { return v.major() > from.major(); });
    if (firstHigher != m_versions.cend()) {
        const int major = firstHigher->major();
        t.nextMajor = newestWhere(m_versions, [&](const DirectusVersion &v) { return v.major() == major; });
    }
    t.recommended = t.newestMinor ? t.newestMinor : t.newestPatch ? t.newestPatch : t.nextMajor;
    return t;
}

} // namespace dd::registry
