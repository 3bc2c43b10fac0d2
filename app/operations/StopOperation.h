// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceSpec.h"
#include "operations/InstanceContainers.h"
#include "operations/Operation.h"

#include <optional>

namespace dd::docker {
class EngineClient;
}

namespace dd::operations {

// Stops an instance's containers, found by their labels (InstanceContainers), in the reverse
// of their start order (Directus first, so it never runs without its database), then asks the
// engine whether any of them still runs. Finding none of them is a failure with a sentence,
// never a quiet success; a service whose container is missing is said in a note.
class StopOperation : public Operation
{
    Q_OBJECT
public:
    StopOperation(docker::EngineClient &engine, const instance::InstanceSpec &spec, const QString &journalDirectory,
                  std::optional<JournalEntry> interrupted = std::nullopt, QObject *parent = nullptr);

    // Directus gets time to finish what it is doing; databases flush on SIGTERM.
    static constexpr int stopTimeoutSeconds = 30;

private:
    void stopAll();
    void stopNext(QList<StackContainer> todo);
    void check();
    static QString serviceWords(const QString &service);  // "Directus", "database", "cache"

    docker::EngineClient &m_engine;
    instance::InstanceSpec m_spec;
};

} // namespace dd::operations
