// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP/1.1 response framing of the engine transport. Checks, besides memory safety,
// that the outcome does not depend on where the input was cut, that body bytes never
// exceed input bytes, and that every response ends complete or with an error at EOF.
#include "docker/HttpResponseParser.h"

#include <QByteArray>

#include <cstdint>

using namespace dd::docker;

namespace {

struct Output
{
    int status = 0;
    QByteArray reason;
    HttpResponseParser::Headers headers;
    HttpResponseParser::Headers trailers;
    QByteArray body;
    bool complete = false;
    bool upgraded = false;
    HttpResponseParser::Error error = HttpResponseParser::Error::None;
    int headerEvents = 0;
    int completeEvents = 0;
    bool operator==(const Output &) const = default;
};

Output parse(QByteArrayView input, qsizetype cut, bool head)
{
    Output out;
    HttpResponseParser parser;
    parser.setExpectNoBody(head);
    parser.setHandlers({
        [&] { ++out.headerEvents; },
        [&](QByteArrayView data) {
            if (data.isEmpty() || out.headerEvents == 0)
                __builtin_trap(); // no empty pieces, no body before the headers
            out.body += data;
        },
        [&] { ++out.completeEvents; },
    });
    parser.feed(input.first(cut));
    parser.feed(input.sliced(cut));
    parser.finishAtEof();
    out.status = parser.statusCode();
    out.reason = parser.reasonPhrase();
    out.headers = parser.headers();
    out.trailers = parser.trailers();
    out.complete = parser.isComplete();
    out.upgraded = parser.isUpgraded();
    out.error = parser.error();
    if (parser.hasError() == parser.isComplete() || (parser.hasError() && parser.errorString().isEmpty()))
        __builtin_trap();
    if (out.completeEvents > 1 || out.headerEvents > 1 || parser.bodyBytes() != out.body.size())
        __builtin_trap();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool head = (data[0] & 0x80) != 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const qsizetype cut = input.isEmpty() ? 0 : qsizetype(data[0] & 0x7f) * input.size() / 127;

    const Output whole = parse(input, input.size(), head);
    if (!(parse(input, cut, head) == whole))
        __builtin_trap();
    if (whole.body.size() > input.size())
        __builtin_trap();
    return 0;
}
