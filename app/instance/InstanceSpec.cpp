// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/InstanceSpec.h"

#include "instance/DatabaseProfile.h"

#include <QUuid>

namespace dd::instance {

InstanceSpec InstanceSpec::create(const QString &name)
{
    InstanceSpec spec;
    spec.id = newId();
    spec.name = name;
    spec.imageTag = recommendedTag(spec.productLine);
    return spec;
}

QString InstanceSpec::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString InstanceSpec::directusImage() const
{
    return imageRepository(productLine) + QLatin1Char(':') + imageTag;
}

QString InstanceSpec::effectivePublicUrl() const
{
    if (!publicUrl.isEmpty())
        return publicUrl;
    return QStringLiteral("http://localhost:") + QString::number(hostPort);
}

QString InstanceSpec::effectiveDatabaseImage() const
{
    if (!databaseImage.isEmpty())
        return databaseImage;
    return DatabaseProfile::of(databaseKind).defaultImage;
}

} // namespace dd::instance
