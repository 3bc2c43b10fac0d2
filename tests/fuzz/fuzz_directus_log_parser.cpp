// SPDX-License-Identifier: GPL-3.0-or-later
// DirectusLogParser and AnsiEscapes on arbitrary container output. The first byte picks the
// stream. Checks: no crash or overread (ASan), the store's fast classification agrees with
// the full parse, stripping is idempotent and leaves no escape byte, and a parsed pretty or
// plain message never carries one either.
#include "logs/AnsiEscapes.h"
#include "logs/DirectusLogParser.h"

#include <cstdint>

using namespace dd::logs;
using dd::docker::StreamKind;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const auto stream = StreamKind(data[0] % 4);
    const QByteArrayView line(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);

    const LogLineClass cls = DirectusLogParser::classify(line, stream);
    const ParsedLogLine parsed = DirectusLogParser::parse(line, stream);
    if (cls.style != parsed.style || cls.level != parsed.level)
        __builtin_trap();
    if (int(parsed.level) >= LogLevelCount)
        __builtin_trap();
    if (parsed.timeOfDayMs >= 86400000 || parsed.timeOfDayMs < -1)
        __builtin_trap();
    if (parsed.style != LogStyle::Json && parsed.message.contains(QChar(0x1b)))
        __builtin_trap();

    const QByteArray clean = AnsiEscapes::strip(line);
    if (clean.size() > line.size() || clean.contains('\x1b') || AnsiEscapes::strip(clean) != clean)
        __builtin_trap();
    // Colour codes never change what a line means.
    const ParsedLogLine plain = DirectusLogParser::parse(clean, stream);
    if (plain.style != parsed.style || plain.level != parsed.level || plain.message != parsed.message)
        __builtin_trap();
    return 0;
}
