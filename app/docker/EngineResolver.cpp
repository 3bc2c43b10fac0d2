// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/EngineResolver.h"

#include "core/Logging.h"
#include "docker/DockerTr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace dd::docker {

namespace {

using Status = EngineResolver::Status;
using Candidate = EngineResolver::Candidate;
using Source = Candidate::Source;
using Environment = EngineResolver::Environment;

QString joinPath(const QString &base, const QString &relative)
{
    return QDir::cleanPath(base + QLatin1Char('/') + relative);
}

QString systemPath(const Environment &env, const char *absolute)
{
    const QString root = env.systemRoot.isEmpty() ? QStringLiteral("/") : env.systemRoot;
    return joinPath(root, QLatin1String(absolute));
}

QString configDir(const Environment &env)
{
    if (!env.dockerConfigDir.isEmpty())
        return env.dockerConfigDir;
    return joinPath(env.home, QStringLiteral(".docker"));
}

bool isUnder(const QString &path, const QString &dir)
{
    if (dir.isEmpty())
        return false;
    const QString prefix = QDir::cleanPath(dir) + QLatin1Char('/');
    return QDir::cleanPath(path).startsWith(prefix);
}

// What is at a socket path, without connecting to it.
struct Probe
{
    Status status = Status::Missing;
    QString what;    // for NotASocket: what sits there instead
    QString detail;  // an OS error worth quoting, if it is not the obvious one
};

Probe probeSocket(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(native.constData(), &st) != 0) {
        const int err = errno;
        if (err == EACCES)
            return {Status::PermissionDenied, {}, {}};
        if (err == ENOENT || err == ENOTDIR)
            return {Status::Missing, {}, {}};
        return {Status::Missing, {}, QString::fromLocal8Bit(std::strerror(err))};
    }
    if (!S_ISSOCK(st.st_mode)) {
        if (S_ISDIR(st.st_mode))
            return {Status::NotASocket, Tr::tr("a folder"), {}};
        if (S_ISREG(st.st_mode))
            return {Status::NotASocket, Tr::tr("a regular file"), {}};
        return {Status::NotASocket, Tr::tr("some other kind of file"), {}};
    }
    // Connecting needs write permission on the socket; access() answers that for our
    // real uid, which is what connect() will be checked against.
    if (::access(native.constData(), R_OK | W_OK) != 0 && errno == EACCES)
        return {Status::PermissionDenied, {}, {}};
    return {Status::Usable, {}, {}};
#else
    // Windows has AF_UNIX sockets too, but no cheap way to tell one from a file.
    if (QFileInfo::exists(path))
        return {Status::NotProbed, {}, {}};
    return {Status::Missing, {}, {}};
#endif
}

// The fix for a socket that exists but may not be opened, by who usually owns it.
QString permissionFix(const QString &path, const Environment &env)
{
    if (isUnder(path, env.home) || isUnder(path, env.xdgRuntimeDir))
        return Tr::tr("It should belong to you: check its owner and mode with ls -l %1.").arg(path);
    if (path.contains(QLatin1String("podman")))
        return Tr::tr("The rootful Podman socket is for root only; use rootless Podman instead "
                      "(systemctl --user enable --now podman.socket).");
    if (env.osName == QLatin1String("macos"))
        return Tr::tr("Restart Docker Desktop, or check its owner and mode with ls -l %1.").arg(path);
    return Tr::tr("Add your user to the docker group (sudo usermod -aG docker $USER), "
                  "then log out and back in.");
}

QString statusSentence(const Probe &probe, const EngineEndpoint &endpoint, const QString &whenMissing,
                       const Environment &env)
{
    const QString &path = endpoint.address;
    switch (probe.status) {
    case Status::Usable:
        return Tr::tr("%1 is a socket this user can open.").arg(path);
    case Status::Missing: {
        QString s = probe.detail.isEmpty() ? Tr::tr("No socket at %1.").arg(path)
                                           : Tr::tr("Cannot look at %1: %2.").arg(path, probe.detail);
        if (!whenMissing.isEmpty())
            s += QLatin1Char(' ') + whenMissing;
        return s;
    }
    case Status::PermissionDenied:
        return Tr::tr("Permission denied on %1.").arg(path) + QLatin1Char(' ') + permissionFix(path, env);
    case Status::NotASocket:
        return Tr::tr("%1 exists but is %2, not a socket, so no engine can be listening there.")
            .arg(path, probe.what);
    case Status::NotProbed:
        return Tr::tr("%1 exists; it is checked when connecting.").arg(path);
    case Status::Invalid:
    case Status::NotAnEngine:
        break;
    }
    return {};
}

Candidate probeEndpoint(const EngineEndpoint &endpoint, const QString &origin, Source source,
                        const QString &whenMissing, const Environment &env)
{
    Candidate c;
    c.endpoint = endpoint;
    c.origin = origin;
    c.source = source;
    switch (endpoint.kind) {
    case EngineEndpoint::Kind::Tcp:
        c.status = Status::NotProbed;
        c.reason = Tr::tr("%1 is a TCP address; it is tried when connecting, not checked in advance.")
                       .arg(endpoint.toHost());
        break;
    case EngineEndpoint::Kind::NamedPipe:
        c.status = Status::NotProbed;
        c.reason = Tr::tr("Named pipe %1 is tried when connecting; pipes are not checked in advance.")
                       .arg(endpoint.address);
        break;
    case EngineEndpoint::Kind::UnixSocket: {
        const Probe probe = probeSocket(endpoint.address);
        c.status = probe.status;
        c.reason = statusSentence(probe, endpoint, whenMissing, env);
        break;
    }
    }
    return c;
}

Candidate invalid(const QString &origin, Source source, const QString &reason)
{
    Candidate c;
    c.origin = origin;
    c.source = source;
    c.status = Status::Invalid;
    c.reason = reason;
    return c;
}

Candidate dockerHostCandidate(const Environment &env)
{
    const QString host = env.dockerHost.trimmed();
    const QString origin = QStringLiteral("DOCKER_HOST");
    if (host.startsWith(QLatin1String("ssh://")))
        return invalid(origin, Source::DockerHost,
                       Tr::tr("DOCKER_HOST is set to %1; SSH endpoints are not supported. "
                              "Unset DOCKER_HOST, or point it at a unix:// socket or tcp:// address.")
                           .arg(host));
    const std::optional<EngineEndpoint> endpoint = EngineEndpoint::fromHost(host);
    if (!endpoint)
        return invalid(origin, Source::DockerHost,
                       Tr::tr("DOCKER_HOST is set to \"%1\", which is not a unix://, npipe:// or tcp:// "
                              "address. Correct or unset DOCKER_HOST.")
                           .arg(host));
    return probeEndpoint(*endpoint, origin, Source::DockerHost,
                         Tr::tr("DOCKER_HOST points there and decides alone, so nothing else is tried: "
                                "start the engine, or correct or unset DOCKER_HOST."),
                         env);
}

// A named context as the docker CLI stores it (cli/context/store: the folder is the
// sha256 of the name, so any name is a valid folder).
Candidate contextCandidate(const QString &name, Source source, const Environment &env)
{
    const QString origin = Tr::tr("context %1").arg(name);
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex();
    const QString metaPath = joinPath(configDir(env), QStringLiteral("contexts/meta/%1/meta.json")
                                                          .arg(QString::fromLatin1(digest)));
    const QString useDefault = Tr::tr("Switch with docker context use default, or see docker context ls.");

    Candidate c;
    QFile file(metaPath);
    if (!file.exists()) {
        c = invalid(origin, source,
                    Tr::tr("The docker context '%1' does not exist: there is no %2. %3")
                        .arg(name, metaPath, useDefault));
    } else if (!file.open(QIODevice::ReadOnly)) {
        c = invalid(origin, source,
                    Tr::tr("The docker context '%1' cannot be read: %2 (%3).")
                        .arg(name, metaPath, file.errorString()));
    } else {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        const QString host = doc.object()
                                 .value(QLatin1String("Endpoints"))
                                 .toObject()
                                 .value(QLatin1String("docker"))
                                 .toObject()
                                 .value(QLatin1String("Host"))
                                 .toString();
        const std::optional<EngineEndpoint> endpoint = EngineEndpoint::fromHost(host);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            const QString why = error.error != QJsonParseError::NoError ? error.errorString()
                                                                        : Tr::tr("not a JSON object");
            c = invalid(origin, source,
                        Tr::tr("The docker context '%1' is broken: %2 is not valid JSON (%3). %4")
                            .arg(name, metaPath, why, useDefault));
        } else if (host.isEmpty()) {
            c = invalid(origin, source,
                        Tr::tr("The docker context '%1' has no Docker endpoint (Endpoints.docker.Host) in %2. %3")
                            .arg(name, metaPath, useDefault));
        } else if (!endpoint) {
            const QString why = host.startsWith(QLatin1String("ssh://"))
                                    ? Tr::tr("SSH endpoints are not supported")
                                    : Tr::tr("not a unix://, npipe:// or tcp:// address");
            c = invalid(origin, source,
                        Tr::tr("The docker context '%1' points at %2: %3. %4").arg(name, host, why, useDefault));
        } else {
            const QString whenMissing = source == Source::DockerContextEnv
                                            ? Tr::tr("DOCKER_CONTEXT selects this context and decides alone: "
                                                     "start its engine, or unset DOCKER_CONTEXT.")
                                            : Tr::tr("The engine of this context is not running.");
            c = probeEndpoint(*endpoint, origin, source, whenMissing, env);
        }
    }
    c.contextName = name;
    return c;
}

struct ConfigRead
{
    QString currentContext;
    std::optional<Candidate> problem;
};

// Like the CLI, a missing config.json is normal and a broken one is only a warning.
ConfigRead readConfig(const Environment &env)
{
    const QString path = joinPath(configDir(env), QStringLiteral("config.json"));
    QFile file(path);
    if (!file.exists())
        return {};
    const QString origin = Tr::tr("docker config");
    if (!file.open(QIODevice::ReadOnly))
        return {{}, invalid(origin, Source::CurrentContext,
                            Tr::tr("%1 cannot be read (%2), so its current context is ignored.")
                                .arg(path, file.errorString()))};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {{}, invalid(origin, Source::CurrentContext,
                            Tr::tr("%1 is not valid JSON, so its current context is ignored; the docker "
                                   "CLI ignores it too.")
                                .arg(path))};
    return {doc.object().value(QLatin1String("currentContext")).toString(), std::nullopt};
}

struct KnownLocation
{
    QString origin;
    EngineEndpoint endpoint;
    QString whenMissing;
};

QList<KnownLocation> knownLocations(const Environment &env)
{
    if (env.osName == QLatin1String("windows")) {
        return {
            {Tr::tr("Docker Desktop"), EngineEndpoint::namedPipe(QStringLiteral("docker_engine")), {}},
            {Tr::tr("Docker Desktop (Linux engine)"),
             EngineEndpoint::namedPipe(QStringLiteral("dockerDesktopLinuxEngine")), {}},
            {Tr::tr("Podman machine"), EngineEndpoint::namedPipe(QStringLiteral("podman-machine-default")), {}},
        };
    }

    const bool mac = env.osName == QLatin1String("macos");
    const QString &home = env.home;
    const QString &xdg = env.xdgRuntimeDir;
    const auto sock = [](const QString &path) { return EngineEndpoint::unixSocket(path); };
    const QString colimaMissing = Tr::tr("Colima is not running (colima start).");

    // The order follows the brief: the CLI's own default first, then per-user daemons,
    // then the desktop VMs. Locations that cannot exist on this OS are left out so the
    // explanation stays short.
    QList<KnownLocation> list;
    list.append({Tr::tr("Docker"), sock(systemPath(env, "/var/run/docker.sock")),
                 mac ? Tr::tr("Docker Desktop only creates it when \"Allow the default Docker socket to be "
                              "used\" is on in its advanced settings.")
                     : Tr::tr("Docker is not running or not installed (sudo systemctl start docker).")});
    if (!mac && !xdg.isEmpty())
        list.append({Tr::tr("Docker (rootless)"), sock(joinPath(xdg, QStringLiteral("docker.sock"))),
                     Tr::tr("Rootless Docker is not running (systemctl --user start docker).")});
    if (!home.isEmpty()) {
        if (!mac)
            list.append({Tr::tr("Docker Desktop (Linux)"),
                         sock(joinPath(home, QStringLiteral(".docker/desktop/docker.sock"))),
                         Tr::tr("Docker Desktop is not running.")});
        else
            list.append({Tr::tr("Docker Desktop (macOS)"), sock(joinPath(home, QStringLiteral(".docker/run/docker.sock"))),
                         Tr::tr("Docker Desktop is not running.")});
    }
    if (!mac) {
        if (!xdg.isEmpty())
            list.append({Tr::tr("Podman (rootless)"), sock(joinPath(xdg, QStringLiteral("podman/podman.sock"))),
                         Tr::tr("To use Podman, turn on its socket: systemctl --user enable --now podman.socket")});
        list.append({Tr::tr("Podman (rootful)"), sock(systemPath(env, "/run/podman/podman.sock")),
                     Tr::tr("The rootful Podman socket is off (sudo systemctl enable --now podman.socket); "
                            "rootless Podman is the better choice.")});
    }
    if (!home.isEmpty()) {
        list.append({Tr::tr("Colima"), sock(joinPath(home, QStringLiteral(".colima/default/docker.sock"))),
                     colimaMissing});
        list.append({Tr::tr("Colima (older versions)"), sock(joinPath(home, QStringLiteral(".colima/docker.sock"))),
                     colimaMissing});
        list.append({Tr::tr("Rancher Desktop"), sock(joinPath(home, QStringLiteral(".rd/docker.sock"))),
                     Tr::tr("Rancher Desktop is not running, or runs containerd instead of dockerd (moby).")});
        if (mac)
            list.append({Tr::tr("OrbStack"), sock(joinPath(home, QStringLiteral(".orbstack/run/docker.sock"))),
                         Tr::tr("OrbStack is not running.")});
    }
    return list;
}

bool hasEndpoint(const QList<Candidate> &candidates, const EngineEndpoint &endpoint)
{
    for (const Candidate &c : candidates) {
        if (!c.endpoint.address.isEmpty() && c.endpoint == endpoint)
            return true;
    }
    return false;
}

QString whyChosen(const Candidate &c)
{
    switch (c.source) {
    case Source::DockerHost:
        return Tr::tr("DOCKER_HOST is set.");
    case Source::DockerContextEnv:
        return Tr::tr("DOCKER_CONTEXT selects the docker context '%1'.").arg(c.contextName);
    case Source::CurrentContext:
        return Tr::tr("It is the current docker context '%1'.").arg(c.contextName);
    case Source::KnownLocation:
        if (c.endpoint.kind == EngineEndpoint::Kind::NamedPipe)
            return Tr::tr("First named pipe to try: %1.").arg(c.origin);
        return Tr::tr("First working socket found: %1.").arg(c.origin);
    }
    return {};
}

// Fills chosen and chosenReason from the candidates' current statuses.
void pick(EngineResolver::Result &r)
{
    r.chosen.reset();
    r.chosenReason.clear();
    QStringList skipped;
    for (const Candidate &c : std::as_const(r.candidates)) {
        if (EngineResolver::isWorthTrying(c.status)) {
            r.chosen = c.endpoint;
            r.chosenReason = whyChosen(c);
            break;
        }
        if (c.source == Source::CurrentContext || c.status == Status::NotAnEngine)
            skipped.append(c.origin);
    }
    if (!r.chosen) {
        const Candidate *first = r.candidates.isEmpty() ? nullptr : &r.candidates.first();
        if (first && first->source == Source::DockerHost)
            r.chosenReason = Tr::tr("DOCKER_HOST is set, so no other location is tried, and its endpoint is "
                                    "not usable. Unset DOCKER_HOST to let the usual locations be searched.");
        else if (first && first->source == Source::DockerContextEnv)
            r.chosenReason = Tr::tr("DOCKER_CONTEXT selects the docker context '%1', so no other location is "
                                    "tried, and it is not usable. Unset DOCKER_CONTEXT to let the usual "
                                    "locations be searched.")
                                 .arg(first->contextName);
        else
            r.chosenReason = Tr::tr("No engine was found in any of the usual locations.");
        return;
    }
    if (!skipped.isEmpty())
        r.chosenReason += QLatin1Char(' ') + Tr::tr("Not used: %1 (see below).").arg(skipped.join(QLatin1String(", ")));
}

QString describeEndpoint(const Candidate &c)
{
    if (c.endpoint.address.isEmpty())
        return c.origin;
    return QStringLiteral("%1 (%2)").arg(c.origin, c.endpoint.toHost());
}

} // namespace

EngineResolver::Environment EngineResolver::Environment::fromProcess()
{
    Environment env;
    env.home = QDir::homePath();
    env.xdgRuntimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    env.dockerHost = qEnvironmentVariable("DOCKER_HOST");
    env.dockerContext = qEnvironmentVariable("DOCKER_CONTEXT");
    env.dockerConfigDir = qEnvironmentVariable("DOCKER_CONFIG");
#if defined(Q_OS_WIN)
    env.osName = QStringLiteral("windows");
#elif defined(Q_OS_MACOS)
    env.osName = QStringLiteral("macos");
#else
    env.osName = QStringLiteral("linux");
#endif
#if defined(Q_OS_LINUX)
    // sudo -i, su and some ssh setups drop XDG_RUNTIME_DIR although the per-user
    // runtime folder (and a rootless engine in it) is still there.
    if (env.xdgRuntimeDir.isEmpty()) {
        const QString guess = QStringLiteral("/run/user/%1").arg(::getuid());
        if (QFileInfo(guess).isDir())
            env.xdgRuntimeDir = guess;
    }
#endif
    return env;
}

EngineResolver::Result EngineResolver::resolve(const Environment &env)
{
    Result r;
    r.osName = env.osName;

    const QString contextEnv = env.dockerContext.trimmed();
    const QString defaultContext = QStringLiteral("default");
    if (!env.dockerHost.trimmed().isEmpty()) {
        r.candidates.append(dockerHostCandidate(env));
    } else if (!contextEnv.isEmpty() && contextEnv != defaultContext) {
        r.candidates.append(contextCandidate(contextEnv, Source::DockerContextEnv, env));
    } else {
        if (contextEnv.isEmpty()) {
            const ConfigRead config = readConfig(env);
            if (config.problem)
                r.candidates.append(*config.problem);
            else if (!config.currentContext.isEmpty() && config.currentContext != defaultContext)
                r.candidates.append(contextCandidate(config.currentContext, Source::CurrentContext, env));
        }
        const QList<KnownLocation> known = knownLocations(env);
        for (const KnownLocation &location : known) {
            // A context usually points at one of these; list each endpoint once.
            if (hasEndpoint(r.candidates, location.endpoint))
                continue;
            r.candidates.append(probeEndpoint(location.endpoint, location.origin, Source::KnownLocation,
                                              location.whenMissing, env));
        }
    }

    pick(r);
    qCDebug(ddDocker).noquote() << "engine resolution:" << r.explain();
    return r;
}

bool EngineResolver::isWorthTrying(Status status)
{
    return status == Status::Usable || status == Status::NotProbed;
}

QString EngineResolver::statusText(Status status)
{
    switch (status) {
    case Status::Usable:
        return Tr::tr("usable");
    case Status::Missing:
        return Tr::tr("missing");
    case Status::PermissionDenied:
        return Tr::tr("permission denied");
    case Status::NotASocket:
        return Tr::tr("not a socket");
    case Status::Invalid:
        return Tr::tr("invalid");
    case Status::NotProbed:
        return Tr::tr("not checked in advance");
    case Status::NotAnEngine:
        return Tr::tr("not an engine");
    }
    return {};
}

QString EngineResolver::fixForNoEngine(const QString &osName)
{
    if (osName == QLatin1String("windows"))
        return Tr::tr("Start Docker Desktop (install it first if needed) and wait until it reports that "
                      "the engine is running.");
    if (osName == QLatin1String("macos"))
        return Tr::tr("Install and start Docker Desktop, Colima, OrbStack or Rancher Desktop, then try again.");
    return Tr::tr("Install Docker (sudo apt install docker.io) or Podman, start it (sudo systemctl start docker, "
                  "or systemctl --user enable --now podman.socket for Podman), add your user to the docker group "
                  "(sudo usermod -aG docker $USER), then log out and back in.");
}

std::optional<EngineEndpoint> EngineResolver::Result::nextUsableAfter(const EngineEndpoint &endpoint) const
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (!candidates[i].endpoint.address.isEmpty() && candidates[i].endpoint == endpoint) {
            start = i + 1;
            break;
        }
    }
    for (qsizetype i = start; i < candidates.size(); ++i) {
        if (isWorthTrying(candidates[i].status))
            return candidates[i].endpoint;
    }
    return std::nullopt;
}

void EngineResolver::Result::setStatus(const EngineEndpoint &endpoint, Status status, const QString &reason)
{
    bool found = false;
    for (Candidate &c : candidates) {
        if (!c.endpoint.address.isEmpty() && c.endpoint == endpoint) {
            c.status = status;
            c.reason = reason;
            found = true;
        }
    }
    if (!found) {
        qCWarning(ddDocker) << "setStatus for an endpoint that is not a candidate:" << endpoint.toHost();
        return;
    }
    pick(*this);
}

QString EngineResolver::Result::explain() const
{
    QStringList lines;
    const Candidate *chosenCandidate = nullptr;
    if (chosen) {
        for (const Candidate &c : candidates) {
            if (c.endpoint == *chosen) {
                chosenCandidate = &c;
                break;
            }
        }
    }
    if (chosenCandidate)
        lines.append(Tr::tr("Engine: %1. %2").arg(describeEndpoint(*chosenCandidate), chosenReason));
    else
        lines.append(Tr::tr("No Docker-compatible engine found. %1").arg(chosenReason));

    QStringList others;
    for (const Candidate &c : candidates) {
        if (&c == chosenCandidate)
            continue;
        others.append(QStringLiteral("  - %1: %2. %3").arg(describeEndpoint(c), statusText(c.status), c.reason));
    }
    if (!others.isEmpty()) {
        lines.append(chosenCandidate ? Tr::tr("Also checked:") : Tr::tr("Checked:"));
        lines.append(others);
    }
    if (!chosen)
        lines.append(fixForNoEngine(osName));
    return lines.join(QLatin1Char('\n'));
}

} // namespace dd::docker
