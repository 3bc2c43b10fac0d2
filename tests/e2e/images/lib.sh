# shellcheck shell=bash
# Shared helpers of build-images.sh. Sourced, not run.
DD_STATE_DIR=${DD_STATE_DIR:-/var/lib/directus-desktop-test}
DD_REGISTRY_ADDR=${DD_REGISTRY_ADDR:-127.0.0.1:5000}
DD_IMAGES_DIR=$DD_STATE_DIR/images

log() { printf '[images %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { log "ERROR: $*"; exit 1; }

preflight() {
    [ -n "${DOCKER_HOST:-}" ] || fail "DOCKER_HOST must point at the test engine (tests/services/engine.sh start)"
    docker version >/dev/null 2>&1 || fail "the engine at $DOCKER_HOST does not answer"
    curl -sf "http://$DD_REGISTRY_ADDR/v2/" >/dev/null || fail "no registry at $DD_REGISTRY_ADDR (tests/services/registry.sh start)"
    local t
    for t in node npm debootstrap curl tar; do command -v "$t" >/dev/null || fail "$t is missing (packaging/install-deps.sh --test)"; done
    [ -x /bin/busybox ] || fail "busybox-static is missing (packaging/install-deps.sh --test)"
    local major; major=$(node -p 'process.versions.node.split(".")[0]')
    [ "$major" -ge 18 ] || fail "Node $major on this machine; Directus 10/11 need Node 18+ (20 tested)"
    mkdir -p "$DD_IMAGES_DIR"
    # One build at a time per state dir (a second run waits, then finds the images cached).
    exec 9> "$DD_IMAGES_DIR/.lock"
    if ! flock -n 9; then log "another build-images.sh is running; waiting for it"; flock 9; fi
}

# quiet COMMAND...: runs COMMAND with its output kept aside; shows it only if it fails.
quiet() {
    local out; out=$(mktemp)
    if "$@" > "$out" 2>&1; then rm -f "$out"; return 0; fi
    local rc=$?
    log "failed ($rc): $*"; tail -40 "$out" >&2; rm -f "$out"; return "$rc"
}

# recipe_hash FILE... [-- STRING...]: sha256 (16 hex digits) of the files' contents and the strings.
recipe_hash() {
    local files=() strings=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do files+=("$1"); shift; done
    [ "${1:-}" = -- ] && { shift; strings=("$@"); }
    { for f in "${files[@]}"; do printf '%s\n' "$(basename "$f")"; cat "$f"; done
      printf '%s\n' "${strings[@]}"; } | sha256sum | cut -c1-16
}

# registry_has NAME TAG: the loopback registry lists TAG for NAME (e.g. library/postgres 15).
registry_has() {
    curl -sf "http://$DD_REGISTRY_ADDR/v2/$1/tags/list" | grep -q "\"$2\""
}

# is_current KEY HASH NAME TAG: the marker of KEY holds HASH and the registry has NAME:TAG.
# Both must hold: a wiped registry, or a changed recipe, means a rebuild.
is_current() {
    [ "$(cat "$DD_IMAGES_DIR/$1.hash" 2>/dev/null)" = "$2" ] && registry_has "$3" "$4"
}
mark_current() { printf '%s\n' "$2" > "$DD_IMAGES_DIR/$1.hash"; }

# publish LOCAL_IMAGE NAME TAG: push to the loopback registry as NAME:TAG (library/x for
# official library images), then drop the local registry-prefixed tag.
publish() {
    local ref=$DD_REGISTRY_ADDR/$2:$3 try
    docker tag "$1" "$ref"
    for try in 1 2 3; do
        docker push -q "$ref" >/dev/null && break
        [ "$try" = 3 ] && fail "push of $ref failed 3 times"
        log "push of $ref failed; retrying"; sleep $((try * 5))
    done
    docker rmi "$ref" >/dev/null
    registry_has "$2" "$3" || fail "the registry does not list $2:$3 after the push"
}

# prune_npm_cache NAME...: drop the npm install folders (VERSION-HASH) not named, i.e. those
# of older recipes and of versions no longer built.
prune_npm_cache() {
    local d keep
    for d in "$DD_STATE_DIR/npm"/*; do
        [ -d "$d" ] || continue
        [[ $(basename "$d") =~ ^[0-9][0-9.]*-[0-9a-f]{16}$ ]] || continue
        for keep in "$@"; do [ "$(basename "$d")" = "$keep" ] && continue 2; done
        log "removing the outdated npm cache $(basename "$d")"; rm -rf "$d"
    done
}
