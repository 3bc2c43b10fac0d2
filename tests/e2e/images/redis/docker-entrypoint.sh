#!/bin/sh
# Entry point of the redis:7 test image (Debian's redis-server 7.0), as the official one:
# `docker run redis:7 [redis-server ARGS]` runs the server in /data as the redis user;
# any other command runs as given. The official image's redis-server has protected mode
# off by default (it is built so); Debian's has it on, so it is turned off here unless
# the arguments or the given configuration file set it.
set -e
if [ "${1#-}" != "$1" ] || [ "${1%.conf}" != "$1" ]; then set -- redis-server "$@"; fi
if [ "$1" = redis-server ]; then
    case " $* " in
        *protected-mode*) ;;
        *) if [ "${2%.conf}" != "${2:-}" ] && [ -f "$2" ] && grep -q '^[[:space:]]*protected-mode' "$2"; then :;
           else set -- "$@" --protected-mode no; fi ;;
    esac
    if [ "$(id -u)" = 0 ]; then
        find . \! -user redis -exec chown redis '{}' + 2>/dev/null || true
        exec setpriv --reuid=redis --regid=redis --init-groups "$0" "$@"
    fi
fi
exec "$@"
