#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e/cli sqlite-lifecycle: `create` makes a SQLite instance on named volumes from the real
# Directus 11.1.2 image and waits until the admin can log in; the port is published on
# 127.0.0.1 only; `docker-compose -p NAME ps` sees the stack; no generated secret is in the
# data folder; stop/start keep an item made through the REST API; remove keeps the volumes.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
TAG=${DD_E2E_TAG:-11.1.2}
require_peers "directus/directus:$TAG"

p=$(project sqlite)
port=$(free_port)
if cli create "$p" --tag "$TAG" --port "$port" --admin-email admin@example.com; then
    ok "create $p exited 0"
else
    bad "create $p failed"; finish
fi
credentials "$p"
[ "$URL" = "http://127.0.0.1:$port" ] && ok "URL is $URL" || bad "URL is $URL, want http://127.0.0.1:$port"
ping_ok && ok "/server/ping answers pong" || bad "/server/ping does not answer"
t=$(token); [ -n "$t" ] && ok "admin login works with the password from the secret store" || bad "admin login failed"

c="$p-directus-1"
[ "$(containers_of "$p")" = "$c " ] && ok "one container, named like compose does: $c" || bad "containers: $(containers_of "$p")"
bindings=$(docker inspect -f '{{range $k, $v := .NetworkSettings.Ports}}{{range $v}}{{.HostIp}}:{{.HostPort}} {{end}}{{end}}' "$c")
[ "$bindings" = "127.0.0.1:$port " ] && ok "port bound to 127.0.0.1 only" || bad "port bindings: $bindings"
[ "$(volumes_of "$p")" = "${p}_database ${p}_extensions ${p}_uploads " ] && ok "named volumes: $(volumes_of "$p")" ||
    bad "volumes: $(volumes_of "$p")"
compose_file=$(ls "$DD_DATA_DIR"/stacks/*/docker-compose.yml 2>/dev/null | head -1)
if command -v docker-compose >/dev/null && [ -n "$compose_file" ]; then
    n=$(docker-compose -p "$p" -f "$compose_file" ps -q 2>/dev/null | wc -l) || true
    [ "$n" = 1 ] && ok "docker-compose -p $p ps (with the file the app wrote) sees the stack" ||
        bad "docker-compose -p $p ps lists $n containers"
fi

# No generated secret in plain text in the app's data folder (the compose file it wrote included).
key=$(docker inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$c" | sed -n 's/^KEY=//p')
secret=$(docker inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$c" | sed -n 's/^SECRET=//p')
[ -n "$key" ] && [ -n "$secret" ] && [ ${#secret} -ge 32 ] && ok "KEY and SECRET were generated" || bad "KEY/SECRET missing or short"
leaks=0
for value in "$PASSWORD" "$key" "$secret"; do
    if grep -rqF -- "$value" "$DD_DATA_DIR"; then leaks=$((leaks + 1)); fi
done
[ "$leaks" = 0 ] && ok "no secret value in $DD_DATA_DIR ($(find "$DD_DATA_DIR" -type f | wc -l) files)" ||
    bad "$leaks secret value(s) found in the data folder"
[ -f "$DD_DATA_DIR/stacks/"*/docker-compose.yml ] && ok "the compose file was written next to the instance" ||
    bad "no compose file in the instance folder"
[ -z "$(ls -A "$DD_DATA_DIR/journal" 2>/dev/null)" ] && ok "no journal left after a finished create" || bad "journal left: $(ls "$DD_DATA_DIR/journal")"

make_item "$t" kept-across-restart
[ "$(item_titles "$t")" = kept-across-restart ] && ok "item created through REST" || bad "item not created: $(item_titles "$t")"

cli stop "$p" && ok "stop exited 0" || bad "stop failed"
[ -z "$(running_of "$p")" ] && ok "nothing of $p runs after stop" || bad "still running: $(running_of "$p")"
cli start "$p" && ok "start exited 0" || bad "start failed"
ping_ok && ok "pong after start" || bad "no pong after start"
t=$(token)
[ "$(item_titles "$t")" = kept-across-restart ] && ok "the item survived stop/start" || bad "items after restart: $(item_titles "$t")"

# A copy of the instance file made into an instance (create --from) is a new instance with an id
# of its own: the original's file and secrets stay untouched. The copy's name is taken: refused.
orig=$(ls "$DD_DATA_DIR"/instances/*.yaml); cp "$orig" "$E2E_TMP/copy.yaml"; before=$(sha256sum < "$orig")
rc=0; cli create --from "$E2E_TMP/copy.yaml" || rc=$?
[ "$rc" = 2 ] && grep -q "$p" "$E2E_TMP/cli.out" && ok "create --from a copy under the same name is refused (exit 2)" ||
    bad "create --from a copy under the same name: exit $rc"
if cli create --from "$E2E_TMP/copy.yaml" --name "${p}b" --port auto; then ok "create --from a copy as ${p}b exited 0"
else bad "create --from a copy as ${p}b failed"; fi
[ "$(ls "$DD_DATA_DIR"/instances/*.yaml | wc -l)" = 2 ] && [ "$(sha256sum < "$orig")" = "$before" ] &&
    ok "two instance files; the original's is unchanged" || bad "instance files: $(ls "$DD_DATA_DIR"/instances)"
credentials "$p"; t=$(token || true)
[ -n "$t" ] && ok "the original still logs in with its own password" || bad "the original's login broke"
cli remove "${p}b" --delete-data --yes && ok "the copy removed with its data" || bad "removing the copy failed"

# Removing without --delete-data keeps the data; with --delete-data it asks for --yes first.
rc=0; cli remove "$p" --delete-data || rc=$?
[ "$rc" = 2 ] && grep -q "${p}_database" "$E2E_TMP/cli.out" && ok "--delete-data without --yes refuses and names the volumes" ||
    bad "remove --delete-data without --yes: exit $rc"
cli remove "$p" && ok "remove exited 0" || bad "remove failed"
[ -z "$(containers_of "$p")" ] && ok "containers removed" || bad "containers left: $(containers_of "$p")"
[ -z "$(networks_of "$p")" ] && ok "network removed" || bad "networks left: $(networks_of "$p")"
[ "$(volumes_of "$p")" = "${p}_database ${p}_extensions ${p}_uploads " ] && ok "volumes kept" || bad "volumes after remove: $(volumes_of "$p")"
grep -q "Kept the volume ${p}_database" "$E2E_TMP/cli.out" && ok "remove says which volumes it kept" || bad "remove did not name the kept volumes"
rc=0; "$DD_CLI" credentials "$p" >/dev/null 2>&1 || rc=$?
[ "$rc" = 4 ] && ok "the instance is gone from the store (exit 4)" || bad "credentials after remove: exit $rc"
finish
