# SPDX-License-Identifier: GPL-3.0-or-later
# Shared settings for the scripts that start the test peers. Sourced, not run.
# State lives outside the clone so that images, the registry and the engine's
# layers are reused between runs (keyed by version, see tests/e2e/images).
DD_STATE_DIR=${DD_STATE_DIR:-/var/lib/directus-desktop-test}
DD_ENGINE_DIR=$DD_STATE_DIR/engine
DD_ENGINE_SOCK=$DD_ENGINE_DIR/docker.sock
DD_REGISTRY_DIR=$DD_STATE_DIR/registry
DD_REGISTRY_ADDR=${DD_REGISTRY_ADDR:-127.0.0.1:5000}

log() { printf '[services] %s\n' "$*" >&2; }

# wait_for SECONDS COMMAND...: retry COMMAND every 0.2 s until it succeeds.
wait_for() {
    local deadline=$(( $(date +%s) + $1 )); shift
    until "$@" >/dev/null 2>&1; do
        [ "$(date +%s)" -ge "$deadline" ] && return 1
        sleep 0.2
    done
}
