#!/bin/bash
# Entry point of the test image published as postgres:15 and postgis/postgis:15-3.3.
# It follows the official images' contract for what the app and the tests rely on:
#   POSTGRES_PASSWORD (required unless POSTGRES_HOST_AUTH_METHOD=trust), POSTGRES_USER
#   (default postgres), POSTGRES_DB (default = POSTGRES_USER), POSTGRES_INITDB_ARGS,
#   POSTGRES_HOST_AUTH_METHOD (default scram-sha-256), PGDATA (default
#   /var/lib/postgresql/data), *_FILE variants of the three POSTGRES_* secrets,
#   /docker-entrypoint-initdb.d/*.sh|*.sql|*.sql.gz run once at init, the server
#   listening on all addresses, run as the postgres user.
# The postgis variant (POSTGIS_MAJOR set in the image) creates the postgis extensions
# in POSTGRES_DB and in template_postgis at init, as postgis/postgis does.
set -Eeo pipefail

file_env() {   # file_env VAR [DEFAULT]: VAR or the content of VAR_FILE
    local var=$1 fileVar="${1}_FILE" val=${2:-}
    if [ -n "${!var:-}" ] && [ -n "${!fileVar:-}" ]; then
        echo >&2 "error: both $var and $fileVar are set (but are exclusive)"; exit 1
    fi
    if [ -n "${!var:-}" ]; then val=${!var}; elif [ -n "${!fileVar:-}" ]; then val=$(< "${!fileVar}"); fi
    export "$var"="$val"; unset "$fileVar"
}

if [ "${1:0:1}" = '-' ]; then set -- postgres "$@"; fi

if [ "$1" = postgres ] && [ "$(id -u)" = 0 ]; then
    mkdir -p "$PGDATA" /var/run/postgresql
    chown postgres:postgres "$PGDATA" /var/run/postgresql
    chmod 700 "$PGDATA"; chmod 2775 /var/run/postgresql
    exec setpriv --reuid=postgres --regid=postgres --init-groups "${BASH_SOURCE[0]}" "$@"
fi

if [ "$1" = postgres ] && [ ! -s "$PGDATA/PG_VERSION" ]; then
    file_env POSTGRES_PASSWORD
    file_env POSTGRES_USER postgres
    file_env POSTGRES_DB "$POSTGRES_USER"
    file_env POSTGRES_INITDB_ARGS
    : "${POSTGRES_HOST_AUTH_METHOD:=scram-sha-256}"
    if [ -z "$POSTGRES_PASSWORD" ] && [ "$POSTGRES_HOST_AUTH_METHOD" != trust ]; then
        cat >&2 <<'MSG'
Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".
MSG
        exit 1
    fi
    pwfile=$(mktemp)
    printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
    # shellcheck disable=SC2086
    initdb --username="$POSTGRES_USER" --pwfile="$pwfile" -D "$PGDATA" \
        --encoding=UTF8 --locale=C.UTF-8 $POSTGRES_INITDB_ARGS
    rm -f "$pwfile"
    {
        printf '\n# added by the entry point (official images do the same)\n'
        printf 'host all all all %s\n' "$POSTGRES_HOST_AUTH_METHOD"
    } >> "$PGDATA/pg_hba.conf"
    sed -ri "s/^#?(listen_addresses)\s*=\s*\S+.*/\1 = '*'/" "$PGDATA/postgresql.conf"
    grep -q "^listen_addresses = '\*'" "$PGDATA/postgresql.conf"

    # A temporary server on the socket only, for the init steps.
    pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -p 5432" -w start
    export PGUSER=$POSTGRES_USER PGPASSWORD=$POSTGRES_PASSWORD
    psql=(psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc)
    if [ "$POSTGRES_DB" != postgres ]; then
        "${psql[@]}" --dbname postgres --set db="$POSTGRES_DB" <<<'CREATE DATABASE :"db" ;'
    fi
    psql+=(--dbname "$POSTGRES_DB")
    if [ -n "${POSTGIS_MAJOR:-}" ]; then
        "${psql[@]}" --dbname postgres <<<"CREATE DATABASE template_postgis IS_TEMPLATE true;"
        for db in template_postgis "$POSTGRES_DB"; do
            echo "Loading PostGIS extensions into $db"
            "${psql[@]}" --dbname "$db" <<'SQL'
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS postgis_topology;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
SQL
        done
    fi
    # shellcheck disable=SC1090  # the init scripts are the user's
    for f in /docker-entrypoint-initdb.d/*; do
        case "$f" in
            *.sh) echo "running $f"; . "$f" ;;
            *.sql) echo "running $f"; "${psql[@]}" -f "$f" ;;
            *.sql.gz) echo "running $f"; gunzip -c "$f" | "${psql[@]}" ;;
            *) [ -e "$f" ] && echo "ignoring $f" ;;
        esac
    done
    unset PGPASSWORD
    pg_ctl -D "$PGDATA" -m fast -w stop
    echo
    echo 'PostgreSQL init process complete; ready for start up.'
    echo
fi

exec "$@"
