// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace dd::operations {

// The two HTTP questions the app asks a Directus it started: is it up (/server/ping answers
// "pong"), and does the admin account work (/auth/login returns an access token). Plain
// HTTP on loopback through Qt's own stack; every call has a timeout and never blocks.
class DirectusHttp : public QObject
{
    Q_OBJECT
public:
    explicit DirectusHttp(QObject *parent = nullptr);

    // done(true, "") on "pong"; done(false, why) otherwise.
    void ping(const QUrl &base, std::function<void(bool, QString)> done);
    // Refused: Directus answered and said no to these credentials (a password changed in the
    // Studio, two-factor turned on); NoLogin: anything else (not up, an error page, a timeout).
    enum class LoginOutcome { LoggedIn, Refused, NoLogin };
    void checkLogin(const QUrl &base, const QString &email, const QString &password,
                    std::function<void(LoginOutcome, QString why)> done);
    // checkLogin that keeps the access token (LoggedIn: `tokenOrWhy` is the token) for the REST
    // calls that follow (ItemCounts).
    void signIn(const QUrl &base, const QString &email, const QString &password,
                std::function<void(LoginOutcome, QString tokenOrWhy)> done);
    void login(const QUrl &base, const QString &email, const QString &password,
               std::function<void(bool, QString)> done);
    // The same, tried `attempts` times 2 s apart: a Directus that just answered its first ping
    // may still be finishing its start-up (seeding the admin) for a moment.
    void loginRetrying(const QUrl &base, const QString &email, const QString &password, int attempts,
                       std::function<void(bool, QString)> done);

    // The URL the app reaches an instance at: the bind address (0.0.0.0 means any, so loopback)
    // and the host port.
    static QUrl baseUrl(const QString &bindAddress, int hostPort);

private:
    QNetworkAccessManager *m_nam;
};

} // namespace dd::operations
