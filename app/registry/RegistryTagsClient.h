// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/RegistryError.h"
#include "registry/RegistryParsers.h"
#include "registry/RegistrySource.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace dd::registry {

struct TagListResult
{
    QStringList tags;  // in the registry's order, across all pages
    RegistryError error;
    int pages = 0;

    bool ok() const { return error.ok(); }
};

// Lists every tag of one repository, following the paging, and emits finished() exactly once.
//
// Registry v2: GET <base>/v2/<repo>/tags/list?n=N, then each `Link: <...>; rel="next"`. A 401
// carrying `WWW-Authenticate: Bearer realm=...,service=...,scope=...` starts the anonymous
// token flow (Docker Hub, GHCR): GET realm?service=&scope=, then the same request again, once,
// with `Authorization: Bearer`. Docker Hub tags API: GET .../tags?page_size=N, then "next".
//
// An explicit state machine (request -> maybe token -> request -> next page) rather than
// coroutines, the same style as the docker subsystem's calls.
class RegistryTagsClient : public QObject
{
    Q_OBJECT
public:
    // `nam` is used if given (it must outlive this object); otherwise one is owned.
    explicit RegistryTagsClient(RegistrySource source, QNetworkAccessManager *nam = nullptr,
                                QObject *parent = nullptr);
    ~RegistryTagsClient() override;

    void setPageSize(int tagsPerPage) { m_pageSize = qBound(1, tagsPerPage, 1000); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // A guard against a registry that pages forever.
    void setMaxPages(int pages) { m_maxPages = pages; }

    const RegistrySource &source() const { return m_source; }
    bool isFinished() const { return m_finished; }

    void start();
    // Aborts the request in flight; finished() reports Cancelled.
    void cancel();

Q_SIGNALS:
    void finished(const dd::registry::TagListResult &result);

private:
    void get(const QUrl &url);
    void onPage(QNetworkReply *reply);
    void requestToken(const RegistryParsers::BearerChallenge &challenge);
    void onToken(QNetworkReply *reply);
    bool mayCarryToken(const QUrl &url) const;
    RegistryError networkError(QNetworkReply *reply) const;
    void finish(RegistryError error);

    RegistrySource m_source;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    int m_pageSize = 100;
    int m_timeoutMs = 30000;
    int m_maxPages = 500;
    QUrl m_current;
    QSet<QUrl> m_visited;
    QByteArray m_token;
    bool m_tokenTriedForCurrent = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    TagListResult m_result;
};

} // namespace dd::registry

#include <QMetaType>
Q_DECLARE_METATYPE(dd::registry::TagListResult)
