#!/bin/bash
# A small healthcheck.sh like the official image's, for the tests that compose one:
#   healthcheck.sh [--connect] [--innodb_initialized] ...  (other options are accepted)
# --connect: the server answers a query over TCP or the socket; --innodb_initialized:
# InnoDB reports initialized. Credentials: MARIADB_ROOT_PASSWORD/MYSQL_ROOT_PASSWORD or
# /var/lib/mysql/.my-healthcheck.cnf when present. No option: same as --connect.
set -eo pipefail
pw=${MARIADB_ROOT_PASSWORD:-${MYSQL_ROOT_PASSWORD:-}}
args=(--protocol=socket --socket=/run/mysqld/mysqld.sock -uroot --skip-column-names -B)
[ -f /var/lib/mysql/.my-healthcheck.cnf ] && args=(--defaults-extra-file=/var/lib/mysql/.my-healthcheck.cnf "${args[@]}")
[ -n "$pw" ] && export MYSQL_PWD=$pw
checks=()
for a in "$@"; do
    case "$a" in --connect) checks+=(connect) ;; --innodb_initialized) checks+=(innodb) ;; esac
done
[ ${#checks[@]} -eq 0 ] && checks=(connect)
for c in "${checks[@]}"; do
    case $c in
        connect) mariadb "${args[@]}" -e 'SELECT 1' >/dev/null ;;
        innodb) mariadb "${args[@]}" -e "SELECT 1 FROM information_schema.ENGINES WHERE engine='InnoDB' AND support IN ('YES','DEFAULT','ENABLED')" | grep -q 1 ;;
    esac
done
