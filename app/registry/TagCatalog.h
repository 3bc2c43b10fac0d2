// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/DirectusVersion.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace dd::registry {

// Where an instance on `current` could go, relative to a catalog. Each target is newer than
// `current`; an absent one means there is nothing newer of that kind.
struct UpgradeTargets
{
    std::optional<instance::DirectusVersion> newestPatch;  // same major.minor
    std::optional<instance::DirectusVersion> newestMinor;  // same major, a higher minor
    std::optional<instance::DirectusVersion> nextMajor;    // newest of the lowest higher major
    std::optional<instance::DirectusVersion> newestMajor;  // newest of the highest major
    // What the upgrade dialog preselects: the newest release of the current major, else the
    // newest of the next major only. One major at a time keeps each jump's breaking changes
    // (licence at 10.0, the 11.0 changes, ...) reviewable, and mirrors the tested 9 -> 10 -> 11 path.
    std::optional<instance::DirectusVersion> recommended;

    bool any() const { return recommended.has_value(); }
};

// What a catalog shows besides releases. (Outside the class: a nested struct with default
// member initialisers cannot be a default argument of its enclosing class's constructor.)
struct TagCatalogOptions
{
    bool preReleases = false;
    bool hardened = false;  // "-dhi" (Docker Hardened Images): a different base, not an upgrade path
};

// The tags of one product line's repository, read as versions and ordered. Pure value: built
// from a tag list (network or cache), so everything here is unit tested without a registry.
//
// By default only releases are listed: pre-releases (semver "-rc.1", and also the test peers'
// "10.99.0-broken"), hardened variants ("-dhi") and tags that are not version-like
// ("sha-abc", "edge") are hidden; Options brings them back for "any tag on request".
class TagCatalog
{
public:
    using Options = TagCatalogOptions;

    TagCatalog() = default;
    TagCatalog(instance::ProductLine line, const QStringList &tags, Options options = {});

    instance::ProductLine productLine() const { return m_line; }
    const Options &options() const { return m_options; }

    // Exact versions shown, oldest first, without duplicates.
    const QList<instance::DirectusVersion> &versions() const { return m_versions; }
    // Floating tags present in the list ("11", "11.1", "latest"), ordered like versions.
    const QList<instance::DirectusVersion> &floatingTags() const { return m_floating; }
    // Tags left out by the options or not version-like, as the registry wrote them.
    const QStringList &hiddenTags() const { return m_hidden; }
    // Every tag as the registry listed it.
    const QStringList &allTags() const { return m_all; }

    bool isEmpty() const { return m_versions.isEmpty(); }
    std::optional<instance::DirectusVersion> newest() const;
    bool contains(const QString &tag) const { return m_all.contains(tag); }

    // The exact shown version a floating tag means today ("11" -> 11.1.2, "latest" -> the
    // newest release); an exact version resolves to itself when listed.
    std::optional<instance::DirectusVersion> resolve(const instance::DirectusVersion &tag) const;

    UpgradeTargets upgradeTargets(const instance::DirectusVersion &current) const;

    // Docker Hardened Images variants ("11.1.2-dhi"): same numbers, another base image.
    static bool isHardened(QStringView tag);

private:
    instance::ProductLine m_line = instance::ProductLine::Directus;
    Options m_options;
    QList<instance::DirectusVersion> m_versions;
    QList<instance::DirectusVersion> m_floating;
    QStringList m_hidden;
    QStringList m_all;
};

} // namespace dd::registry
