// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/EngineError.h"
#include "docker/JsonLinesDecoder.h"
#include "docker/PullProgress.h"

#include <QObject>
#include <QPointer>

namespace dd::docker {

class EngineCall;
struct EngineResponse;

// One image pull: progress aggregated over layers as it arrives, and the error a pull
// reports inside its 200 stream turned into a failure like any other.
class PullJob : public QObject
{
    Q_OBJECT
public:
    PullJob(EngineCall *call, QString reference, QObject *parent = nullptr);

    // Closing the connection cancels the pull in the engine too.
    void cancel();
    const PullProgress &progress() const { return m_progress; }
    const QString &reference() const { return m_reference; }

Q_SIGNALS:
    void progressChanged(const dd::docker::PullProgress &progress);
    void finished(const dd::docker::EngineError &error);

private:
    void onChunk(const QByteArray &bytes);
    void onFinished(const EngineResponse &response);

    QPointer<EngineCall> m_call;
    QString m_reference;
    JsonLinesDecoder m_decoder;
    PullProgress m_progress;
};

} // namespace dd::docker

Q_DECLARE_METATYPE(dd::docker::PullProgress)
