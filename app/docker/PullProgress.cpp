// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/PullProgress.h"

#include "docker/DockerTr.h"

#include <QJsonValue>

#include <algorithm>

namespace dd::docker {

namespace {

// The size a layer counts with: the download total, else what extraction or a finished
// download revealed. 0 when nothing is known yet.
qint64 layerSize(const PullProgress::Layer &layer)
{
    if (layer.total > 0)
        return layer.total;
    if (layer.extractTotal > 0)
        return layer.extractTotal;
    return layer.isDownloaded() ? layer.downloaded : 0;
}

double downloadFraction(const PullProgress::Layer &layer)
{
    if (layer.isDownloaded())
        return 1.0;
    if (layer.state == PullProgress::LayerState::Downloading && layer.total > 0)
        return std::clamp(double(layer.downloaded) / double(layer.total), 0.0, 1.0);
    return 0.0;
}

double extractFraction(const PullProgress::Layer &layer)
{
    if (layer.isDone())
        return 1.0;
    if (layer.state == PullProgress::LayerState::Extracting && layer.extractTotal > 0)
        return std::clamp(double(layer.extracted) / double(layer.extractTotal), 0.0, 1.0);
    return 0.0;
}

} // namespace

bool PullProgress::apply(const QJsonObject &message)
{
    const QJsonValue error = message.value(QLatin1String("error"));
    const QJsonValue errorDetail = message.value(QLatin1String("errorDetail"));
    if (!error.isUndefined() || !errorDetail.isUndefined()) {
        QString text = errorDetail.toObject().value(QLatin1String("message")).toString();
        if (text.isEmpty())
            text = error.toString();
        if (text.isEmpty())
            text = Tr::tr("The engine reported an error without a message.");
        // The first error is the cause; later ones tend to be its consequences.
        if (m_error.isEmpty())
            m_error = text;
        m_finished = true;
        return true;
    }

    const QString status = message.value(QLatin1String("status")).toString();
    if (status.isEmpty())
        return false;
    const QString id = message.value(QLatin1String("id")).toString();
    const QJsonObject detail = message.value(QLatin1String("progressDetail")).toObject();
    const qint64 current = detail.value(QLatin1String("current")).toInteger();
    const qint64 total = detail.value(QLatin1String("total")).toInteger(); // Podman sends -1 when unknown

    if (!id.isEmpty()) {
        if (status == QLatin1String("Pulling fs layer")) {
            layerFor(id).state = LayerState::Pending;
            return true;
        }
        if (status == QLatin1String("Waiting")) {
            layerFor(id).state = LayerState::Waiting;
            return true;
        }
        if (status == QLatin1String("Already exists")) {
            layerFor(id).state = LayerState::AlreadyExists;
            return true;
        }
        if (status == QLatin1String("Downloading")) {
            Layer &layer = layerFor(id);
            layer.state = LayerState::Downloading;
            layer.downloaded = std::max<qint64>(current, 0);
            if (total > 0)
                layer.total = total;
            return true;
        }
        if (status.startsWith(QLatin1String("Retrying in "))) {
            Layer &layer = layerFor(id);
            layer.state = LayerState::Downloading;
            layer.downloaded = 0; // the engine starts this layer over
            return true;
        }
        if (status == QLatin1String("Verifying Checksum")) {
            Layer &layer = layerFor(id);
            layer.state = LayerState::Verifying;
            if (layer.total > 0)
                layer.downloaded = layer.total;
            return true;
        }
        if (status == QLatin1String("Download complete") || status == QLatin1String("Pull complete")) {
            Layer *layer = findLayer(id);
            if (!layer) {
                // Docker names every layer before finishing it; an unseen id here is Podman's
                // closing message, which carries the image id.
                m_finished = true;
                m_statusLine = status;
                return true;
            }
            if (layer->total > 0)
                layer->downloaded = layer->total;
            if (status == QLatin1String("Pull complete")) {
                layer->state = LayerState::Complete;
                layer->extracted = layer->extractTotal;
            } else if (layer->state < LayerState::Downloaded) {
                layer->state = LayerState::Downloaded;
            }
            return true;
        }
        if (status == QLatin1String("Extracting")) {
            Layer &layer = layerFor(id);
            layer.state = LayerState::Extracting;
            if (layer.total > 0)
                layer.downloaded = layer.total;
            layer.extracted = std::max<qint64>(current, 0);
            if (total > 0)
                layer.extractTotal = total;
            return true;
        }
        // Anything else with an id is about the image, e.g. "Pulling from library/postgres"
        // whose id is the tag.
    }

    if (status.startsWith(QLatin1String("Digest: ")))
        m_digest = status.mid(8).trimmed();
    if (status.startsWith(QLatin1String("Status: "))) {
        m_finished = true;
        m_upToDate = status.contains(QLatin1String("Image is up to date"));
    }
    m_statusLine = status;
    return true;
}

const PullProgress::Layer *PullProgress::layer(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_layers.at(*it);
}

PullProgress::Layer *PullProgress::findLayer(const QString &id)
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_layers[*it];
}

PullProgress::Layer &PullProgress::layerFor(const QString &id)
{
    if (Layer *layer = findLayer(id))
        return *layer;
    m_index.insert(id, m_layers.size());
    m_layers.append(Layer{id});
    return m_layers.last();
}

int PullProgress::layersDone() const
{
    return int(std::count_if(m_layers.cbegin(), m_layers.cend(), [](const Layer &l) { return l.isDone(); }));
}

bool PullProgress::bytesKnown() const
{
    bool anyToDownload = false;
    for (const Layer &layer : m_layers) {
        if (layer.state == LayerState::AlreadyExists)
            continue;
        anyToDownload = true;
        if (layer.total <= 0 && !layer.isDownloaded())
            return false;
    }
    return anyToDownload && totalBytes() > 0;
}

qint64 PullProgress::downloadedBytes() const
{
    qint64 sum = 0;
    for (const Layer &layer : m_layers) {
        if (layer.state == LayerState::AlreadyExists)
            continue;
        sum += layer.isDownloaded() ? layerSize(layer) : layer.downloaded;
    }
    return sum;
}

qint64 PullProgress::totalBytes() const
{
    qint64 sum = 0;
    for (const Layer &layer : m_layers) {
        if (layer.state != LayerState::AlreadyExists)
            sum += layerSize(layer);
    }
    return sum;
}

double PullProgress::fraction() const
{
    if (m_finished && !hasError())
        return 1.0;
    if (bytesKnown()) {
        // Download and extraction weigh the same: extracting a big layer takes a while too.
        double done = 0;
        double all = 0;
        for (const Layer &layer : m_layers) {
            if (layer.state == LayerState::AlreadyExists)
                continue;
            const auto size = double(layerSize(layer));
            done += size * (downloadFraction(layer) + extractFraction(layer)) / 2;
            all += size;
        }
        return std::clamp(done / all, 0.0, 1.0);
    }
    // Layers the engine already had cost no time: counting them as done would show a bar that
    // starts high and drops as the other layers are announced.
    double done = 0;
    int toPull = 0;
    for (const Layer &layer : m_layers) {
        if (layer.state == LayerState::AlreadyExists)
            continue;
        done += (downloadFraction(layer) + extractFraction(layer)) / 2;
        ++toPull;
    }
    return toPull == 0 ? 0.0 : std::clamp(done / toPull, 0.0, 1.0);
}

bool PullProgress::isIndeterminate() const
{
    return m_layers.isEmpty() && !m_finished;
}

QString PullProgress::stateText(LayerState state)
{
    switch (state) {
    case LayerState::Pending:
        return Tr::tr("Queued");
    case LayerState::Waiting:
        return Tr::tr("Waiting");
    case LayerState::Downloading:
        return Tr::tr("Downloading");
    case LayerState::Verifying:
        return Tr::tr("Verifying");
    case LayerState::Downloaded:
        return Tr::tr("Downloaded");
    case LayerState::Extracting:
        return Tr::tr("Extracting");
    case LayerState::Complete:
        return Tr::tr("Complete");
    case LayerState::AlreadyExists:
        return Tr::tr("Already present");
    }
    return {};
}

} // namespace dd::docker
