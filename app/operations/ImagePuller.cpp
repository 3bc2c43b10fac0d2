// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/ImagePuller.h"

#include "docker/EngineClient.h"
#include "docker/PullJob.h"

namespace dd::operations {

ImagePuller::ImagePuller(docker::EngineClient &engine, QStringList images, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_images(std::move(images))
{
}

void ImagePuller::next()
{
    if (m_images.isEmpty()) {
        Q_EMIT finished(OperationResult::success());
        return;
    }
    const QString image = m_images.takeFirst();
    connect(m_engine.inspectImage(image), &docker::EngineCall::finished, this,
            [this, image](const docker::EngineResponse &inspected) {
                if (inspected.ok()) {
                    next();
                    return;
                }
                if (inspected.error.kind != docker::EngineError::Kind::NotFound) {
                    Q_EMIT finished(OperationResult::fromEngine(inspected.error));
                    return;
                }
                Q_EMIT progress(tr("Pulling %1").arg(image));
                docker::PullJob *pull = m_engine.pull(image);
                connect(pull, &docker::PullJob::progressChanged, this, [this, image](const docker::PullProgress &p) {
                    Q_EMIT pullProgress(image, p.fraction(), p.statusLine());
                });
                connect(pull, &docker::PullJob::finished, this, [this, image, pull](const docker::EngineError &error) {
                    pull->deleteLater();
                    if (error) {
                        OperationResult failure = OperationResult::fromEngine(error);
                        failure.sentence = tr("Could not pull %1: %2").arg(image, error.sentence);
                        Q_EMIT finished(failure);
                        return;
                    }
                    next();
                });
            });
}

} // namespace dd::operations
