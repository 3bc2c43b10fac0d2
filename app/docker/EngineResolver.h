// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/EngineEndpoint.h"

#include <QList>
#include <QString>

#include <optional>

namespace dd::docker {

// Decides which engine endpoint to use the way the docker CLI does, and keeps every
// location it looked at with a sentence saying why it was (not) taken, so the UI can
// explain a missing engine instead of just failing.
//
// Pure and synchronous: it only stats files and reads small JSON files of the
// environment snapshot it is given. Whether something actually answers as an engine
// is only known by talking to it; the client layer reports that back with
// Result::setStatus(), which moves the choice on to the next candidate.
//
// Precedence (docker/cli resolveContextName):
//   1. DOCKER_HOST      authoritative: only that endpoint, no fallback (docker fails too).
//   2. DOCKER_CONTEXT   authoritative: only that context's endpoint, no fallback.
//   3. currentContext in $DOCKER_CONFIG/config.json: tried first, then the known
//      locations. Unlike the CLI we fall back, because a stale context (left behind by
//      an uninstalled Colima, or Docker Desktop not started) is common and not a choice
//      the user made for this session.
//   4. "default" or nothing: the known locations for this OS, in a fixed order.
class EngineResolver
{
public:
    struct Environment
    {
        QString home;
        QString xdgRuntimeDir;
        QString dockerHost;
        QString dockerContext;
        QString dockerConfigDir;  // empty: <home>/.docker
        QString osName;           // "linux", "macos" or "windows"
        // Prefix for the absolute system paths (/var/run, /run) so tests can use a
        // temporary tree; empty means "/".
        QString systemRoot;

        // Reads DOCKER_HOST, DOCKER_CONTEXT, DOCKER_CONFIG, XDG_RUNTIME_DIR and HOME
        // of this process, and the OS it was built for.
        static Environment fromProcess();
    };

    enum class Status {
        Usable,            // a socket this process may open
        Missing,           // nothing at that path
        PermissionDenied,  // there, but this user may not open it
        NotASocket,        // something else sits at that path
        Invalid,           // unparsable address, broken or missing context
        NotProbed,         // TCP or named pipe: not checked ahead, tried when connecting
        NotAnEngine,       // set by the client layer: connected, but /_ping failed
    };

    struct Candidate
    {
        // How the candidate came to be on the list; decides the wording of the choice.
        enum class Source { DockerHost, DockerContextEnv, CurrentContext, KnownLocation };

        // Empty address for findings that never got as far as an endpoint (a context
        // without meta.json, an unparsable DOCKER_HOST).
        EngineEndpoint endpoint;
        QString origin;  // "DOCKER_HOST", "context desktop-linux", "Podman (rootless)", ...
        Status status = Status::Missing;
        QString reason;  // a sentence for a person, with the fix where there is one
        Source source = Source::KnownLocation;
        QString contextName;  // for context candidates: the docker context's name
    };

    struct Result
    {
        std::optional<EngineEndpoint> chosen;
        // Why `chosen` was picked, or, when nothing was, why not.
        QString chosenReason;
        QList<Candidate> candidates;
        QString osName;

        // The next candidate worth trying after `endpoint`, in order; from the start
        // when `endpoint` is not a candidate.
        std::optional<EngineEndpoint> nextUsableAfter(const EngineEndpoint &endpoint) const;
        // Records what the client learnt by connecting. Downgrading the chosen endpoint
        // moves the choice on to the next worth trying (or to none).
        void setStatus(const EngineEndpoint &endpoint, Status status, const QString &reason);
        // Several lines for a person: what was chosen and why, then every other
        // location with its reason; with nothing chosen, also the platform's fix.
        QString explain() const;
    };

    static Result resolve(const Environment &env);

    // Usable, or not checkable in advance (TCP, named pipes): worth connecting to.
    static bool isWorthTrying(Status status);
    static QString statusText(Status status);
    // What to do when no engine was found at all, for "linux", "macos" or "windows".
    static QString fixForNoEngine(const QString &osName);
};

} // namespace dd::docker
