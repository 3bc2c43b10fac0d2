// SPDX-License-Identifier: GPL-3.0-or-later
// The frame decoder of logs/attach/exec bodies. Checks, besides memory safety, that the
// output does not depend on where the input was cut, and that payload never exceeds input.
#include "docker/MultiplexedStreamDecoder.h"

#include <QByteArray>

#include <cstdint>
#include <string>
#include <vector>

using namespace dd::docker;

namespace {

struct Output
{
    std::vector<std::pair<int, std::string>> runs; // consecutive pieces of a stream joined
    MultiplexedStreamDecoder::Error error = MultiplexedStreamDecoder::Error::None;
    qint64 consumed = 0;
    bool operator==(const Output &) const = default;
};

Output decode(QByteArrayView input, qsizetype step)
{
    Output out;
    MultiplexedStreamDecoder decoder([&](StreamKind stream, QByteArrayView payload) {
        if (payload.isEmpty())
            __builtin_trap(); // empty pieces are never delivered
        if (!out.runs.empty() && out.runs.back().first == int(stream))
            out.runs.back().second.append(payload.data(), size_t(payload.size()));
        else
            out.runs.emplace_back(int(stream), std::string(payload.data(), size_t(payload.size())));
    });
    for (qsizetype at = 0; at < input.size(); at += step)
        decoder.feed(input.sliced(at, std::min(step, input.size() - at)));
    decoder.finish();
    out.error = decoder.error();
    out.consumed = decoder.bytesConsumed();
    if (decoder.hasError() && decoder.errorString().isEmpty())
        __builtin_trap();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype step = 1 + data[0] % 16;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);

    const Output whole = decode(input, std::max<qsizetype>(input.size(), 1));
    if (!(decode(input, step) == whole) || !(decode(input, 1) == whole))
        __builtin_trap();
    size_t payload = 0;
    for (const auto &run : whole.runs)
        payload += run.second.size();
    if (payload > size_t(input.size()) || whole.consumed > input.size())
        __builtin_trap();
    return 0;
}
