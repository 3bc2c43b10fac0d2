// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace dd::logs {

struct LogStoreOptions
{
    // Lines are copied into chunks of this size; a chunk is the unit that is spilled and
    // reloaded. A line longer than a chunk gets a chunk of its own.
    qsizetype chunkSize = 1024 * 1024;
    // Bytes of chunk memory kept resident (the open chunk, sealed chunks not yet spilled and
    // reloaded chunks). Never less than two chunks: the open one and one being read back.
    qsizetype memoryBudget = 16 * 1024 * 1024;
    // How many spilled chunks are kept after being read back (least recently used go first).
    int reloadCacheChunks = 4;
    // Where the spill file is created; the system temporary folder when empty.
    QString spillDirectory;
};

} // namespace dd::logs
