// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <string>

namespace dd::logs {

// Terminal escape sequences (colours from pino-pretty, chalk, npm) removed from log text.
// Handles CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \) and two-byte ESC sequences;
// a sequence cut off at the end of the line is dropped whole.
class AnsiEscapes
{
public:
    static bool contains(QByteArrayView text);
    static QByteArray strip(QByteArrayView text);
    // Into a caller-owned buffer, so the hot path can reuse its capacity (no allocation per line).
    static void strip(QByteArrayView text, std::string &out);
    // Appends the stripped text to `out` (a search strips a whole chunk line by line).
    static void appendStripped(QByteArrayView text, std::string &out);
};

} // namespace dd::logs
