// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/LogLine.h"
#include "logs/LogLevel.h"

#include <QtGlobal>

namespace dd::logs {

// What the store keeps in memory for every line, spilled or not: 16 bytes, so a million lines
// cost 16 MB of index while their text may live on disk. The text is the bytes from `offset`
// in its chunk to the next line's offset (or the chunk's end).
struct LogLineMeta
{
    qint64 timestampNs = 0;  // the engine's timestamp (ns since the epoch, UTC); 0 when none
    quint32 offset = 0;      // inside its chunk
    quint16 serviceId = 0;   // which service of a stack, for merged stores
    LogLevel level = LogLevel::Unknown;
    docker::StreamKind stream = docker::StreamKind::Stdout;
};

static_assert(sizeof(LogLineMeta) == 16, "the per-line index must stay small");

} // namespace dd::logs
