// SPDX-License-Identifier: GPL-3.0-or-later
// Newline-separated JSON as the pull, events and stats endpoints send it, through PullProgress.
// Checks that cutting the input anywhere changes nothing and that progress stays within 0..1.
#include "docker/JsonLinesDecoder.h"
#include "docker/PullProgress.h"

#include <QJsonDocument>

#include <cstdint>

using namespace dd::docker;

namespace {

struct Output
{
    QList<QByteArray> objects; // compact JSON of each object
    QList<QByteArray> badLines;
    QString progress;
    bool operator==(const Output &) const = default;
};

Output decode(QByteArrayView input, qsizetype step)
{
    Output out;
    PullProgress progress;
    JsonLinesDecoder decoder(
        [&](const QJsonObject &object) {
            out.objects.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
            progress.apply(object);
        },
        [&](const QByteArray &line, const QString &message) {
            if (message.isEmpty())
                __builtin_trap();
            out.badLines.append(line);
        });
    decoder.setMaxLineLength(4096);
    for (qsizetype at = 0; at < input.size(); at += step)
        decoder.feed(input.sliced(at, std::min(step, input.size() - at)));
    decoder.finish();

    const double fraction = progress.fraction();
    if (!(fraction >= 0.0 && fraction <= 1.0))
        __builtin_trap();
    if (progress.layersDone() > progress.layerCount() || progress.downloadedBytes() < 0 || progress.totalBytes() < 0)
        __builtin_trap();
    if (progress.hasError() && !progress.isFinished())
        __builtin_trap();
    out.progress = QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                       .arg(fraction)
                       .arg(progress.layerCount())
                       .arg(progress.bytesKnown())
                       .arg(progress.isIndeterminate())
                       .arg(progress.errorMessage(), progress.statusLine(), progress.digest());
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype step = 1 + data[0] % 64;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const Output whole = decode(input, std::max<qsizetype>(input.size(), 1));
    if (!(decode(input, step) == whole))
        __builtin_trap();
    return 0;
}
