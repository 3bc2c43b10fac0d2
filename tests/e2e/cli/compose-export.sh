#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e/cli compose-export: an instance exported as docker-compose.yml is a real compose file.
# `docker-compose config` (Debian's 1.29) accepts it; the default export carries no secret and
# no .env; with --with-secrets the .env is 0600. After `remove` (data kept), `docker-compose
# up -d` of the export in another folder brings the same Directus back: pong, the admin login
# with the exported password, and the item made before, on the kept volumes.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
TAG=${DD_E2E_TAG:-11.1.2}
require_peers "directus/directus:$TAG"
command -v docker-compose >/dev/null || { echo '*** E2E TEST NOT RUN: docker-compose is missing'; exit 77; }

p=$(project export)
port=$(free_port)
cli create "$p" --tag "$TAG" --port "$port" || { bad "create failed"; finish; }
credentials "$p"
t=$(token)
make_item "$t" survives-export
key=$(docker inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$p-directus-1" | sed -n 's/^KEY=//p')

plain=$E2E_TMP/plain
cli export "$p" --dir "$plain" && ok "export exited 0" || bad "export failed"
[ -f "$plain/docker-compose.yml" ] && [ ! -e "$plain/.env" ] && ok "default export: a compose file and no .env" || bad "default export: $(ls -A "$plain")"
if grep -qF -- "$PASSWORD" "$plain/docker-compose.yml" || grep -qF -- "$key" "$plain/docker-compose.yml"; then
    bad "a secret is in the default export"
else
    ok "no secret in the default export"
fi

full=$E2E_TMP/elsewhere
cli export "$p" --dir "$full" --with-secrets && ok "export --with-secrets exited 0" || bad "export --with-secrets failed"
[ "$(stat -c %a "$full/.env" 2>/dev/null)" = 600 ] && ok ".env is 0600" || bad ".env mode: $(stat -c %a "$full/.env" 2>/dev/null)"
(cd "$full" && docker-compose -p "$p" config -q) && ok "docker-compose config accepts the export" || bad "docker-compose config refused the export"

cli remove "$p" && ok "remove (data kept)" || bad "remove failed"
(cd "$full" && docker-compose -p "$p" up -d) >"$E2E_TMP/up.log" 2>&1 && ok "docker-compose up -d of the export" ||
    { bad "docker-compose up -d failed"; sed 's/^/    | /' "$E2E_TMP/up.log" >&2; }
for _ in $(seq 1 180); do ping_ok && break; sleep 1; done
ping_ok && ok "the compose-made Directus answers on $URL" || bad "no pong from the compose-made Directus"
# The export's healthcheck (node asking /server/ping) works in this image shape, even one
# with no shell and no wget: the engine reports the container healthy.
dc=$(docker ps -q --filter "label=com.docker.compose.project=$p" --filter label=com.docker.compose.service=directus | head -1)
health=
for _ in $(seq 1 90); do
    health=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{end}}' "$dc" 2>/dev/null)
    [ "$health" = healthy ] && break; sleep 1
done
[ "$health" = healthy ] && ok "the export's healthcheck passes on directus/directus:$TAG" ||
    bad "the compose-made Directus is '$health', not healthy: $(docker inspect -f '{{json .State.Health}}' "$dc" 2>/dev/null | tail -c 400)"
t=$(token)
[ -n "$t" ] && ok "admin login with the exported password" || bad "admin login failed on the compose-made stack"
[ "$(item_titles "$t")" = survives-export ] && ok "the item is there: the export reuses the instance's volumes" ||
    bad "items on the compose-made stack: $(item_titles "$t")"
(cd "$full" && docker-compose -p "$p" down -v) >/dev/null 2>&1 || true
finish
