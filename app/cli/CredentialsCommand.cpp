// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CredentialsCommand.h"

#include "cli/CliSession.h"
#include "cli/CliText.h"
#include "cli/ExitCodes.h"
#include "cli/PasswordPrompt.h"
#include "core/AppPaths.h"
#include "operations/DirectusHttp.h"
#include "operations/InstanceLock.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd::cli {

namespace {

using operations::DirectusHttp;

QString usage()
{
    return CliText::tr("Usage: %1 credentials NAME [--json] or %1 credentials NAME --set-password").arg(QCoreApplication::applicationName());
}

int printCredentials(CliSession &session, const instance::InstanceSpec &spec, bool json)
{
    const secrets::SecretResult password = session.await(
        session.secrets().read(secrets::SecretKey::forInstance(spec.id, secrets::SecretKey::Name::AdminPassword)));
    if (!password.ok()) {
        session.err() << password.message << Qt::endl;
        return ExitCode::Failure;
    }
    const QString url = DirectusHttp::baseUrl(spec.bindAddress, spec.hostPort).toString();
    if (json) {
        session.out() << QJsonDocument(QJsonObject{{QStringLiteral("url"), url},
                                                   {QStringLiteral("email"), spec.adminEmail},
                                                   {QStringLiteral("password"), QString::fromUtf8(password.value)}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
    } else {
        session.out() << CliText::tr("URL: %1\nEmail: %2\nPassword: %3").arg(url, spec.adminEmail, QString::fromUtf8(password.value))
                      << Qt::endl;
    }
    return ExitCode::Ok;
}

// Is Directus up, and does it take the password? One ping, one login, no retries.
struct Trial
{
    bool up = false;
    DirectusHttp::LoginOutcome outcome = DirectusHttp::LoginOutcome::NoLogin;
    QString why;
};

Trial tryPassword(const instance::InstanceSpec &spec, const QString &password)
{
    Trial trial;
    DirectusHttp http;
    QEventLoop loop;
    const QUrl url = DirectusHttp::baseUrl(spec.bindAddress, spec.hostPort);
    http.ping(url, [&](bool up, const QString &) {
        trial.up = up;
        if (!up) {
            loop.quit();
            return;
        }
        http.checkLogin(url, spec.adminEmail, password, [&](DirectusHttp::LoginOutcome outcome, const QString &why) {
            trial.outcome = outcome;
            trial.why = why;
            loop.quit();
        });
    });
    loop.exec();
    return trial;
}

int setPassword(CliSession &session, const instance::InstanceSpec &spec)
{
    const std::optional<QString> typed =
        readSecretLine(session.err(), CliText::tr("Current admin password of %1 (%2): ").arg(spec.name, spec.adminEmail));
    if (!typed || typed->isEmpty()) {
        session.err() << CliText::tr("No password was given on standard input; nothing was stored.") << Qt::endl;
        return ExitCode::Usage;
    }
    // An upgrade or a restore reads this password: not while one of them runs.
    operations::InstanceLock lock(AppPaths::journalDir(), spec.id);
    if (!lock.tryTake(QStringLiteral("credentials"))) {
        session.err() << lock.refusal(spec.name) << Qt::endl;
        return lock.refusedAsBusy() ? ExitCode::Busy : ExitCode::Failure;
    }
    const Trial trial = tryPassword(spec, *typed);
    if (trial.up && trial.outcome != DirectusHttp::LoginOutcome::LoggedIn) {
        session.err() << CliText::tr("That password does not log in as %1 on %2 (%3); nothing was stored.")
                             .arg(spec.adminEmail, spec.name, trial.why)
                      << Qt::endl;
        return ExitCode::Failure;
    }
    const secrets::SecretResult stored = session.await(session.secrets().write(
        secrets::SecretKey::forInstance(spec.id, secrets::SecretKey::Name::AdminPassword), typed->toUtf8()));
    if (!stored.ok()) {
        session.err() << stored.message << Qt::endl;
        return ExitCode::Failure;
    }
    session.out() << (trial.up ? CliText::tr("The admin password of %1 is stored; it logs in as %2.").arg(spec.name, spec.adminEmail)
                               : CliText::tr("The admin password of %1 is stored. It was not tried: %1 is not running, "
                                             "so the next start or upgrade checks it.").arg(spec.name))
                  << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

int runCredentialsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const bool json = arguments.contains(QLatin1String("--json"));
    const bool set = arguments.contains(QLatin1String("--set-password"));
    QStringList positional;
    for (const QString &a : arguments) {
        if (!a.startsWith(QLatin1Char('-')))
            positional.append(a);
        else if (a != QLatin1String("--json") && a != QLatin1String("--set-password"))
            positional.append(QString());  // an unknown option: the count check below refuses it
    }
    if (positional.size() != 1 || positional.constFirst().isEmpty() || (json && set)) {
        err << usage() << Qt::endl;
        return ExitCode::Usage;
    }
    CliSession session(out, err);
    const auto spec = session.findInstance(positional.constFirst());
    if (!spec)
        return ExitCode::NotFound;
    return set ? setPassword(session, *spec) : printCredentials(session, *spec, json);
}

} // namespace dd::cli
