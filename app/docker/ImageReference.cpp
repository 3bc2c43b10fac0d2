// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/ImageReference.h"

namespace dd::docker {

ImageReference ImageReference::parse(const QString &reference)
{
    ImageReference ref;
    QString rest = reference.trimmed();
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        ref.digest = rest.mid(at + 1);
        rest.truncate(at);
    }
    // A colon after the last slash separates the tag; one before it belongs to a registry port.
    const qsizetype slash = rest.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > slash) {
        ref.tag = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    ref.repository = rest;
    const qsizetype firstSlash = rest.indexOf(QLatin1Char('/'));
    if (firstSlash > 0) {
        const QString first = rest.left(firstSlash);
        // Like the docker CLI: the first part is a registry only if it looks like a host.
        if (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) || first == QLatin1String("localhost"))
            ref.registry = first;
    }
    return ref;
}

QString ImageReference::fullyQualifiedRepository() const
{
    if (!registry.isEmpty())
        return repository;
    if (!repository.contains(QLatin1Char('/')))
        return QLatin1String("docker.io/library/") + repository;
    return QLatin1String("docker.io/") + repository;
}

QString ImageReference::toString() const
{
    QString out = repository;
    if (!tag.isEmpty())
        out += QLatin1Char(':') + tag;
    if (!digest.isEmpty())
        out += QLatin1Char('@') + digest;
    return out;
}

} // namespace dd::docker
