// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/DirectusHttp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace dd::operations {

namespace {

constexpr int kPingTimeoutMs = 5000;
constexpr int kLoginTimeoutMs = 30000;

QUrl endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path);
    return url;
}

} // namespace

DirectusHttp::DirectusHttp(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
}

QUrl DirectusHttp::baseUrl(const QString &bindAddress, int hostPort)
{
    QString host = bindAddress;
    if (host.isEmpty() || host == QLatin1String("0.0.0.0"))
        host = QStringLiteral("127.0.0.1");
    else if (host == QLatin1String("::"))
        host = QStringLiteral("::1");
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(hostPort);
    return url;
}

void DirectusHttp::ping(const QUrl &base, std::function<void(bool, QString)> done)
{
    QNetworkRequest request(endpoint(base, QStringLiteral("/server/ping")));
    request.setTransferTimeout(kPingTimeoutMs);
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll().trimmed();
        if (reply->error() == QNetworkReply::NoError && body == "pong")
            done(true, {});
        else
            done(false, reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                                  : QString::fromUtf8(body.left(200)));
    });
}

void DirectusHttp::checkLogin(const QUrl &base, const QString &email, const QString &password,
                              std::function<void(LoginOutcome, QString)> done)
{
    signIn(base, email, password, [done = std::move(done)](LoginOutcome outcome, const QString &tokenOrWhy) {
        done(outcome, outcome == LoginOutcome::LoggedIn ? QString() : tokenOrWhy);
    });
}

void DirectusHttp::signIn(const QUrl &base, const QString &email, const QString &password,
                          std::function<void(LoginOutcome, QString)> done)
{
    QNetworkRequest request(endpoint(base, QStringLiteral("/auth/login")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(kLoginTimeoutMs);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_nam->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const QString token = answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("access_token")).toString();
        if (!token.isEmpty()) {
            done(LoginOutcome::LoggedIn, token);
            return;
        }
        const QJsonObject error = answer.value(QStringLiteral("errors")).toArray().first().toObject();
        QString why = error.value(QStringLiteral("message")).toString();
        if (why.isEmpty())
            why = reply->errorString();
        // Directus says 401 with INVALID_CREDENTIALS (or INVALID_OTP with two-factor on) for
        // credentials it does not take; every other failure says nothing about the password.
        const QString code = error.value(QStringLiteral("extensions")).toObject().value(QStringLiteral("code")).toString();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool refused = status == 401 || code == QLatin1String("INVALID_CREDENTIALS") || code == QLatin1String("INVALID_OTP");
        done(refused ? LoginOutcome::Refused : LoginOutcome::NoLogin,
             QCoreApplication::translate("Operations", "Directus refused the admin login: %1").arg(why));
    });
}

void DirectusHttp::login(const QUrl &base, const QString &email, const QString &password,
                         std::function<void(bool, QString)> done)
{
    checkLogin(base, email, password, [done = std::move(done)](LoginOutcome outcome, const QString &why) {
        done(outcome == LoginOutcome::LoggedIn, why);
    });
}

void DirectusHttp::loginRetrying(const QUrl &base, const QString &email, const QString &password, int attempts,
                                 std::function<void(bool, QString)> done)
{
    login(base, email, password, [this, base, email, password, attempts, done](bool ok, const QString &why) {
        if (ok || attempts <= 1) {
            done(ok, why);
            return;
        }
        QTimer::singleShot(2000, this, [this, base, email, password, attempts, done] {
            loginRetrying(base, email, password, attempts - 1, done);
        });
    });
}

} // namespace dd::operations
