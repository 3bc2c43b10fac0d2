# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash disable=SC2034
# Shared helpers of the CLI end-to-end tests (tests/e2e/cli/*.sh). Sourced, not run.
# They drive the real `directus-desktop` binary ($DD_CLI) against the real engine
# (DOCKER_HOST) with the real Directus images of tests/e2e/images, in a throwaway data
# folder (DD_DATA_DIR). Secrets go to the real Secret Service when one answers (run-all.sh
# provides gnome-keyring), otherwise to an opt-in file OUTSIDE the data folder, said loudly.
set -euo pipefail
E2E_TMP=$(mktemp -d)
E2E_FAILS=$E2E_TMP/fails; : > "$E2E_FAILS"
export DD_DATA_DIR=$E2E_TMP/data
# The newest release among the test images (tests/e2e/images/build-images.sh): what the
# upgrade listings name as the newest major.
E2E_NEWEST=12.4.0
# The compose projects this test made are listed in $E2E_TMP/projects (a file, because
# project() runs in $(...)) and removed at exit with everything labelled so.

say() { printf '[e2e %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
ok() { say "ok: $*"; }
bad() { say "FAIL: $*"; echo "$*" >> "$E2E_FAILS"; }

require_peers() {
    [ -n "${DD_CLI:-}" ] && [ -x "$DD_CLI" ] || { echo '*** E2E TEST NOT RUN: DD_CLI is not the directus-desktop binary'; exit 77; }
    [ -n "${DOCKER_HOST:-}" ] || { echo '*** E2E TEST NOT RUN: DOCKER_HOST is not set (tests/run-all.sh starts the test engine)'; exit 77; }
    docker version >/dev/null 2>&1 || { echo "*** E2E TEST NOT RUN: the engine at $DOCKER_HOST does not answer"; exit 77; }
    local image
    for image in "$@"; do
        docker image inspect "$image" >/dev/null 2>&1 || docker pull -q "$image" >/dev/null 2>&1 ||
            { echo "*** E2E TEST NOT RUN: $image cannot be pulled (did tests/e2e/images/build-images.sh run?)"; exit 77; }
    done
    if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v secret-tool >/dev/null &&
        printf probe | secret-tool store --label=dd-e2e-probe dd-e2e probe 2>/dev/null; then
        secret-tool clear dd-e2e probe 2>/dev/null || true
        unset DD_SECRET_STORE
        say "secrets: the real Secret Service"
    else
        export DD_SECRET_STORE=file:$E2E_TMP/secrets/secrets.yaml
        say "*** secrets: NO Secret Service answers here; using the opt-in 0600 file outside the data folder"
    fi
    E2E_READY=1
}

cleanup() {
    local rc=$? p ids
    set +e
    if [ -n "${E2E_READY:-}" ]; then
        for p in $(cat "$E2E_TMP/projects" 2>/dev/null); do
            ids=$(docker ps -aq --filter "label=com.docker.compose.project=$p")
            [ -n "$ids" ] && docker rm -fv $ids >/dev/null 2>&1
            ids=$(docker network ls -q --filter "label=com.docker.compose.project=$p")
            [ -n "$ids" ] && docker network rm $ids >/dev/null 2>&1
            ids=$(docker volume ls -q --filter "label=com.docker.compose.project=$p")
            [ -n "$ids" ] && docker volume rm $ids >/dev/null 2>&1
        done
    fi
    [ -n "${E2E_KEEP_TMP:-}" ] || rm -rf "$E2E_TMP"
    exit "$rc"
}
trap cleanup EXIT

finish() {
    local n; n=$(wc -l < "$E2E_FAILS")
    if [ "$n" -gt 0 ]; then say "$n assertion(s) failed:"; sed 's/^/    - /' "$E2E_FAILS" >&2; exit 1; fi
    say "all assertions passed"; exit 0
}

# project NAME: a unique compose project name for this run, cleaned up at exit.
project() { local p; p="e2e$1$$$RANDOM"; p=${p,,}; echo "$p" >> "$E2E_TMP/projects"; echo "$p"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# cli ARGS...: runs the CLI, output to $E2E_TMP/cli.out (shown on failure); returns its exit code.
cli() {
    local rc=0
    "$DD_CLI" "$@" > "$E2E_TMP/cli.out" 2>&1 || rc=$?
    sed 's/^/    | /' "$E2E_TMP/cli.out" >&2
    return $rc
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }

# credentials NAME: sets URL, EMAIL, PASSWORD from `credentials NAME --json`.
credentials() {
    local j; j=$("$DD_CLI" credentials "$1" --json)
    URL=$(json 'd["url"]' <<< "$j"); EMAIL=$(json 'd["email"]' <<< "$j"); PASSWORD=$(json 'd["password"]' <<< "$j")
}
token() {
    curl -s -m 20 -X POST -H 'Content-Type: application/json' \
        -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" "$URL/auth/login" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["access_token"])' 2>/dev/null
}
api() {   # api TOKEN METHOD PATH [JSON]
    local args=(-s -m 30 -X "$2" -H "Authorization: Bearer $1")
    [ $# -ge 4 ] && args+=(-H 'Content-Type: application/json' -d "$4")
    curl "${args[@]}" "$URL$3"
}
# make_item TOKEN TITLE: a collection "notes" (made once) and an item in it.
make_item() {
    api "$1" GET /collections/notes | grep -q '"collection":"notes"' ||
        api "$1" POST /collections '{"collection":"notes","schema":{},"meta":{},"fields":[{"field":"id","type":"integer","meta":{"hidden":true},"schema":{"is_primary_key":true,"has_auto_increment":true}},{"field":"title","type":"string","meta":{},"schema":{}}]}' >/dev/null
    api "$1" POST /items/notes "{\"title\":\"$2\"}" >/dev/null
}
item_titles() { api "$1" GET '/items/notes?fields=title' | python3 -c 'import json,sys; print(",".join(i["title"] for i in json.load(sys.stdin)["data"]))'; }

containers_of() { docker ps -a --filter "label=com.docker.compose.project=$1" --format '{{.Names}}' | sort | tr '\n' ' '; }
running_of() { docker ps --filter "label=com.docker.compose.project=$1" --format '{{.Names}}' | sort | tr '\n' ' '; }
networks_of() { docker network ls --filter "label=com.docker.compose.project=$1" --format '{{.Name}}' | tr '\n' ' '; }
volumes_of() { docker volume ls --filter "label=com.docker.compose.project=$1" --format '{{.Name}}' | sort | tr '\n' ' '; }
ping_ok() { [ "$(curl -s -m 5 "$URL/server/ping")" = pong ]; }
# upload_file TOKEN PATH: uploads a file through the REST API; prints its id.
upload_file() {
    curl -s -m 60 -H "Authorization: Bearer $1" -F "file=@$2" "$URL/files" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])' 2>/dev/null
}
# asset_sha TOKEN ID: the sha256 of the file Directus serves for that id.
asset_sha() { curl -s -m 60 -H "Authorization: Bearer $1" "$URL/assets/$2" | sha256sum | cut -d' ' -f1; }
# directus_tag PROJECT: the tag of the image its Directus container runs.
directus_tag() { docker inspect -f '{{.Config.Image}}' "$1-directus-1" 2>/dev/null | sed 's/.*://'; }
# stored_tag PROJECT: the imageTag of the instance as the app stored it.
stored_tag() {
    local f
    f=$(grep -l -E "^name: \"?$1\"?$" "$DD_DATA_DIR"/instances/*.yaml 2>/dev/null | head -1)
    [ -n "$f" ] && sed -n -E 's/^imageTag: "?([^"]*)"?$/\1/p' "$f"
}
