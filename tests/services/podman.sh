#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts or stops a Podman service with the Docker-compatible API, for running the
# engine tests against a second engine. It pulls docker.io names through the same
# loopback registry (a registries.conf of its own; the system's is not touched).
#   podman.sh start   -> prints DD_PODMAN_HOST=unix://... on stdout
#   podman.sh stop
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"
dir=$DD_STATE_DIR/podman
sock=$dir/podman.sock

ping_podman() { curl -sf --unix-socket "$sock" http://podman/_ping | grep -q OK; }

start() {
    command -v podman >/dev/null || { log "podman is not installed"; exit 1; }
    mkdir -p "$dir"
    cat > "$dir/registries.conf" <<CONF
unqualified-search-registries = ["docker.io"]
[[registry]]
prefix = "docker.io"
location = "docker.io"
[[registry.mirror]]
location = "$DD_REGISTRY_ADDR"
insecure = true
CONF
    # Events go to a file: the default (journald) is not there in a container or CI box,
    # and then GET /events stays silent.
    cat > "$dir/containers.conf" <<CONF
[engine]
events_logger = "file"
events_logfile_path = "$dir/events.log"
CONF
    if ! ping_podman; then
        rm -f "$sock"
        CONTAINERS_CONF=$dir/containers.conf CONTAINERS_REGISTRIES_CONF=$dir/registries.conf nohup podman \
            --root "$dir/root" --runroot "$dir/run" \
            system service --time=0 "unix://$sock" > "$dir/podman.log" 2>&1 &
        echo $! > "$dir/podman.pid"
        wait_for 30 ping_podman || { log "podman did not answer"; tail -20 "$dir/podman.log" >&2; exit 1; }
        log "podman service started on $sock"
    fi
    echo "DD_PODMAN_HOST=unix://$sock"
}

stop() {
    [ -f "$dir/podman.pid" ] || return 0
    kill "$(cat "$dir/podman.pid")" 2>/dev/null || true
    rm -f "$dir/podman.pid"
    log "podman service stopped"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
