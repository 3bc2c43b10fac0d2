// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dd::docker {

// An image reference split the way the engine reads it:
// [registry[:port]/]repository[:tag][@digest], e.g. "directus/directus:11.1.2",
// "127.0.0.1:5000/directus/directus:9.26.0", "postgres@sha256:...".
struct ImageReference
{
    QString registry;    // "" = Docker Hub
    QString repository;  // "directus/directus" (with the registry prefix when there is one)
    QString tag;         // "" when none was given
    QString digest;      // "sha256:..." or ""

    static ImageReference parse(const QString &reference);

    QString tagOrLatest() const { return tag.isEmpty() ? QStringLiteral("latest") : tag; }
    // "docker.io/library/postgres" for "postgres": what Podman needs to avoid short-name rules.
    QString fullyQualifiedRepository() const;
    QString toString() const;
};

} // namespace dd::docker
