#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Adopting the Directus guide's stack: a user ran `docker-compose up -d` with the guide's
# docker-compose.yml (version '3', env as a map, container_name, bind folders), then runs
# directus-desktop. The CLI must show that stack as an adopted instance (right version, running);
# `import` of the same file without --yes must change nothing, and `adopt NAME --yes` must take
# the running stack over from the file its containers were started from (one managed instance).
# Real engine (DOCKER_HOST), real images of tests/e2e/images, Debian's docker-compose 1.29.
# Exit 77 ("not run") when the engine, docker-compose, the images or $DD_CLI are missing.
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../peers/lib.sh
. "$here/../peers/lib.sh"
# shellcheck source=../guide-stack.sh
. "$here/../guide-stack.sh"

TAG=${DD_E2E_TAG:-10.13.4}
DIRECTUS_IMAGE=directus/directus:$TAG
IMAGES=(postgis/postgis:15-3.3 redis:7 "$DIRECTUS_IMAGE")

[ -n "${DD_CLI:-}" ] && [ -x "$DD_CLI" ] || { echo '*** E2E TEST NOT RUN: DD_CLI is not the directus-desktop binary'; exit 77; }
command -v docker-compose >/dev/null || { echo '*** E2E TEST NOT RUN: docker-compose is missing'; exit 77; }
command -v jq >/dev/null || { echo '*** E2E TEST NOT RUN: jq is missing'; exit 77; }
require_engine
for image in "${IMAGES[@]}"; do
    docker image inspect "$image" >/dev/null 2>&1 || docker pull -q "$image" >/dev/null 2>&1 ||
        { echo "*** E2E TEST NOT RUN: $image cannot be pulled (did tests/e2e/images/build-images.sh run?)"; exit 77; }
done

project=ddguide$$x$RANDOM          # compose 1.29 strips '-' and '_' oddly in old versions: keep it plain
dir=$PEERS_TMP/$project
mkdir -p "$dir"
export DD_DATA_DIR=$PEERS_TMP/data
export DD_SECRET_STORE=file:$PEERS_TMP/secrets/secrets.yaml   # outside the data folder, no keychain needed

compose() { docker-compose -p "$project" -f "$dir/docker-compose.yml" "$@"; }
adopt_cleanup() {
    local rc=$?
    set +e
    [ -f "$dir/docker-compose.yml" ] && compose down -v --remove-orphans >/dev/null 2>&1
    # After the take-over the containers are the app's (same project label): removed here too.
    ids=$(docker ps -aq --filter "label=com.docker.compose.project=$project")
    [ -n "$ids" ] && docker rm -fv $ids >/dev/null 2>&1
    ids=$(docker network ls -q --filter "label=com.docker.compose.project=$project")
    [ -n "$ids" ] && docker network rm $ids >/dev/null 2>&1
    (exit "$rc")
    cleanup
}
trap adopt_cleanup EXIT

# The guide's file (tests/data/compose/seed-guide.yml) with the test images' tags, on a port of
# 127.0.0.1 that the engine picks (the changes are listed in ../guide-stack.sh).
# One secret comes from the shell that runs docker-compose, as many users keep theirs: `adopt`
# runs later without that shell and must read the value from the running container.
write_guide_compose "$dir/docker-compose.yml" "$project" "$DIRECTUS_IMAGE" 127.0.0.1::8055 \
    "EMAIL_SMTP_PASSWORD: '\${ADOPT_SMTP_PASSWORD}'"
export ADOPT_SMTP_PASSWORD=adopt-smtp-5ecret
# The image's node user (uid 1000) must be able to write the uploads folder Compose would
# otherwise create as root.
mkdir -p "$dir/uploads" && chown 1000:1000 "$dir/uploads"

# The guide's depends_on waits for nothing: Directus started together with a fresh PostgreSQL
# exits on ECONNREFUSED (the guide's users run `up -d` again). Start the database first.
say "docker-compose -p $project up -d (database and cache first)"
if ! compose up -d database cache >"$PEERS_TMP/up.log" 2>&1; then
    bad "docker-compose up -d database cache failed"; sed 's/^/    | /' "$PEERS_TMP/up.log" >&2; finish
fi
pg_ready() { docker exec "$project-database" pg_isready -h 127.0.0.1 -U directus -d directus; }
wait_until 120 "$project-database" pg_ready || { bad "PostgreSQL did not get ready"; show_logs "$project-database"; finish; }
if ! compose up -d >>"$PEERS_TMP/up.log" 2>&1; then
    bad "docker-compose up -d failed"; sed 's/^/    | /' "$PEERS_TMP/up.log" >&2; finish
fi
port=$(wait_directus "$project-directus") || finish
ok "the guide's stack answers /server/ping on 127.0.0.1:$port"

cli() { "$DD_CLI" "$@"; }
# expect WHAT JQ-FILTER FILE: asserts that the filter is true for the JSON in FILE.
expect() {
    if jq -e "$2" "$3" >/dev/null; then ok "$1"; else bad "$1 (jq: $2)"; sed 's/^/    | /' "$3" >&2; fi
}

# 1. Before any import: listed as adopted, with the real version, running.
rc=0; cli list --json > "$PEERS_TMP/list1.json" || rc=$?
[ "$rc" = 0 ] && ok "list --json exits 0" || bad "list --json exited $rc"
entry=".instances[] | select(.name == \"$project\")"
expect "the stack is listed once" "[.instances[] | select(.name == \"$project\")] | length == 1" "$PEERS_TMP/list1.json"
expect "listed as adopted and not stored" "$entry | .adopted == true and .stored == false" "$PEERS_TMP/list1.json"
expect "version $TAG, state running" "$entry | .version == \"$TAG\" and .state == \"running\"" "$PEERS_TMP/list1.json"
expect "database postgres, URL on the published port" \
    "$entry | .database == \"postgres\" and .url == \"http://127.0.0.1:$port\"" "$PEERS_TMP/list1.json"

rc=0; cli status "$project" --json > "$PEERS_TMP/status1.json" || rc=$?
[ "$rc" = 0 ] && ok "status --json exits 0" || bad "status --json exited $rc"
expect "status: three containers, all running" \
    '(.containers | length == 3) and ([.containers[].state] | all(. == "running"))' "$PEERS_TMP/status1.json"
expect "status: Directus last, database and cache first (start order)" \
    '.containers[-1].service == "directus" and ([.containers[0:2][].service] | sort == ["cache", "database"])' "$PEERS_TMP/status1.json"
expect "status: the guide's container names and bind folders" \
    ".containers[-1].name == \"$project-directus\" and (.containers[-1].mounts[] | select(.destination == \"/directus/uploads\") | .type == \"bind\")" \
    "$PEERS_TMP/status1.json"

# 2. Logs of the adopted stack, and -f ended by SIGINT.
if cli logs "$project" --tail 20 > "$PEERS_TMP/logs.txt" 2>&1 && [ -s "$PEERS_TMP/logs.txt" ]; then
    ok "logs --tail 20 prints Directus' log"
else
    bad "logs --tail 20 printed nothing or failed"
fi
"$DD_CLI" logs "$project" -f --service database > "$PEERS_TMP/follow.txt" 2>&1 &   # not the cli function: $! must be the binary
follower=$!
sleep 2
kill -INT "$follower"
rc=0
for _ in $(seq 1 50); do kill -0 "$follower" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$follower" 2>/dev/null; then
    bad "logs -f did not end within 5 s of SIGINT"; kill -KILL "$follower"
else
    wait "$follower" || rc=$?
    [ "$rc" = 0 ] && ok "logs -f ends cleanly on SIGINT" || bad "logs -f exited $rc after SIGINT"
fi
grep -q 'database system is ready' "$PEERS_TMP/follow.txt" && ok "logs --service database shows PostgreSQL's log" ||
    bad "logs --service database did not show PostgreSQL's log"

unset ADOPT_SMTP_PASSWORD   # from here on the app runs without the shell that started the stack

# 3. Import of the same file without consent changes nothing: it says what a take-over would do.
rc=0; cli import "$dir/docker-compose.yml" --name "$project" > "$PEERS_TMP/import.txt" 2>&1 < /dev/null || rc=$?
[ "$rc" = 1 ] && grep -q -- "--yes" "$PEERS_TMP/import.txt" && ok "import without --yes asks for consent (exit 1)" ||
    { bad "import without --yes exited $rc"; sed 's/^/    | /' "$PEERS_TMP/import.txt" >&2; }
grep -q "Taking over \"$project\"" "$PEERS_TMP/import.txt" && ok "import prints the take-over plan" || bad "no take-over plan printed"
cli list --json > "$PEERS_TMP/list2.json" || bad "list --json after the refused import failed"
expect "after the refused import: still adopted, not stored" "$entry | .adopted == true and .stored == false" "$PEERS_TMP/list2.json"

# 4. `adopt NAME --yes` reads the file the stack was started from (compose's label) and takes the
#    running stack over: one stored instance, the app's containers, the same bind folder.
rc=0; cli adopt "$project" --yes > "$PEERS_TMP/adopt.txt" 2>&1 || rc=$?
[ "$rc" = 0 ] && ok "adopt --yes exits 0" || { bad "adopt exited $rc"; sed 's/^/    | /' "$PEERS_TMP/adopt.txt" >&2; }
grep -q "docker-compose.yml, the file the stack was started from" "$PEERS_TMP/adopt.txt" && ok "adopt read the stack's own compose file" ||
    bad "adopt did not name the compose file"
cli list --json > "$PEERS_TMP/list3.json" || bad "list --json after adopt failed"
expect "after adopt: listed once" "[.instances[] | select(.name == \"$project\")] | length == 1" "$PEERS_TMP/list3.json"
expect "after adopt: stored, managed, running $TAG" \
    "$entry | .stored == true and .adopted == false and .state == \"running\" and .version == \"$TAG\" and (.id | length > 0)" \
    "$PEERS_TMP/list3.json"
cli status "$project" --json > "$PEERS_TMP/status3.json" || bad "status after adopt failed"
expect "after adopt: the app's three containers, uploads still the bind folder" \
    "(.containers | length == 3) and .stored == true and (.storage.uploads.kind == \"folder\") and ([.containers[].name] | sort == [\"$project-cache-1\", \"$project-database-1\", \"$project-directus-1\"])" \
    "$PEERS_TMP/status3.json"
[ "$(docker inspect -f '{{range .Mounts}}{{if eq .Destination "/var/lib/postgresql/data"}}{{.Source}}{{end}}{{end}}' "$project-database-1")" = "$dir/data/database" ] &&
    ok "after adopt: PostgreSQL runs on the stack's own data folder" || bad "after adopt: PostgreSQL's data folder changed"

# 5. The secrets of the file went to the secret store, not into the data folder.
if grep -rqs -e 'd1r3ctu5' -e '6116487b-cda1' -e 'adopt-smtp-5ecret' "$DD_DATA_DIR"; then bad "a secret value is in $DD_DATA_DIR"; else ok "no secret value in the data folder"; fi
docker inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$project-directus-1" | grep -qx 'EMAIL_SMTP_PASSWORD=adopt-smtp-5ecret' &&
    ok "after adopt: the password the file took from the shell came from the running container" ||
    bad "after adopt: EMAIL_SMTP_PASSWORD is not the running stack's value"

finish
