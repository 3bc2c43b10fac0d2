# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source this
# Shared helpers of the peers checks (tests/e2e/peers/*.sh). Sourced, not run.
# Every check talks to the real engine given by DOCKER_HOST, pulls the test images by their
# official names (served by the loopback registry through the engine's registry mirror),
# publishes ports on 127.0.0.1 only (random free ports chosen by the engine), labels what
# it creates and removes it on exit.
set -euo pipefail
PEERS_LABEL=org.directusdesktop.test=peers
PEERS_RUN=peers-$$-$RANDOM
PEERS_RUN_LABEL=org.directusdesktop.test.run=$PEERS_RUN
ADMIN_EMAIL=admin@example.com
ADMIN_PASSWORD=dd-peers-Pa55
# The Directus test images a check runs; DD_PEERS_DIRECTUS names others (tags), e.g. the
# current ones: "11.17.4 12.4.0 12.4.0-dhi" (tests/e2e/CMakeLists.txt, label current).
read -r -a DIRECTUS_VERSIONS <<< "${DD_PEERS_DIRECTUS:-9.26.0 10.13.4 11.1.2}"
# The broken test image and the version it is made from (DD_PEERS_BROKEN="TAG BASE").
read -r BROKEN_TAG BROKEN_BASE <<< "${DD_PEERS_BROKEN:-10.99.0-broken 10.13.4}"
# Failed assertions are counted in a file, so that helpers used in $(...) count too.
PEERS_FAILS=$(mktemp)
PEERS_TMP=$(mktemp -d)   # scratch files of the check

say() { printf '[peers %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
ok() { say "ok: $*"; }
bad() { say "FAIL: $*"; echo "$*" >> "$PEERS_FAILS"; }

require_engine() {
    if [ -z "${DOCKER_HOST:-}" ]; then
        echo '*** PEERS CHECK NOT RUN: DOCKER_HOST is not set (tests/run-all.sh starts the test engine and sets it)'
        exit 77
    fi
    if ! docker version >/dev/null 2>&1; then
        echo "*** PEERS CHECK NOT RUN: the engine at $DOCKER_HOST does not answer"
        exit 77
    fi
    command -v curl >/dev/null || { echo '*** PEERS CHECK NOT RUN: curl is missing'; exit 77; }
    PEERS_ENGINE_OK=1
    sweep_stale
}

# sweep_stale: removes what earlier checks left behind when their cleanup could not run
# (an engine restart, a kill -9): peers-labelled objects whose run's process is gone.
sweep_stale() {
    local kind id run pid ls_args rm_args
    for kind in container network volume; do
        rm_args=(); [ "$kind" = container ] && rm_args=(-fv)
        case $kind in
            container) ls_args=(container ls -a --format '{{.ID}} {{.Label "org.directusdesktop.test.run"}}') ;;
            network) ls_args=(network ls --format '{{.ID}} {{.Label "org.directusdesktop.test.run"}}') ;;
            volume) ls_args=(volume ls --format '{{.Name}} {{.Label "org.directusdesktop.test.run"}}') ;;
        esac
        while read -r id run; do
            [ -n "$id" ] || continue
            pid=${run#peers-}; pid=${pid%%-*}
            case "$pid" in ''|*[!0-9]*) continue ;; esac
            kill -0 "$pid" 2>/dev/null && continue
            docker "$kind" rm "${rm_args[@]}" "$id" >/dev/null 2>&1 || true
        done < <(docker "${ls_args[@]}" --filter "label=$PEERS_LABEL" 2>/dev/null)
    done
}

cleanup() {
    local rc=$? ids
    set +e
    [ -n "${PEERS_ENGINE_OK:-}" ] || { rm -rf "$PEERS_FAILS" "$PEERS_TMP"; exit "$rc"; }
    ids=$(docker ps -aq --filter "label=$PEERS_RUN_LABEL")
    [ -n "$ids" ] && docker rm -fv $ids >/dev/null 2>&1 || true
    ids=$(docker network ls -q --filter "label=$PEERS_RUN_LABEL")
    [ -n "$ids" ] && docker network rm $ids >/dev/null 2>&1 || true
    ids=$(docker volume ls -q --filter "label=$PEERS_RUN_LABEL")
    [ -n "$ids" ] && docker volume rm $ids >/dev/null 2>&1 || true
    rm -rf "$PEERS_FAILS" "$PEERS_TMP"
    exit "$rc"
}
trap cleanup EXIT

# finish: the check's exit status (0 when no assertion failed).
finish() {
    local n; n=$(wc -l < "$PEERS_FAILS")
    if [ "$n" -gt 0 ]; then say "$n assertion(s) failed:"; sed 's/^/    - /' "$PEERS_FAILS" >&2; exit 1; fi
    say "all assertions passed"; exit 0
}

# pull NAME:TAG [fresh]: pulls NAME:TAG through the engine's registry mirror (with "fresh",
# the engine's copy is removed first, so every layer comes down again); the image must
# carry the test-image label of build-images.sh.
pull() {
    [ "${2:-}" = fresh ] && { docker rmi "$1" >/dev/null 2>&1 || true; }
    if ! docker pull -q "$1" >/dev/null; then
        bad "docker pull $1 (through the engine's registry mirror): did tests/e2e/images/build-images.sh run?"
        return 1
    fi
    local l; l=$(docker image inspect -f '{{index .Config.Labels "org.directusdesktop.test-image"}}' "$1")
    [ -n "$l" ] || { bad "$1 was pulled but is not a test image of build-images.sh"; return 1; }
    ok "pulled $1 ($l) through the mirror${2:+ ($2)}"
    # Older test images this pull replaced (dangling, unused) go.
    docker image prune -f --filter label=org.directusdesktop.test-image >/dev/null 2>&1 || true
}

net() {   # net NAME: a user-defined network
    docker network create --label "$PEERS_LABEL" --label "$PEERS_RUN_LABEL" "$PEERS_RUN-$1" >/dev/null
    echo "$PEERS_RUN-$1"
}
vol() {   # vol NAME: a named volume
    docker volume create --label "$PEERS_LABEL" --label "$PEERS_RUN_LABEL" "$PEERS_RUN-$1" >/dev/null
    echo "$PEERS_RUN-$1"
}
# run NAME ARGS...: docker run -d with the labels; prints the container name.
run() {
    local name=$PEERS_RUN-$1; shift
    docker run -d --name "$name" --label "$PEERS_LABEL" --label "$PEERS_RUN_LABEL" "$@" >/dev/null
    echo "$name"
}
host_port() { docker port "$1" "$2" | sed -n 's/^127\.0\.0\.1:\([0-9]*\)$/\1/p' | head -1; }

show_logs() { say "last 50 log lines of $1:"; docker logs --tail 50 "$1" 2>&1 | sed 's/^/    | /' >&2; }

# wait_until SECONDS CONTAINER COMMAND...: retries COMMAND each second; fails early if
# the container has stopped.
wait_until() {
    local deadline=$(( $(date +%s) + $1 )) c=$2; shift 2
    until "$@" >/dev/null 2>&1; do
        if [ "$(docker inspect -f '{{.State.Running}}' "$c" 2>/dev/null)" != true ]; then
            say "$c stopped (exit code $(docker inspect -f '{{.State.ExitCode}}' "$c" 2>/dev/null))"; return 1
        fi
        [ "$(date +%s)" -ge "$deadline" ] && return 1
        sleep 1
    done
}

# directus_env VERSION: the env the app passes for a first boot (as -e arguments).
directus_env() {
    printf '%s\n' -e KEY=dd-peers-key -e SECRET=dd-peers-secret-0123456789 \
        -e "ADMIN_EMAIL=$ADMIN_EMAIL" -e "ADMIN_PASSWORD=$ADMIN_PASSWORD" \
        -e PUBLIC_URL=http://localhost:8055 -e TELEMETRY=false -e LOG_LEVEL=info
}
# redis_env VERSION URL: the cache-on-Redis env for the version (CACHE_REDIS before 10.4).
redis_env() {
    printf '%s\n' -e CACHE_ENABLED=true -e CACHE_STORE=redis
    if version_lt "$1" 10.4.0; then printf '%s\n' -e "CACHE_REDIS=$2"; else printf '%s\n' -e "REDIS=$2"; fi
}
version_lt() { [ "$1" != "$2" ] && [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | head -1)" = "$1" ]; }

ping_ok() { [ "$(curl -s -m 5 "http://127.0.0.1:$1/server/ping")" = pong ]; }
# wait_directus CONTAINER: waits (180 s at most) for /server/ping = pong; prints the port.
wait_directus() {
    local port; port=$(host_port "$1" 8055)
    if wait_until 180 "$1" ping_ok "$port"; then echo "$port"; return 0; fi
    bad "$1: /server/ping did not answer pong within 180 s"; show_logs "$1"; return 1
}
# login PORT: prints the access token of the admin.
login() {
    curl -s -m 20 -X POST -H 'Content-Type: application/json' \
        -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" \
        "http://127.0.0.1:$1/auth/login" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
# check_login CONTAINER PORT WHAT: asserts that /auth/login returns a token; prints it.
check_login() {
    local t; t=$(login "$2")
    if [ -n "$t" ]; then ok "$3: /auth/login returned a token"; echo "$t"; return 0; fi
    bad "$3: /auth/login returned no token"; show_logs "$1"; return 1
}
# api PORT TOKEN METHOD PATH [JSON]: a REST call; prints the body.
api() {
    local args=(-s -m 30 -X "$3" -H "Authorization: Bearer $2")
    [ $# -ge 5 ] && args+=(-H 'Content-Type: application/json' -d "$5")
    curl "${args[@]}" "http://127.0.0.1:$1$4"
}
