// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operations/OperationResult.h"

#include <QObject>
#include <QStringList>

namespace dd::docker {
class EngineClient;
}

namespace dd::operations {

// Makes sure images are present, one after the other: an image the engine has is left alone,
// a missing one is pulled with progress. Create and upgrade share it.
class ImagePuller : public QObject
{
    Q_OBJECT
public:
    ImagePuller(docker::EngineClient &engine, QStringList images, QObject *parent = nullptr);
    void start() { next(); }

Q_SIGNALS:
    void progress(const QString &text);
    void pullProgress(const QString &image, double fraction, const QString &text);
    void finished(const dd::operations::OperationResult &result);

private:
    void next();

    docker::EngineClient &m_engine;
    QStringList m_images;
};

} // namespace dd::operations
