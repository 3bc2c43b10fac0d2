#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts or stops the loopback registry (127.0.0.1:5000) that holds the test
# images under their official names. Its storage persists between runs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"

ping_registry() { curl -sf "http://$DD_REGISTRY_ADDR/v2/" >/dev/null; }

start() {
    mkdir -p "$DD_REGISTRY_DIR/storage"
    if ping_registry; then
        log "registry already answering on $DD_REGISTRY_ADDR"
        return 0
    fi
    cat > "$DD_REGISTRY_DIR/config.yml" <<YAML
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $DD_REGISTRY_DIR/storage
  delete:
    enabled: true
http:
  addr: $DD_REGISTRY_ADDR
YAML
    nohup docker-registry serve "$DD_REGISTRY_DIR/config.yml" > "$DD_REGISTRY_DIR/registry.log" 2>&1 &
    echo $! > "$DD_REGISTRY_DIR/registry.pid"
    if ! wait_for 30 ping_registry; then
        log "registry did not answer; its log:"; tail -20 "$DD_REGISTRY_DIR/registry.log" >&2; exit 1
    fi
    log "registry started on $DD_REGISTRY_ADDR"
}

stop() {
    [ -f "$DD_REGISTRY_DIR/registry.pid" ] || { log "registry not started by us; left alone"; return 0; }
    kill "$(cat "$DD_REGISTRY_DIR/registry.pid")" 2>/dev/null || true
    rm -f "$DD_REGISTRY_DIR/registry.pid"
    log "registry stopped"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
