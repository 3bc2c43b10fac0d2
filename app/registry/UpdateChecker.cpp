// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/UpdateChecker.h"

#include "registry/RegistrySettings.h"

#include <QSet>

namespace dd::registry {

namespace {
constexpr int kRecheckMs = 6 * 3600 * 1000;  // the tag cache's lifetime
}

UpdateChecker::UpdateChecker(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kRecheckMs);
    connect(&m_timer, &QTimer::timeout, this, &UpdateChecker::checkNow);
    m_timer.start();
}

void UpdateChecker::setInstances(const QList<instance::InstanceSpec> &specs)
{
    m_specs = specs;
}

void UpdateChecker::checkNow()
{
    if (m_pending > 0)
        return;
    QSet<int> lines;
    for (const auto &spec : std::as_const(m_specs))
        lines.insert(int(spec.productLine));
    if (lines.isEmpty()) {
        Q_EMIT checked();
        return;
    }
    m_pending = int(lines.size());
    for (int value : std::as_const(lines)) {
        const auto line = instance::ProductLine(value);
        auto *loader = new TagCatalogLoader(RegistrySettings::sourceFor(line), line, RegistrySettings::loaderSettings(),
                                            nullptr, this);
        connect(loader, &TagCatalogLoader::finished, this, [this, loader, line](const CatalogResult &result) {
            loader->deleteLater();
            apply(line, result);
            if (--m_pending == 0)
                Q_EMIT checked();
        });
        loader->start();
    }
}

void UpdateChecker::apply(instance::ProductLine line, const CatalogResult &result)
{
    if (!result.hasList())
        return;  // offline and no cache: keep what was known
    for (const auto &spec : std::as_const(m_specs)) {
        if (spec.productLine != line)
            continue;
        const auto current = spec.version();
        if (!current || current->isFloating())
            continue;
        const UpgradeTargets targets = result.catalog.upgradeTargets(*current);
        const QString tag = targets.recommended ? targets.recommended->toString() : QString();
        if (m_recommended.value(spec.id) == tag)
            continue;
        m_recommended.insert(spec.id, tag);
        if (!tag.isEmpty())
            Q_EMIT updateAvailable(spec.id, spec.name, tag);
    }
}

} // namespace dd::registry
