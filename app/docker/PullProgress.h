// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dd::docker {

// What a pull (POST /images/create) has done so far, built from its JSON messages in order.
// Docker reports per layer: "Pulling fs layer", "Waiting", "Downloading" (current/total),
// "Verifying Checksum", "Download complete", "Extracting" (current/total), "Pull complete", or
// "Already exists"; then "Digest: ..." and "Status: ...". Errors arrive as {"error":...}
// inside the 200 stream. Podman's compat API sends fewer of these, sometimes none per layer.
class PullProgress
{
public:
    enum class LayerState {
        Pending,     // "Pulling fs layer"
        Waiting,     // queued behind other downloads
        Downloading, // also "Retrying in N seconds"
        Verifying,   // "Verifying Checksum"
        Downloaded,  // "Download complete"
        Extracting,
        Complete,      // "Pull complete"
        AlreadyExists, // the engine had it: nothing to download
    };

    struct Layer
    {
        QString id; // the short id the engine prints, e.g. "f6c2a1d3b4e5"
        LayerState state = LayerState::Pending;
        qint64 downloaded = 0;
        qint64 total = 0; // 0 while unknown
        qint64 extracted = 0;
        qint64 extractTotal = 0;

        bool isDone() const { return state == LayerState::Complete || state == LayerState::AlreadyExists; }
        // All bytes are in (being verified or later), whether or not a size was ever given.
        bool isDownloaded() const { return state >= LayerState::Verifying; }
    };

    // Applies one message; returns false for one that is not part of a pull stream.
    bool apply(const QJsonObject &message);

    const QList<Layer> &layers() const { return m_layers; }
    const Layer *layer(const QString &id) const;
    int layerCount() const { return int(m_layers.size()); }
    int layersDone() const;

    // True when there is something to download and every such layer has a known size (a
    // layer that finished without reporting one counts with what it did report).
    bool bytesKnown() const;
    qint64 downloadedBytes() const;
    qint64 totalBytes() const;

    // 0..1 over the layers to pull (not those that already exist): bytes downloaded and
    // extracted when bytesKnown(), otherwise layers (a downloaded layer counts half). 1 once
    // finished without error.
    double fraction() const;
    // Nothing to measure: no layers reported (Podman often sends none) and not finished.
    // Show a busy indicator rather than a bar stuck at 0.
    bool isIndeterminate() const;

    // The engine said the pull is over: "Status: ..." from Docker, the image id from Podman,
    // or an error.
    bool isFinished() const { return m_finished; }
    bool isUpToDate() const { return m_upToDate; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }
    // The last message that is not about one layer, as the engine wrote it, e.g.
    // "Pulling from library/postgres" or "Status: Downloaded newer image for postgres:16".
    QString statusLine() const { return m_statusLine; }
    QString digest() const { return m_digest; } // "sha256:..." once reported

    static QString stateText(LayerState state);

private:
    Layer *findLayer(const QString &id);
    Layer &layerFor(const QString &id);

    QList<Layer> m_layers;
    QHash<QString, qsizetype> m_index;
    QString m_statusLine;
    QString m_digest;
    QString m_error;
    bool m_finished = false;
    bool m_upToDate = false;
};

} // namespace dd::docker
