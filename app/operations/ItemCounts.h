// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace dd::operations {

// How many items each of a Directus' own collections holds, read through its REST API with an
// admin's access token: GET /collections, then GET /items/<collection>?aggregate[count]=* for
// every collection that has a table (not the directus_* system ones, not folders). A restore
// proves with it that the data it put back is there and readable, and says what it holds.
class ItemCounts : public QObject
{
    Q_OBJECT
public:
    using Counts = QList<QPair<QString, qint64>>;  // collection, items; in the order Directus lists them

    explicit ItemCounts(QObject *parent = nullptr);
    // done(true, counts, "") or done(false, {}, why): a collection that cannot be read is a failure.
    void read(const QUrl &base, const QString &accessToken, std::function<void(bool, Counts, QString)> done);

    // "notes 3, pages 1" (or "no collections of its own").
    static QString summary(const Counts &counts);

private:
    void countNext(QStringList collections);
    void finish(bool ok, const QString &why);

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QString m_token;
    Counts m_counts;
    std::function<void(bool, Counts, QString)> m_done;
};

} // namespace dd::operations
