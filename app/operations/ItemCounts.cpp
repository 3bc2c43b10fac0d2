// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/ItemCounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace dd::operations {

namespace {

constexpr int kTimeoutMs = 30000;

} // namespace

ItemCounts::ItemCounts(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
}

QString ItemCounts::summary(const Counts &counts)
{
    if (counts.isEmpty())
        return tr("no collections of its own");
    QStringList parts;
    for (const auto &[collection, items] : counts)
        parts.append(QStringLiteral("%1 %2").arg(collection).arg(items));
    return parts.join(QStringLiteral(", "));
}

void ItemCounts::read(const QUrl &base, const QString &accessToken, std::function<void(bool, Counts, QString)> done)
{
    m_base = base;
    m_token = accessToken;
    m_counts.clear();
    m_done = std::move(done);
    QUrl url = base;
    url.setPath(QStringLiteral("/collections"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            finish(false, tr("the collections could not be listed: %1").arg(reply->errorString()));
            return;
        }
        QStringList collections;
        const QJsonArray list = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data")).toArray();
        for (const QJsonValue &value : list) {
            const QJsonObject collection = value.toObject();
            const QString name = collection.value(QStringLiteral("collection")).toString();
            // Folders (groups in the Studio) have no table: their schema is null.
            if (name.startsWith(QLatin1String("directus_")) || collection.value(QStringLiteral("schema")).isNull())
                continue;
            collections.append(name);
        }
        countNext(collections);
    });
}

void ItemCounts::countNext(QStringList collections)
{
    if (collections.isEmpty()) {
        finish(true, {});
        return;
    }
    const QString name = collections.takeFirst();
    QUrl url = m_base;
    url.setPath(QStringLiteral("/items/") + name);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("aggregate[count]"), QStringLiteral("*"));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, name, collections] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            finish(false, tr("the collection %1 could not be read: %2").arg(name, reply->errorString()));
            return;
        }
        // {"data":[{"count":"3"}]} — a string on some databases, a number on others.
        const QJsonValue count = QJsonDocument::fromJson(reply->readAll())
                                     .object().value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("count"));
        bool ok = count.isDouble();
        qint64 items = ok ? qint64(count.toDouble()) : count.toString().toLongLong(&ok);
        if (!ok) {
            finish(false, tr("the collection %1 gave no item count").arg(name));
            return;
        }
        m_counts.append({name, items});
        countNext(collections);
    });
}

void ItemCounts::finish(bool ok, const QString &why)
{
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(ok, ok ? m_counts : Counts{}, why);
}

} // namespace dd::operations
