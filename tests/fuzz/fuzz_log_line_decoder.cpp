// SPDX-License-Identifier: GPL-3.0-or-later
// Line splitting and the timestamps=1 prefix parser. The first byte picks framing, timestamps
// and a small line cap; the output must not depend on where the input was cut.
#include "docker/LogLineDecoder.h"

#include <cstdint>

using namespace dd::docker;

namespace {

struct Output
{
    QList<LogLine> lines;
    bool error = false;
    bool operator==(const Output &) const = default;
};

Output decode(LogLineDecoder::Framing framing, bool timestamps, qsizetype cap, QByteArrayView input, qsizetype step)
{
    Output out;
    LogLineDecoder decoder(framing, timestamps, [&](const LogLineView &line) {
        if (line.text.size() > cap)
            __builtin_trap();
        out.lines.append(line.toLogLine());
    });
    decoder.setMaxLineLength(cap);
    for (qsizetype at = 0; at < input.size(); at += step)
        decoder.feed(input.sliced(at, std::min(step, input.size() - at)));
    decoder.finish();
    out.error = decoder.hasError();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const auto framing = (data[0] & 1) ? LogLineDecoder::Framing::Raw : LogLineDecoder::Framing::Multiplexed;
    const bool timestamps = data[0] & 2;
    const qsizetype cap = LogLineDecoder::MinimumMaxLineLength + (data[0] >> 2) % 4 * 17;
    const qsizetype step = 1 + data[1] % 32;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 2, qsizetype(size) - 2);

    qint64 ns = 0;
    const qsizetype prefix = LogLineDecoder::parseTimestamp(input, &ns);
    if (prefix < 0 || prefix > input.size())
        __builtin_trap();

    const Output whole = decode(framing, timestamps, cap, input, std::max<qsizetype>(input.size(), 1));
    if (!(decode(framing, timestamps, cap, input, step) == whole))
        __builtin_trap();
    return 0;
}
