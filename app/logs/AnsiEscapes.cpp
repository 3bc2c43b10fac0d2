// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/AnsiEscapes.h"

#include <algorithm>
#include <cstring>

namespace dd::logs {

namespace {

constexpr char Esc = '\x1b';

// Where the escape sequence starting at `at` (text[at] == ESC) ends, one past its last byte.
qsizetype sequenceEnd(QByteArrayView text, qsizetype at)
{
    const qsizetype n = text.size();
    qsizetype i = at + 1;
    if (i >= n)
        return n;
    const char kind = text[i];
    if (kind == '[') {
        // CSI: parameter bytes 0x30-0x3F, intermediate bytes 0x20-0x2F, one final byte 0x40-0x7E.
        ++i;
        while (i < n && uchar(text[i]) >= 0x20 && uchar(text[i]) <= 0x3F)
            ++i;
        if (i < n && uchar(text[i]) >= 0x40 && uchar(text[i]) <= 0x7E)
            return i + 1;
        return i; // malformed: drop what looked like the sequence, keep the rest
    }
    if (kind == ']') {
        // OSC (hyperlinks, titles): up to BEL or ST (ESC \).
        for (++i; i < n; ++i) {
            if (text[i] == '\a')
                return i + 1;
            if (text[i] == Esc && i + 1 < n && text[i + 1] == '\\')
                return i + 2;
        }
        return n;
    }
    // ESC, intermediate bytes 0x20-0x2F, one final byte (ESC ( B selects a charset, ESC = a keypad mode).
    while (i < n && uchar(text[i]) >= 0x20 && uchar(text[i]) <= 0x2F)
        ++i;
    return std::min(i + 1, n);
}

template<typename Out>
void stripInto(QByteArrayView text, Out &out)
{
    const char *data = text.data();
    qsizetype at = 0;
    const qsizetype n = text.size();
    while (at < n) {
        const void *hit = std::memchr(data + at, Esc, size_t(n - at));
        if (!hit) {
            out.append(data + at, size_t(n - at));
            return;
        }
        const qsizetype esc = static_cast<const char *>(hit) - data;
        out.append(data + at, size_t(esc - at));
        at = sequenceEnd(text, esc);
    }
}

} // namespace

bool AnsiEscapes::contains(QByteArrayView text)
{
    return !text.isEmpty() && std::memchr(text.data(), Esc, size_t(text.size())) != nullptr;
}

QByteArray AnsiEscapes::strip(QByteArrayView text)
{
    if (!contains(text))
        return text.toByteArray();
    QByteArray out;
    out.reserve(text.size());
    stripInto(text, out);
    return out;
}

void AnsiEscapes::strip(QByteArrayView text, std::string &out)
{
    out.clear();
    stripInto(text, out);
}

void AnsiEscapes::appendStripped(QByteArrayView text, std::string &out)
{
    stripInto(text, out);
}

} // namespace dd::logs
