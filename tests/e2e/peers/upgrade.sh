#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck disable=SC2046  # $(directus_env ...) prints -e NAME=VALUE words without spaces: split on purpose
# peers/upgrade: one real upgrade on the test images. A 9.26.0 SQLite database (a named
# volume on /directus/database) gets a collection and an item through the REST API; then
# 10.13.4 and then 11.1.2 open the same database: bootstrap finds it installed and runs the
# migrations, the item is still there, and the admin still logs in.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
require_engine

for v in "${DIRECTUS_VERSIONS[@]}"; do pull "directus/directus:$v" || finish; done
data=$(vol upgrade-db)

start() {   # VERSION: a Directus on the shared database volume; prints the container
    run "upgrade-${1//./-}" -p 127.0.0.1::8055 -v "$data:/directus/database" $(directus_env "$1") "directus/directus:$1"
}

# ---- 9.26.0: first boot, a collection and an item ------------------------------------------
c=$(start 9.26.0)
port=$(wait_directus "$c") || finish
token=$(check_login "$c" "$port" "9.26.0 (first boot)") || finish
out=$(api "$port" "$token" POST /collections '{"collection":"dd_things","meta":{"icon":"box"},"schema":{},
  "fields":[{"field":"id","type":"integer","meta":{"hidden":true},"schema":{"is_primary_key":true,"has_auto_increment":true}},
            {"field":"name","type":"string","meta":{},"schema":{}}]}')
case "$out" in *'"collection":"dd_things"'*) ok "9.26.0: collection dd_things created through the REST API" ;;
               *) bad "9.26.0: POST /collections gave: $out"; finish ;; esac
out=$(api "$port" "$token" POST /items/dd_things '{"name":"made by 9.26.0"}')
case "$out" in *'"name":"made by 9.26.0"'*) ok "9.26.0: item created through the REST API" ;;
               *) bad "9.26.0: POST /items/dd_things gave: $out"; finish ;; esac
docker stop -t 30 "$c" >/dev/null

# ---- 10.13.4 then 11.1.2 on the same database ----------------------------------------------
for v in 10.13.4 11.1.2; do
    c=$(start "$v")
    port=$(wait_directus "$c") || finish
    logs=$(docker logs "$c" 2>&1)
    case "$logs" in *"Database already initialized"*) ok "$v: bootstrap found the database installed" ;;
                    *) bad "$v: bootstrap did not report an installed database" ;; esac
    n=$(grep -c 'Applying ' <<<"$logs" || true)
    [ "$n" -gt 0 ] && ok "$v: bootstrap applied $n migration(s)" || { bad "$v: bootstrap applied no migration"; show_logs "$c"; }
    token=$(check_login "$c" "$port" "$v (upgraded database)") || finish
    out=$(api "$port" "$token" GET '/items/dd_things?fields=name&sort=id')
    case "$out" in *'"name":"made by 9.26.0"'*) ok "$v: the item made by 9.26.0 is still there" ;;
                   *) bad "$v: GET /items/dd_things gave: $out" ;; esac
    out=$(api "$port" "$token" POST /items/dd_things "{\"name\":\"made by $v\"}")
    case "$out" in *"\"name\":\"made by $v\""*) ok "$v: a new item is written" ;;
                   *) bad "$v: POST /items/dd_things gave: $out" ;; esac
    docker stop -t 30 "$c" >/dev/null
done
finish
