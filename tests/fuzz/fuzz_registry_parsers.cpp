// SPDX-License-Identifier: GPL-3.0-or-later
// The registry answers: tag lists, Docker Hub pages, Link and WWW-Authenticate values, token
// bodies; then the catalog built from whatever tags came out. Bytes come from whatever the
// registry setting points at, so every output is checked against what the caller relies on.
#include "registry/RegistryParsers.h"
#include "registry/TagCatalog.h"

#include <cstdint>

using namespace dd::registry;
using dd::instance::DirectusVersion;

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

bool isHttp(const QUrl &url)
{
    return url.isEmpty()
        || ((url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) && !url.host().isEmpty());
}

void checkCatalog(const QStringList &tags)
{
    for (const QString &tag : tags)
        check(RegistryParsers::isValidTagName(tag));
    TagCatalog::Options all;
    all.preReleases = true;
    all.hardened = true;
    for (const TagCatalog &catalog : {TagCatalog(dd::instance::ProductLine::Directus, tags),
                                      TagCatalog(dd::instance::ProductLine::Directus, tags, all)}) {
        const auto &versions = catalog.versions();
        for (qsizetype i = 1; i < versions.size(); ++i)
            check(versions[i - 1] < versions[i]);
        // Every tag is shown, floating or hidden; duplicates collapse, nothing is invented.
        check(versions.size() + catalog.floatingTags().size() + catalog.hiddenTags().size() <= tags.size());
        for (const DirectusVersion &v : versions) {
            check(!v.isFloating());
            const UpgradeTargets t = catalog.upgradeTargets(v);
            for (const auto &target : {t.newestPatch, t.newestMinor, t.nextMajor, t.newestMajor, t.recommended}) {
                if (target)
                    check(*target > v);
            }
        }
        if (const auto latest = catalog.resolve(DirectusVersion::latest()))
            check(!latest->isPreRelease() && !latest->isFloating());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QUrl request(QStringLiteral("https://registry.example.test/v2/a/b/tags/list?n=2"));

    if (const auto page = RegistryParsers::parseTagList(input))
        checkCatalog(page->tags);
    if (const auto hub = RegistryParsers::parseHubPage(input, request)) {
        checkCatalog(hub->tags);
        check(isHttp(hub->next));
    }
    check(isHttp(RegistryParsers::parseNextLink(input, request)));
    if (const auto challenge = RegistryParsers::parseBearerChallenge(input))
        check(isHttp(challenge->realm) && !challenge->realm.isEmpty());
    const QByteArray token = RegistryParsers::parseToken(input);
    for (char c : token)
        check(c > 0x20 && c < 0x7f);
    return 0;
}
