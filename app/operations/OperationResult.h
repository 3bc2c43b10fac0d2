// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/EngineError.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace dd::operations {

// How an operation ended: ok, or which step failed, a sentence for a person with the fix,
// and the container log lines that show it. `notes` says what was kept or undone.
struct OperationResult
{
    bool ok = true;
    docker::EngineError::Kind kind = docker::EngineError::Kind::None;
    QString failedStep;
    QString sentence;
    QStringList logTail;
    QStringList notes;
    // Refused because another program works on the instance (InstanceLock): nothing was changed.
    bool busy = false;

    static OperationResult success() { return {}; }
    static OperationResult failure(QString sentence, docker::EngineError::Kind kind = docker::EngineError::Kind::Server)
    {
        OperationResult result;
        result.ok = false;
        result.kind = kind;
        result.sentence = std::move(sentence);
        return result;
    }
    static OperationResult busyWith(QString sentence)
    {
        OperationResult result = failure(std::move(sentence), docker::EngineError::Kind::Conflict);
        result.busy = true;
        return result;
    }
    static OperationResult fromEngine(const docker::EngineError &error)
    {
        return failure(error.sentence, error.kind);
    }
};

} // namespace dd::operations

Q_DECLARE_METATYPE(dd::operations::OperationResult)
