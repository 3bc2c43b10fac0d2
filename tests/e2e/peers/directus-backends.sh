#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck disable=SC2046  # $(directus_env ...) prints -e NAME=VALUE words without spaces: split on purpose
# peers/directus-backends: each real Directus test image on PostgreSQL (postgis/postgis:15-3.3,
# DB_CLIENT=pg) and on MariaDB (mariadb:10.11, DB_CLIENT=mysql), with its cache on Redis
# (redis:7; CACHE_REDIS before 10.4, REDIS from 10.4), on a network of its own where the
# peers have the aliases of the guide's compose file (`database`, `cache`):
# /server/ping = pong, /auth/login returns a token, /server/health names the database client
# and the cache, and a cached GET leaves keys in Redis.
# One wave per database: the three versions boot side by side.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
require_engine

for img in postgis/postgis:15-3.3 mariadb:10.11 redis:7; do pull "$img" || finish; done
for v in "${DIRECTUS_VERSIONS[@]}"; do pull "directus/directus:$v" || finish; done

declare -A dbc cachec net
start_peers() {   # BACKEND VERSION
    local b=$1 v=$2 k=$1-${2//./-}
    net[$k]=$(net "$k")
    case $b in
        pg) dbc[$k]=$(run "db-$k" --network "${net[$k]}" --network-alias database \
                -e POSTGRES_USER=directus -e POSTGRES_PASSWORD=dbpw-"$k" -e POSTGRES_DB=directus postgis/postgis:15-3.3) ;;
        mysql) dbc[$k]=$(run "db-$k" --network "${net[$k]}" --network-alias database \
                -e MYSQL_ROOT_PASSWORD=rootpw-"$k" -e MYSQL_DATABASE=directus -e MYSQL_USER=directus -e MYSQL_PASSWORD=dbpw-"$k" \
                mariadb:10.11 --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci) ;;
    esac
    cachec[$k]=$(run "cache-$k" --network "${net[$k]}" --network-alias cache redis:7)
}
db_ready() {   # BACKEND CONTAINER
    case $1 in
        pg) docker exec "$2" pg_isready -h 127.0.0.1 -U directus -d directus ;;
        mysql) docker exec "$2" healthcheck.sh --connect --innodb_initialized ;;
    esac
}
start_directus() {   # BACKEND VERSION: prints the container
    local b=$1 v=$2 k=$1-${2//./-} port
    case $b in pg) port=5432 ;; mysql) port=3306 ;; esac
    run "directus-$k" --network "${net[$k]}" -p 127.0.0.1::8055 $(directus_env "$v") \
        -e DB_CLIENT="$b" -e DB_HOST=database -e DB_PORT=$port -e DB_DATABASE=directus \
        -e DB_USER=directus -e DB_PASSWORD=dbpw-"$k" $(redis_env "$v" redis://cache:6379) \
        "directus/directus:$v"
}

for b in pg mysql; do
    say "---- wave: Directus ${DIRECTUS_VERSIONS[*]} on $b, cache on Redis"
    for v in "${DIRECTUS_VERSIONS[@]}"; do start_peers "$b" "$v"; done
    declare -A dc=()
    for v in "${DIRECTUS_VERSIONS[@]}"; do
        k=$b-${v//./-}
        if wait_until 120 "${dbc[$k]}" db_ready "$b" "${dbc[$k]}"; then
            dc[$v]=$(start_directus "$b" "$v")
        else bad "$k: the database did not get ready within 120 s"; show_logs "${dbc[$k]}"; fi
    done
    for v in "${DIRECTUS_VERSIONS[@]}"; do
        k=$b-${v//./-} c=${dc[$v]:-}; [ -n "$c" ] || continue
        what="directus/directus:$v on $b + Redis"
        port=$(wait_directus "$c") || { show_logs "${dbc[$k]}"; continue; }
        ok "$what: /server/ping = pong"
        token=$(check_login "$c" "$port" "$what") || continue
        # A GET that the cache keeps, then: Redis holds keys, /server/health names both.
        api "$port" "$token" GET /collections >/dev/null
        api "$port" "$token" GET /collections >/dev/null
        keys=$(docker exec "${cachec[$k]}" redis-cli dbsize 2>&1)
        [ "${keys:-0}" -gt 0 ] 2>/dev/null && ok "$what: Redis holds $keys key(s) after a cached GET" ||
            bad "$what: Redis dbsize is '$keys' after a cached GET (is the cache on Redis?)"
        health=$(api "$port" "$token" GET /server/health)
        case "$health" in *"\"$b:responseTime\""*) ok "$what: /server/health checks $b:responseTime" ;;
                          *) bad "$what: /server/health does not name $b: $health" ;; esac
        # 12.x names the check after the store (redis:responseTime), earlier versions cache:responseTime.
        case "$health" in *'"cache:responseTime"'*|*'"redis:responseTime"'*'"componentType":"cache"'*)
                              ok "$what: /server/health checks the cache's response time" ;;
                          *) bad "$what: /server/health has no cache check: $health" ;; esac
    done
    # Free the wave's containers before the next one (two cores).
    for k in "${!dbc[@]}"; do docker rm -fv "${dbc[$k]}" "${cachec[$k]}" "directus-$k" >/dev/null 2>&1 || true; done
    for v in "${DIRECTUS_VERSIONS[@]}"; do [ -n "${dc[$v]:-}" ] && docker rm -fv "${dc[$v]}" >/dev/null 2>&1 || true; done
    dbc=() cachec=()
done
finish
