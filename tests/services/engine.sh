#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts or stops the private Docker engine the tests use.
#   engine.sh start   -> prints DOCKER_HOST=unix://... on stdout
#   engine.sh stop
# It is a dockerd of its own (own socket, data root, pid file and address pool),
# so a contributor's own Docker is never reconfigured, and it pulls docker.io
# names through the loopback registry (registry-mirrors).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"

ping_engine() { curl -sf --unix-socket "$DD_ENGINE_SOCK" http://engine/_ping | grep -q OK; }

start() {
    mkdir -p "$DD_ENGINE_DIR"
    if ping_engine; then
        log "engine already running on $DD_ENGINE_SOCK"
    else
        local pidfile=$DD_ENGINE_DIR/docker.pid
        if [ -f "$pidfile" ]; then
            local pid; pid=$(cat "$pidfile" 2>/dev/null || true)
            if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
                log "engine pid $pid alive but not answering; stopping it"
                kill "$pid" || true
                wait_for 30 sh -c "! kill -0 $pid 2>/dev/null" || kill -9 "$pid" || true
            fi
            rm -f "$pidfile"    # stale pid file from a crashed or killed run
        fi
        rm -f "$DD_ENGINE_SOCK"
        echo '{}' > "$DD_ENGINE_DIR/daemon.json"
        # Another address pool than a system engine's 172.17/16, so that engine's
        # firewall rules cannot drop traffic between our containers.
        nohup dockerd \
            --config-file "$DD_ENGINE_DIR/daemon.json" \
            --data-root "$DD_ENGINE_DIR/root" \
            --exec-root "$DD_ENGINE_DIR/exec" \
            --pidfile "$pidfile" \
            -H "unix://$DD_ENGINE_SOCK" \
            --bip 172.29.250.1/24 \
            --default-address-pool base=172.29.0.0/16,size=24 \
            --registry-mirror "http://$DD_REGISTRY_ADDR" \
            --log-level warn \
            > "$DD_ENGINE_DIR/dockerd.log" 2>&1 &
        if ! wait_for 60 ping_engine; then
            log "dockerd did not answer within 60 s; its log:"
            tail -30 "$DD_ENGINE_DIR/dockerd.log" >&2
            exit 1
        fi
        touch "$DD_ENGINE_DIR/started-by-us"
        log "engine started on $DD_ENGINE_SOCK"
    fi
    echo "DOCKER_HOST=unix://$DD_ENGINE_SOCK"
}

stop() {
    local pidfile=$DD_ENGINE_DIR/docker.pid
    [ -f "$DD_ENGINE_DIR/started-by-us" ] || { log "engine not started by us; left alone"; return 0; }
    if [ -f "$pidfile" ]; then
        local pid; pid=$(cat "$pidfile")
        kill "$pid" 2>/dev/null || true
        wait_for 30 sh -c "! kill -0 $pid 2>/dev/null" || kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$DD_ENGINE_DIR/started-by-us"
    log "engine stopped"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
