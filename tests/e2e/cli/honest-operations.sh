#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e/cli honest-operations: an operation that says it worked must have worked (label safety).
# Each claim is checked against the engine, not against the CLI's own output:
# - stop stops every container of the instance's compose project, whatever their names: the
#   guide's (container_name, made by docker-compose 1.29) and the app's own;
# - start of the guide's stack starts compose's containers as they are and says so; with one of
#   them gone it refuses (the app would make the missing one next to compose's on the same data);
# - Directus removed by hand: stop stops the database and says Directus was not found; start
#   makes it again and says so, and the data is still there;
# - nothing left at all: stop fails with a sentence instead of "is stopped";
# - remove leaves no container of the instance.
# Real engine, real images (PostgreSQL + Redis, Directus 10.13.4 or DD_E2E_TAG).
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
# shellcheck source=../guide-stack.sh
. "$here/../guide-stack.sh"
TAG=${DD_E2E_TAG:-10.13.4}
require_peers "directus/directus:$TAG" postgis/postgis:15-3.3 redis:7
command -v docker-compose >/dev/null || { echo '*** E2E TEST NOT RUN: docker-compose is missing'; exit 77; }

# 1. The guide's stack (container_name: q-database, q-cache, q-directus), imported while it was
#    down, then brought up with docker-compose as its user always did: its containers are the
#    instance's by their compose project and service labels, not by the app's names.
q=$(project guide)
dir=$E2E_TMP/$q
mkdir -p "$dir/uploads" && chown 1000:1000 "$dir/uploads"
write_guide_compose "$dir/docker-compose.yml" "$q" "directus/directus:$TAG" 127.0.0.1::8055
cli import "$dir/docker-compose.yml" --name "$q" || bad "import of the guide's file (stack down) failed"
(cd "$dir" && docker-compose -p "$q" up -d) >"$E2E_TMP/up.log" 2>&1 ||
    { bad "docker-compose up of the guide's file failed"; sed 's/^/    | /' "$E2E_TMP/up.log" >&2; }
[ "$(running_of "$q")" = "$q-cache $q-database $q-directus " ] && ok "the guide's three containers run" ||
    bad "running before stop: $(running_of "$q")"
if cli stop "$q"; then
    [ -z "$(running_of "$q")" ] && ok "stop of the guide's containers: the engine says none runs" ||
        bad "stop said it worked but these still run: $(running_of "$q")"
    grep -q "Stopping $q-directus\b" "$E2E_TMP/cli.out" && ! grep -q -- "-directus-1" "$E2E_TMP/cli.out" &&
        ok "stop named the containers it stopped" || bad "stop did not name $q-directus"
else
    bad "stop of the guide's containers failed"
fi
# start of the same stack: the containers compose made are started as they are (the app does
# not make its own next to them on the same data folder), Directus answers, status agrees.
if cli start "$q"; then
    [ "$(running_of "$q")" = "$q-cache $q-database $q-directus " ] && ok "start of the guide's containers: all three run" ||
        bad "running after start: $(running_of "$q")"
    [ -z "$(docker ps -aq --filter "label=org.directusdesktop.instance" --filter "label=com.docker.compose.project=$q")" ] &&
        ok "start made no container of its own next to compose's" || bad "start made containers: $(containers_of "$q")"
    URL="http://$(docker port "$q-directus" 8055/tcp | head -1)"
    ping_ok && ok "Directus of the guide's stack answers after start" || bad "no pong from $URL after start"
    grep -q "is running at ${URL}\$" "$E2E_TMP/cli.out" && ok "start names where compose's Directus answers ($URL)" ||
        bad "start named another URL than $URL"
    grep -q "Docker compose made the containers of $q" "$E2E_TMP/cli.out" && ok "start says compose made them" ||
        bad "start did not say the containers are compose's"
else
    bad "start of the guide's containers failed"
fi
cli status "$q" || true
grep -q 'State: running' "$E2E_TMP/cli.out" && ok "status after start: running" || bad "status after start: $(cat "$E2E_TMP/cli.out")"
# Some containers compose's and one missing: refused with the way out, nothing started.
cli stop "$q" >/dev/null || bad "second stop of the guide's containers failed"
docker rm "$q-cache" >/dev/null || bad "docker rm $q-cache failed"
if cli start "$q"; then
    bad "start with the cache container missing (the others compose's) exited 0"
else
    grep -q "Docker compose made some containers of $q" "$E2E_TMP/cli.out" && [ -z "$(running_of "$q")" ] &&
        ok "start of a partly compose-made stack: refused, nothing started" || bad "partial start: $(running_of "$q")"
fi
(cd "$dir" && docker-compose -p "$q" down) >/dev/null 2>&1 || bad "docker-compose down of the guide's file failed"
cli remove "$q" >/dev/null || bad "remove of the imported guide stack failed"

p=$(project honest)
cli create "$p" --tag "$TAG" --database postgres --redis --port "$(free_port)" || { bad "create failed"; finish; }
credentials "$p"
t=$(token)
make_item "$t" kept-item

# 2. The app's own naming: start, then stop, as the engine sees it.
cli stop "$p" && [ -z "$(running_of "$p")" ] && ok "stop of the app's own containers" || bad "running after stop: $(running_of "$p")"
cli status "$p" || true; grep -qi stopped "$E2E_TMP/cli.out" && ok "status: stopped" || bad "status after stop: $(cat "$E2E_TMP/cli.out")"
cli start "$p" && ping_ok && ok "start: Directus answers" || bad "start failed"

# 3. Directus removed by hand: stop says so, start makes it again and says so.
docker rm -f "$p-directus-1" >/dev/null || bad "docker rm -f failed"
if cli stop "$p"; then
    grep -q "The Directus container of $p was not found" "$E2E_TMP/cli.out" &&
        ok "stop says the Directus container was not found" || bad "stop did not say Directus was missing"
    [ -z "$(running_of "$p")" ] && ok "stop stopped the database and the cache" || bad "still running: $(running_of "$p")"
else
    bad "stop with the database left failed"
fi
if cli start "$p"; then
    grep -q "The container $p-directus-1 was not on the engine; it was made again" "$E2E_TMP/cli.out" &&
        ok "start says it made the Directus container again" || bad "start did not say it made Directus again"
    t=$(token)
    [ "$(item_titles "$t")" = kept-item ] && ok "the data is still there after Directus was made again" ||
        bad "items after start: $(item_titles "$t")"
else
    bad "start after the hand removal failed"
fi

# 4. Nothing left: stop is an error with a sentence, not "is stopped"; start makes all of it again.
docker rm -f "$p-directus-1" "$p-cache-1" "$p-database-1" >/dev/null || bad "docker rm -f failed"
if cli stop "$p"; then
    bad "stop of an instance without containers exited 0"
else
    grep -q "No container of $p was found on the engine" "$E2E_TMP/cli.out" && ! grep -q "$p is stopped" "$E2E_TMP/cli.out" &&
        ok "stop without containers: the sentence, not 'is stopped'" || bad "stop without containers said: $(cat "$E2E_TMP/cli.out")"
fi
cli start "$p" && t=$(token) && [ "$(item_titles "$t")" = kept-item ] &&
    ok "start made all three again on the kept volumes" || bad "start after removing everything"

# 5. remove: the engine has no container of the instance afterwards.
cli remove "$p" --delete-data --yes && [ -z "$(containers_of "$p")" ] && ok "remove: no container left" ||
    bad "remove: left $(containers_of "$p")"
finish
