// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/StackDiscovery.h"

#include "docker/EngineCall.h"
#include "docker/EngineClient.h"
#include "instance/StackLabels.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dd::operations {

StackDiscovery::StackDiscovery(docker::EngineClient &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    qRegisterMetaType<QList<dd::operations::DiscoveredStack>>();
}

void StackDiscovery::start(const QString &project)
{
    // The engine filters by label, so other containers never cross the socket.
    const QString &label = instance::kProjectLabel;
    const QMap<QString, QStringList> filters{
        {QStringLiteral("label"), {project.isEmpty() ? label : label + QLatin1Char('=') + project}}};
    docker::EngineCall *call = m_engine.listContainers(filters, true);
    // EngineCall::finished is always delivered from the event loop (even EngineCall::failed),
    // so finished() here is too.
    connect(call, &docker::EngineCall::finished, this, [this](const docker::EngineResponse &response) {
        if (!response.ok()) {
            Q_EMIT finished({}, response.error);
            return;
        }
        const QJsonDocument doc = response.json();
        if (!doc.isArray()) {
            Q_EMIT finished({}, docker::EngineError::make(docker::EngineError::Kind::Protocol,
                                                          tr("The engine's container list was not a JSON array.")));
            return;
        }
        Q_EMIT finished(DiscoveredStack::fromContainerList(doc.array()), docker::EngineError::none());
    });
}

} // namespace dd::operations
