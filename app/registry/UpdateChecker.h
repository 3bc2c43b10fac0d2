// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceSpec.h"
#include "registry/TagCatalogLoader.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace dd::registry {

// Which instances have a newer Directus: the tag catalog of each product line in use is
// loaded (through the cache, so a check costs no request most of the time) when asked and
// every few hours, and each instance's recommended target is kept. The instance page's
// Upgrade button and the tray's "update available" notice read it.
class UpdateChecker : public QObject
{
    Q_OBJECT
public:
    explicit UpdateChecker(QObject *parent = nullptr);

    void setInstances(const QList<instance::InstanceSpec> &specs);
    void checkNow();
    // "" when there is nothing newer (or not known yet).
    QString recommendedFor(const QString &instanceId) const { return m_recommended.value(instanceId); }

Q_SIGNALS:
    // Emitted when an instance's recommendation appears or changes.
    void updateAvailable(const QString &instanceId, const QString &name, const QString &tag);
    void checked();

private:
    void apply(instance::ProductLine line, const CatalogResult &result);

    QList<instance::InstanceSpec> m_specs;
    QHash<QString, QString> m_recommended;
    QTimer m_timer;
    int m_pending = 0;
};

} // namespace dd::registry
