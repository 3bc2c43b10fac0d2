// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceSpec.h"
#include "operations/Operation.h"

#include <optional>

namespace dd::docker {
class EngineClient;
}

namespace dd::operations {

// Stops an instance's containers in the reverse of their start order (Directus first, so it
// never runs without its database). A container that is missing or already stopped is fine.
class StopOperation : public Operation
{
    Q_OBJECT
public:
    StopOperation(docker::EngineClient &engine, const instance::InstanceSpec &spec, const QString &journalDirectory,
                  std::optional<JournalEntry> interrupted = std::nullopt, QObject *parent = nullptr);

    // Directus gets time to finish what it is doing; databases flush on SIGTERM.
    static constexpr int stopTimeoutSeconds = 30;

private:
    void stop(const QString &container);

    docker::EngineClient &m_engine;
};

} // namespace dd::operations
