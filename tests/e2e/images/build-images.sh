#!/usr/bin/env bash
# Builds (or reuses) the real test peers and publishes them to the loopback registry under
# their official names, so the engine pulls them through its registry mirror:
#   directus/directus:9.26.0, :10.13.4, :11.1.2   real Directus from the npm registry
#   directus/directus:10.99.0-broken              10.13.4 + one migration that fails
#   postgis/postgis:15-3.3, postgres:15           PostgreSQL 15 + PostGIS 3.3 (Debian)
#   mariadb:10.11                                 MariaDB 10.11 (Debian)
#   redis:7                                       Redis 7.0 (Debian)
# Idempotent. Each image has a recipe hash (sha256 of the files that define it plus its
# version); it is rebuilt only when the hash changed or the registry lost the tag. The npm
# installs and the Debian root filesystems are cached on disk by their own recipe hashes.
# See README.md beside this file.
#
# Environment: DOCKER_HOST (the test engine), DD_STATE_DIR (default
# /var/lib/directus-desktop-test), DD_REGISTRY_ADDR (default 127.0.0.1:5000),
# DD_IMAGES="directus-9.26.0 postgres ..." to build only some (default: all),
# DD_IMAGES_FORCE=1 to rebuild even when cached.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

directus_versions=(9.26.0 10.13.4 11.1.2)
broken_base=10.13.4
broken_tag=10.99.0-broken
all=(directus-9.26.0 postgres redis directus-10.13.4 directus-11.1.2 mariadb directus-broken)
read -r -a want <<< "${DD_IMAGES:-${all[*]}}"
wanted() { local w; for w in "${want[@]}"; do [ "$w" = "$1" ] && return 0; done; return 1; }

preflight
t_all=$(date +%s)

# ---- Directus: npm installs first (the slow part), two at a time -----------------------
# The host's Node is part of the recipe: the native modules are built for its ABI, and the
# images carry its binary.
node_abi=$(node -p 'process.versions.modules') node_version=$(node --version)
npm_hash=$(recipe_hash "$here/directus/npm-install.sh" -- "node-abi-$node_abi")
npm_dir_of() { echo "$DD_STATE_DIR/npm/$1-$npm_hash"; }
directus_hash() {   # VERSION
    recipe_hash "$here/directus/npm-install.sh" "$here/directus/rootfs.sh" -- "directus-$1" "node-$node_version"
}
broken_hash=$(recipe_hash "$here/directus/broken/Dockerfile" "$here/directus/broken/"*.js -- \
    "directus-broken-$broken_base-$(directus_hash "$broken_base")")

need_npm=()
for v in "${directus_versions[@]}"; do
    wanted "directus-$v" || continue
    [ -d "$(npm_dir_of "$v")/node_modules/directus" ] && continue
    if [ "${DD_IMAGES_FORCE:-0}" = 1 ] || ! is_current "directus-$v" "$(directus_hash "$v")" directus/directus "$v"; then
        need_npm+=("$v")
    fi
done
npm_one() {   # VERSION: one npm install, its log kept under the state dir
    local v=$1 s; s=$(date +%s)
    log "npm install directus@$v (cached afterwards as npm/$(basename "$(npm_dir_of "$v")"))"
    if bash "$here/directus/npm-install.sh" "$v" "$(npm_dir_of "$v")" > "$DD_IMAGES_DIR/logs/npm-$v.log" 2>&1; then
        log "npm install directus@$v done in $(( $(date +%s) - s )) s"
    else
        log "npm install directus@$v FAILED; last lines of its log:"; tail -30 "$DD_IMAGES_DIR/logs/npm-$v.log" >&2
    fi
}
npm_pid=
if [ ${#need_npm[@]} -gt 0 ]; then
    mkdir -p "$DD_STATE_DIR/npm" "$DD_IMAGES_DIR/logs"
    # In the background while the Debian images build; two at a time (the native builds,
    # isolated-vm above all, take a core each; memory stays well under 2 GB each).
    (
        for v in "${need_npm[@]}"; do
            npm_one "$v" &
            [ "$(jobs -rp | wc -l)" -ge 2 ] && wait -n || true
        done
        wait
    ) &
    npm_pid=$!
fi

# ---- Debian-based images, built while npm works ------------------------------------------
build_debian_image() {   # KEY NAME:TAG... -- ROOTFS_PKGS SERVICE_USER RECIPE_DIR
    local key=$1; shift
    local names=() ; while [ "$1" != -- ]; do names+=("$1"); shift; done; shift
    local pkgs=$1 user=$2 dir=$3
    local base_hash hash
    base_hash=$(recipe_hash "$here/debian/rootfs.sh" -- "$pkgs" "$user")
    hash=$(recipe_hash "$here/debian/rootfs.sh" "$dir"/* -- "$key" "$pkgs" "$user")
    local all_current=1 n
    for n in "${names[@]}"; do is_current "$key" "$hash" "${n%%:*}" "${n##*:}" || all_current=0; done
    if [ "$all_current" = 1 ] && [ "${DD_IMAGES_FORCE:-0}" != 1 ]; then
        log "$key: ${names[*]} up to date (recipe $hash)"; return 0
    fi
    local s; s=$(date +%s)
    local tarball=$DD_IMAGES_DIR/rootfs/$key-$base_hash.tar
    if [ ! -f "$tarball" ]; then
        log "$key: debootstrap bookworm + $pkgs"
        mkdir -p "$DD_IMAGES_DIR/rootfs"
        rm -f "$DD_IMAGES_DIR/rootfs/$key"-*.tar     # older recipes
        DD_DEB_CACHE=$DD_IMAGES_DIR/debs bash "$here/debian/rootfs.sh" "$tarball" "$user" "$pkgs"
    fi
    docker import "$tarball" "dd-build/$key-base:$base_hash" >/dev/null
    bash "$dir/build.sh" "dd-build/$key-base:$base_hash" "$hash" "${names[@]}"
    docker rmi "dd-build/$key-base:$base_hash" >/dev/null 2>&1 || true
    mark_current "$key" "$hash"
    log "$key: built and published ${names[*]} in $(( $(date +%s) - s )) s"
}

if wanted postgres; then
    build_debian_image postgres postgis/postgis:15-3.3 library/postgres:15 -- \
        postgresql-15,postgresql-15-postgis-3 postgres "$here/postgres"
fi
if wanted redis; then
    build_debian_image redis library/redis:7 -- redis-server redis "$here/redis"
fi
if wanted mariadb; then
    build_debian_image mariadb library/mariadb:10.11 -- mariadb-server,mariadb-client mysql "$here/mariadb"
fi

# wait_npm VERSION: until that version's install is done (the others may still run).
wait_npm() {
    local d; d=$(npm_dir_of "$1")/node_modules/directus
    while [ ! -d "$d" ] && [ -n "$npm_pid" ] && kill -0 "$npm_pid" 2>/dev/null; do sleep 2; done
    [ -d "$d" ] || fail "npm install of directus@$1 failed (see above)"
}

# ---- Directus images ---------------------------------------------------------------------
for v in "${directus_versions[@]}"; do
    wanted "directus-$v" || continue
    hash=$(directus_hash "$v")
    if is_current "directus-$v" "$hash" directus/directus "$v" && [ "${DD_IMAGES_FORCE:-0}" != 1 ]; then
        log "directus/directus:$v up to date (recipe $hash)"; continue
    fi
    wait_npm "$v"
    s=$(date +%s)
    bash "$here/directus/rootfs.sh" "$v" "$(npm_dir_of "$v")" "dd-build/directus:$v" \
        "org.directusdesktop.recipe=$hash" "org.directusdesktop.test-image=directus-$v"
    publish "dd-build/directus:$v" directus/directus "$v"
    mark_current "directus-$v" "$hash"
    log "directus/directus:$v built and published in $(( $(date +%s) - s )) s"
done

if wanted directus-broken; then
    if is_current directus-broken "$broken_hash" directus/directus "$broken_tag" && [ "${DD_IMAGES_FORCE:-0}" != 1 ]; then
        log "directus/directus:$broken_tag up to date (recipe $broken_hash)"
    else
        s=$(date +%s)
        is_current "directus-$broken_base" "$(directus_hash "$broken_base")" directus/directus "$broken_base" ||
            fail "directus/directus:$broken_base must be built first (DD_IMAGES must include directus-$broken_base)"
        quiet env DOCKER_BUILDKIT=0 docker build -q --pull --build-arg "BASE=$DD_REGISTRY_ADDR/directus/directus:$broken_base" \
            --label "org.directusdesktop.recipe=$broken_hash" --label org.directusdesktop.test-image=directus-broken \
            -t "dd-build/directus:$broken_tag" "$here/directus/broken" >/dev/null
        publish "dd-build/directus:$broken_tag" directus/directus "$broken_tag"
        mark_current directus-broken "$broken_hash"
        log "directus/directus:$broken_tag built and published in $(( $(date +%s) - s )) s"
    fi
fi

[ -n "$npm_pid" ] && { wait "$npm_pid" || true; }
# The build tags are not kept: the tests pull the official names through the mirror.
for v in "${directus_versions[@]}" "$broken_tag"; do docker rmi "dd-build/directus:$v" >/dev/null 2>&1 || true; done
docker rmi "$DD_REGISTRY_ADDR/directus/directus:$broken_base" >/dev/null 2>&1 || true
prune_npm_cache "$npm_hash"
log "all test images ready in $(( $(date +%s) - t_all )) s"
