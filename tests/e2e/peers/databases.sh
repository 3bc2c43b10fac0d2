#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# peers/databases: the database and cache test images, pulled by their official names
# through the mirror and started with the env the app passes, are real:
#   postgres:15 and postgis/postgis:15-3.3: pg_isready; a query as POSTGRES_USER with
#     POSTGRES_PASSWORD over TCP (scram-sha-256) in POSTGRES_DB, from another container on
#     the network (alias `database`); PostGIS loaded in the postgis image only.
#   mariadb:10.11: with MYSQL_* and with MARIADB_* names: a query as the user in its
#     database and as root with the root password, from another container; healthcheck.sh.
#   redis:7: PING over the published loopback port (from outside the container, so protected
#     mode must be off, as in the official image) and from another container.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
require_engine

for img in postgres:15 postgis/postgis:15-3.3 mariadb:10.11 redis:7; do pull "$img" fresh || true; done
n=$(net db)

# ---- PostgreSQL ----------------------------------------------------------------------------
declare -A pgc
for img in postgres:15 postgis/postgis:15-3.3; do
    docker image inspect "$img" >/dev/null 2>&1 || continue
    pgc[$img]=$(run "pg-${img//[\/:.]/-}" --network "$n" --network-alias "database-${img//[\/:.]/-}" \
        -e POSTGRES_USER=directus -e POSTGRES_PASSWORD='pg Pa55 w0rd' -e POSTGRES_DB=directus_db \
        -p 127.0.0.1::5432 "$img")
done
# ---- MariaDB, once with MYSQL_* and once with MARIADB_* ------------------------------------
declare -A myc
if docker image inspect mariadb:10.11 >/dev/null 2>&1; then
    myc[MYSQL]=$(run my-mysql --network "$n" --network-alias database-mysql -p 127.0.0.1::3306 \
        -e MYSQL_ROOT_PASSWORD=rootpw1 -e MYSQL_DATABASE=directus_db -e MYSQL_USER=directus -e MYSQL_PASSWORD=userpw1 \
        mariadb:10.11 --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci)
    myc[MARIADB]=$(run my-mariadb --network "$n" --network-alias database-mariadb -p 127.0.0.1::3306 \
        -e MARIADB_ROOT_PASSWORD=rootpw2 -e MARIADB_DATABASE=directus_db2 -e MARIADB_USER=directus2 -e MARIADB_PASSWORD=userpw2 \
        mariadb:10.11)
fi
# ---- Redis ---------------------------------------------------------------------------------
rc=
docker image inspect redis:7 >/dev/null 2>&1 && rc=$(run redis --network "$n" --network-alias cache -p 127.0.0.1::6379 redis:7)

for img in "${!pgc[@]}"; do
    c=${pgc[$img]}
    if wait_until 60 "$c" docker exec "$c" pg_isready -h 127.0.0.1 -U directus -d directus_db; then
        ok "$img: pg_isready -U directus -d directus_db"
    else bad "$img: pg_isready did not succeed within 60 s"; show_logs "$c"; continue; fi
    alias=database-${img//[\/:.]/-}
    # A client in another container, over the network, with the password (scram-sha-256).
    out=$(docker run --rm --network "$n" --label "$PEERS_LABEL" --label "$PEERS_RUN_LABEL" -e 'PGPASSWORD=pg Pa55 w0rd' \
        --entrypoint psql "$img" -h "$alias" -U directus -d directus_db -Atc \
        "select current_user || ' ' || current_database() || ' ' || (select count(*) from pg_extension where extname = 'postgis')" 2>&1)
    case "$img:$out" in
        postgres:15:"directus directus_db 0") ok "$img: query over the network as directus in directus_db (no PostGIS)" ;;
        postgis*:"directus directus_db 1") ok "$img: query over the network as directus in directus_db, PostGIS loaded" ;;
        *) bad "$img: query over the network gave: $out"; show_logs "$c" ;;
    esac
    wrong=$(docker run --rm --network "$n" --label "$PEERS_LABEL" --label "$PEERS_RUN_LABEL" -e PGPASSWORD=wrong \
        --entrypoint psql "$img" -h "$alias" -U directus -d directus_db -Atc 'select 1' 2>&1 || true)
    case "$wrong" in *"password authentication failed"*) ok "$img: a wrong password is refused" ;;
                     *) bad "$img: a wrong password gave: $wrong" ;; esac
    owner=$(docker exec "$c" stat -c '%U %a' /var/lib/postgresql/data)
    [ "$owner" = "postgres 700" ] && ok "$img: PGDATA /var/lib/postgresql/data owned by postgres, mode 700" ||
        bad "$img: /var/lib/postgresql/data is '$owner'"
    ps1=$(docker exec "$c" sh -c 'cat /proc/1/status | sed -n "s/^Uid:\t\([0-9]*\).*/\1/p"')
    [ "$ps1" = 999 ] && ok "$img: the server runs as uid 999 (postgres)" || bad "$img: pid 1 runs as uid $ps1"
done

for k in "${!myc[@]}"; do
    c=${myc[$k]}
    case $k in MYSQL) u=directus p=userpw1 db=directus_db rp=rootpw1 a=database-mysql ;;
               MARIADB) u=directus2 p=userpw2 db=directus_db2 rp=rootpw2 a=database-mariadb ;; esac
    if wait_until 90 "$c" docker exec "$c" healthcheck.sh --connect --innodb_initialized; then
        ok "mariadb:10.11 ($k""_*): healthcheck.sh --connect --innodb_initialized"
    else bad "mariadb:10.11 ($k""_*): not healthy within 90 s"; show_logs "$c"; continue; fi
    out=$(docker run --rm --network "$n" --label "$PEERS_LABEL" --label "$PEERS_RUN_LABEL" --entrypoint mariadb mariadb:10.11 \
        -h "$a" -u "$u" "-p$p" "$db" -NBe "select concat(substring_index(current_user(), '@', 1), ' ', database(), ' ', version())" 2>&1)
    case "$out" in "$u $db 10.11."*) ok "mariadb:10.11 ($k""_*): query over the network as $u in $db ($out)" ;;
                   *) bad "mariadb:10.11 ($k""_*): query as $u gave: $out"; show_logs "$c" ;; esac
    out=$(docker run --rm --network "$n" --label "$PEERS_LABEL" --label "$PEERS_RUN_LABEL" --entrypoint mariadb mariadb:10.11 \
        -h "$a" -u root "-p$rp" -NBe "select count(*) from information_schema.schemata where schema_name = '$db'" 2>&1)
    [ "$out" = 1 ] && ok "mariadb:10.11 ($k""_*): root with the root password over the network sees $db" ||
        bad "mariadb:10.11 ($k""_*): root query gave: $out"
    out=$(docker run --rm --network "$n" --label "$PEERS_LABEL" --label "$PEERS_RUN_LABEL" --entrypoint mariadb mariadb:10.11 \
        -h "$a" -u root -pwrong -NBe 'select 1' 2>&1 || true)
    case "$out" in *"Access denied"*) ok "mariadb:10.11 ($k""_*): a wrong root password is refused" ;;
                   *) bad "mariadb:10.11 ($k""_*): a wrong root password gave: $out" ;; esac
done
[ -n "${myc[MYSQL]:-}" ] && {
    cs=$(docker exec -e MYSQL_PWD=rootpw1 "${myc[MYSQL]}" mariadb -uroot -NBe 'select @@character_set_server, @@collation_server' 2>&1 | tr '\t' ' ')
    [ "$cs" = "utf8mb4 utf8mb4_unicode_ci" ] && ok "mariadb:10.11: server options given as arguments apply ($cs)" ||
        bad "mariadb:10.11: --character-set-server/--collation-server gave: $cs"
}

if [ -n "$rc" ]; then
    port=$(host_port "$rc" 6379)
    redis_ping() { exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'PING\r\n' >&3 && read -r -t 5 line <&3 && exec 3>&-; [ "${line%$'\r'}" = +PONG ]; }
    if wait_until 30 "$rc" redis_ping; then ok "redis:7: PING over 127.0.0.1:$port answers +PONG (protected mode off)"
    else bad "redis:7: no +PONG over the published port"; show_logs "$rc"; fi
    out=$(docker run --rm --network "$n" --label "$PEERS_LABEL" --label "$PEERS_RUN_LABEL" --entrypoint redis-cli redis:7 -h cache ping 2>&1)
    [ "$out" = PONG ] && ok "redis:7: redis-cli -h cache ping from another container" || bad "redis:7: redis-cli ping gave: $out"
    ver=$(docker exec "$rc" redis-cli info server | sed -n 's/^redis_version:\([0-9.]*\).*/\1/p')
    case "$ver" in 7.*) ok "redis:7: redis_version $ver" ;; *) bad "redis:7: redis_version '$ver'" ;; esac
fi
finish
