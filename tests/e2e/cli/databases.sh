#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e/cli databases: `create` with PostgreSQL/PostGIS + Redis (Directus 10.13.4: REDIS env),
# with MariaDB (Directus 9.26.0), and with SQLite on host folders instead of volumes; each
# ends with a working admin login, its database container healthy and on the stack's
# network, and the data where it was asked to be.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
# The Directus versions per case; the current tier runs them all on 12.x (tests/e2e/CMakeLists.txt).
PG_TAG=${DD_E2E_PG_TAG:-10.13.4} MARIA_TAG=${DD_E2E_MARIA_TAG:-9.26.0} FOLDERS_TAG=${DD_E2E_FOLDERS_TAG:-11.1.2}
require_peers "directus/directus:$PG_TAG" "directus/directus:$MARIA_TAG" "directus/directus:$FOLDERS_TAG" \
    postgis/postgis:15-3.3 redis:7 mariadb:10.11

check_instance() {   # check_instance PROJECT WHAT
    credentials "$1"
    local t; t=$(token)
    [ -n "$t" ] && ok "$2: admin login works" || { bad "$2: admin login failed"; return; }
    make_item "$t" "item-$2"
    [ "$(item_titles "$t")" = "item-$2" ] && ok "$2: an item was stored" || bad "$2: items: $(item_titles "$t")"
}

p=$(project pg)
if cli create "$p" --tag "$PG_TAG" --database postgres --redis --port "$(free_port)"; then
    ok "postgres+redis: create exited 0"
    check_instance "$p" postgres
    [ "$(docker inspect -f '{{.State.Health.Status}}' "$p-database-1")" = healthy ] && ok "postgres: database healthy" || bad "postgres: database not healthy"
    env=$(docker inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$p-directus-1")
    grep -q '^DB_CLIENT=pg$' <<< "$env" && ok "postgres: DB_CLIENT=pg" || bad "postgres: DB_CLIENT not pg"
    grep -q '^REDIS=redis://' <<< "$env" && ! grep -q '^CACHE_REDIS=' <<< "$env" && ok "$PG_TAG: REDIS (not CACHE_REDIS)" || bad "$PG_TAG: redis env wrong"
    n=$(docker exec "$p-database-1" sh -c 'psql -U "$POSTGRES_USER" -d "$POSTGRES_DB" -tAc "select count(*) from notes"' 2>/dev/null | tr -d ' ')
    [ "$n" = 1 ] && ok "postgres: the item is in PostgreSQL" || bad "postgres: notes count '$n'"
    [ "$(containers_of "$p")" = "$p-cache-1 $p-database-1 $p-directus-1 " ] && ok "postgres: three containers" || bad "postgres: $(containers_of "$p")"
    cli remove "$p" --delete-data --yes >/dev/null || bad "postgres: remove failed"
    [ -z "$(volumes_of "$p")" ] && ok "postgres: --delete-data --yes deleted the volumes" || bad "postgres: volumes left: $(volumes_of "$p")"
else
    bad "postgres+redis: create failed"
fi

p=$(project maria)
if cli create "$p" --tag "$MARIA_TAG" --database mariadb --port "$(free_port)"; then
    ok "mariadb: create exited 0"
    check_instance "$p" mariadb
    grep -q '^DB_CLIENT=mysql$' <<< "$(docker inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$p-directus-1")" &&
        ok "mariadb: DB_CLIENT=mysql" || bad "mariadb: DB_CLIENT not mysql"
    cli remove "$p" --delete-data --yes >/dev/null || bad "mariadb: remove failed"
else
    bad "mariadb: create failed"
fi

p=$(project folders)
dir=$E2E_TMP/folders/$p
if cli create "$p" --tag "$FOLDERS_TAG" --port "$(free_port)" --uploads-folder "$dir/uploads" \
    --database-folder "$dir/database" --extensions-folder "$dir/extensions"; then
    ok "folders: create exited 0"
    check_instance "$p" folders
    for sub in uploads database extensions; do
        [ "$(stat -c %u "$dir/$sub")" = 1000 ] && ok "folders: $sub belongs to uid 1000" || bad "folders: $sub owned by $(stat -c %u "$dir/$sub")"
    done
    [ -s "$dir/database/database.sqlite" ] && ok "folders: the SQLite file is in the chosen folder" || bad "folders: no database file in $dir/database"
    [ -z "$(volumes_of "$p")" ] && ok "folders: no named volume made" || bad "folders: volumes $(volumes_of "$p")"
    cli remove "$p" --delete-data --yes >/dev/null || bad "folders: remove failed"
    [ -s "$dir/database/database.sqlite" ] && ok "folders: host folders are kept even with --delete-data" || bad "folders: the folder was emptied"
else
    bad "folders: create failed"
fi
finish
