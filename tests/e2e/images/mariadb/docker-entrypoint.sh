#!/bin/bash
# Entry point of the test image published as mariadb:10.11. It follows the official
# image's contract for what the app and the tests rely on:
#   MARIADB_ROOT_PASSWORD / MYSQL_ROOT_PASSWORD, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD /
#   MYSQL_ALLOW_EMPTY_PASSWORD, MARIADB_RANDOM_ROOT_PASSWORD / MYSQL_RANDOM_ROOT_PASSWORD,
#   MARIADB_ROOT_HOST / MYSQL_ROOT_HOST (default %), MARIADB_DATABASE / MYSQL_DATABASE,
#   MARIADB_USER / MYSQL_USER, MARIADB_PASSWORD / MYSQL_PASSWORD (the MARIADB_ name wins),
#   *_FILE variants, /docker-entrypoint-initdb.d/*.sh|*.sql|*.sql.gz run once at init,
#   data in /var/lib/mysql, the server on 0.0.0.0:3306, run as the mysql user.
set -Eeo pipefail

file_env() {   # file_env VAR [DEFAULT]: VAR or VAR_FILE
    local var=$1 fileVar="${1}_FILE" val=${2:-}
    if [ -n "${!var:-}" ]; then val=${!var}; elif [ -n "${!fileVar:-}" ]; then val=$(< "${!fileVar}"); fi
    export "$var"="$val"; unset "$fileVar"
}
# MARIADB_X wins over MYSQL_X; both names end up set.
mariadb_env() {
    local name=$1 def=${2:-}
    file_env "MYSQL_$name"; file_env "MARIADB_$name"
    local m="MARIADB_$name" y="MYSQL_$name"
    local v=${!m:-${!y:-$def}}
    export "$m"="$v" "$y"="$v"
}

if [ "${1:0:1}" = '-' ]; then set -- mariadbd "$@"; fi
case "$1" in mysqld|mariadbd) is_server=1 ;; *) is_server= ;; esac

if [ -n "$is_server" ] && [ "$(id -u)" = 0 ]; then
    mkdir -p /var/lib/mysql /run/mysqld
    chown -R mysql:mysql /var/lib/mysql /run/mysqld
    exec setpriv --reuid=mysql --regid=mysql --init-groups "${BASH_SOURCE[0]}" "$@"
fi

if [ -n "$is_server" ] && [ ! -d /var/lib/mysql/mysql ]; then
    mariadb_env ROOT_PASSWORD; mariadb_env ALLOW_EMPTY_ROOT_PASSWORD
    [ -n "${MYSQL_ALLOW_EMPTY_PASSWORD:-}" ] && MARIADB_ALLOW_EMPTY_ROOT_PASSWORD=$MYSQL_ALLOW_EMPTY_PASSWORD
    mariadb_env RANDOM_ROOT_PASSWORD; mariadb_env ROOT_HOST %
    mariadb_env DATABASE; mariadb_env USER; mariadb_env PASSWORD
    if [ -z "$MARIADB_ROOT_PASSWORD" ] && [ -z "$MARIADB_ALLOW_EMPTY_ROOT_PASSWORD" ] && [ -z "$MARIADB_RANDOM_ROOT_PASSWORD" ]; then
        echo >&2 'error: database is uninitialized and password option is not specified'
        echo >&2 '  You need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD'
        exit 1
    fi
    if [ -n "$MARIADB_RANDOM_ROOT_PASSWORD" ]; then
        MARIADB_ROOT_PASSWORD=$(tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 32)
        echo "GENERATED ROOT PASSWORD: $MARIADB_ROOT_PASSWORD"
    fi
    echo "Initializing database files"
    mariadb-install-db --datadir=/var/lib/mysql --rpm --auth-root-authentication-method=normal \
        --skip-test-db --skip-name-resolve --default-time-zone=SYSTEM > /dev/null
    echo "Starting temporary server"
    "$@" --skip-networking --default-time-zone=SYSTEM --socket=/run/mysqld/mysqld.sock \
        --wsrep_on=OFF --loose-innodb_buffer_pool_load_at_startup=0 &
    pid=$!
    for _ in $(seq 60); do
        mariadb --protocol=socket -uroot -hlocalhost --socket=/run/mysqld/mysqld.sock \
            --database=mysql -e 'SELECT 1' >/dev/null 2>&1 && break
        sleep 0.5
    done
    sql() { mariadb --protocol=socket -uroot -hlocalhost --socket=/run/mysqld/mysqld.sock --binary-mode "$@"; }
    q() { local s=${1//\\/\\\\}; s=${s//\'/\\\'}; printf "'%s'" "$s"; }   # SQL string literal
    {
        echo "SET @@SESSION.SQL_LOG_BIN=0;"
        echo "DROP USER IF EXISTS root@'127.0.0.1', root@'::1';"
        echo "EXECUTE IMMEDIATE CONCAT('DROP USER IF EXISTS root@\\'', @@hostname,'\\'');"
        echo "SET PASSWORD FOR 'root'@'localhost' = PASSWORD($(q "$MARIADB_ROOT_PASSWORD"));"
        if [ "$MARIADB_ROOT_HOST" != localhost ]; then
            echo "CREATE USER 'root'@$(q "$MARIADB_ROOT_HOST") IDENTIFIED BY $(q "$MARIADB_ROOT_PASSWORD");"
            echo "GRANT ALL ON *.* TO 'root'@$(q "$MARIADB_ROOT_HOST") WITH GRANT OPTION;"
            echo "GRANT PROXY ON ''@'%' TO 'root'@$(q "$MARIADB_ROOT_HOST") WITH GRANT OPTION;"
        fi
        [ -n "$MARIADB_DATABASE" ] && echo "CREATE DATABASE IF NOT EXISTS \`$MARIADB_DATABASE\`;"
        if [ -n "$MARIADB_USER" ] && [ -n "$MARIADB_PASSWORD" ]; then
            echo "CREATE USER $(q "$MARIADB_USER")@'%' IDENTIFIED BY $(q "$MARIADB_PASSWORD");"
            [ -n "$MARIADB_DATABASE" ] && echo "GRANT ALL ON \`${MARIADB_DATABASE//_/\\_}\`.* TO $(q "$MARIADB_USER")@'%';"
        fi
        echo "FLUSH PRIVILEGES;"
    } | sql --database=mysql
    export MYSQL_PWD=$MARIADB_ROOT_PASSWORD
    # shellcheck disable=SC1090  # the init scripts are the user's
    for f in /docker-entrypoint-initdb.d/*; do
        case "$f" in
            *.sh) echo "running $f"; . "$f" ;;
            *.sql) echo "running $f"; sql --database="$MARIADB_DATABASE" < "$f" ;;
            *.sql.gz) echo "running $f"; gunzip -c "$f" | sql --database="$MARIADB_DATABASE" ;;
            *) [ -e "$f" ] && echo "ignoring $f" ;;
        esac
    done
    unset MYSQL_PWD
    kill "$pid"; wait "$pid" || true
    echo "MariaDB init process done. Ready for start up."
fi

exec "$@"
