#!/usr/bin/env bash
# Image recipe for one Directus version: assembles a root filesystem around an npm
# install made by npm-install.sh and imports it into the engine as IMAGE.
#   rootfs.sh VERSION NPM_DIR IMAGE [LABEL=VALUE...]
#
# What it reproduces of the official directus/directus image (what the app relies on):
#   user node, uid/gid 1000 (home /home/node); WORKDIR /directus; EXPOSE 8055;
#   the official ENV defaults of the version's Dockerfile (v9: DB_CLIENT, DB_FILENAME,
#   EXTENSIONS_PATH, STORAGE_LOCAL_ROOT; v10+: DB_CLIENT, DB_FILENAME, NODE_ENV,
#   NPM_CONFIG_UPDATE_NOTIFIER); /directus/{uploads,database,extensions} (and all of
#   /directus) owned by 1000:1000; v9's VOLUME of those three folders (v10+ has none);
#   /directus/cli.js; /directus/package.json with name "directus" and the version;
#   a shell-form CMD that runs bootstrap, then start; /bin/sh and wget (busybox) for
#   `wget --spider -q http://localhost:8055/server/ping` healthchecks.
# What it does not reproduce (see README.md):
#   the base is not node:*-alpine (musl) but glibc with the host's Node 20 (v9's image had
#   Node 16, v10+ Node 18/22); no npm/npx/yarn, no pm2 (v10+ runs `pm2-runtime start
#   ecosystem.config.cjs`; here `node cli.js start` runs directly, so PM2_* variables do
#   nothing); v9 runs `npx directus` in the official image, here `node cli.js`; the
#   install is npm's tree of the published `directus` package (not the pnpm-deployed
#   build of the monorepo); sharp 0.33 instead of 0.32 for 9.x; no ssmtp/tzdata (v9);
#   the node_modules layout differs.
set -euo pipefail
version=$1 npm_dir=$2 image=$3; shift 3
busybox=/bin/busybox
[ -x "$busybox" ] && "$busybox" --list | grep -qx wget || { echo "[directus] needs busybox-static" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/dd-directus.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir -p "$root"/{bin,etc,tmp,home/node,usr/bin,directus}
chmod 1777 "$root/tmp"

# busybox: /bin/sh, wget and the usual tools.
cp "$busybox" "$root/bin/busybox"
for applet in $("$busybox" --list); do
    [ -e "$root/bin/$applet" ] || ln -s busybox "$root/bin/$applet"
done
cp /usr/bin/node "$root/usr/bin/node"

# The Directus install, owned by node (directus writes to node_modules/.directus).
cp -a "$npm_dir/node_modules" "$root/directus/node_modules"
# Build leftovers of the native modules (object files, intermediates) are not needed.
find "$root/directus/node_modules" -type d \( -name obj.target -o -name .deps -o -name 'build-tmp-*' \) -prune -exec rm -rf {} +
find "$root/directus/node_modules" -path '*/build/Release/obj' -prune -exec rm -rf {} +
mkdir -p "$root/directus"/{uploads,database,extensions}
ln -s node_modules/directus/cli.js "$root/directus/cli.js"
node -e '
  const fs = require("fs");
  const p = JSON.parse(fs.readFileSync(process.argv[1] + "/node_modules/directus/package.json"));
  if (p.version !== process.argv[2]) { console.error("directus " + p.version + " != " + process.argv[2]); process.exit(1); }
  const out = { name: "directus", version: p.version, private: true, dependencies: { directus: p.version } };
  fs.writeFileSync(process.argv[1] + "/package.json", JSON.stringify(out, null, 2) + "\n");
' "$root/directus" "$version"

# Shared libraries of node and of every native module (those shipped inside node_modules
# are found there through their rpath; musl variants are skipped).
{
    ldd /usr/bin/node
    find "$root/directus/node_modules" -type f \( -name '*.node' -o -name '*.so' -o -name '*.so.*' \) -print0 |
        xargs -0 -r -n 20 ldd 2>/dev/null || true
} | awk '$2 == "=>" && $3 ~ /^\// { print $3 }' | grep -v "^$root/" | sort -u > "$work/libs"
echo /lib64/ld-linux-x86-64.so.2 >> "$work/libs"
while read -r lib; do
    cp --parents -L "$lib" "$root/"
done < "$work/libs"

cat > "$root/etc/passwd" <<'P'
root:x:0:0:root:/root:/bin/sh
node:x:1000:1000:Linux User,,,:/home/node:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
P
cat > "$root/etc/group" <<'G'
root:x:0:
node:x:1000:
nogroup:x:65534:
G
echo 'hosts: files dns' > "$root/etc/nsswitch.conf"
chown -R 1000:1000 "$root/directus" "$root/home/node"

cfg=(-c 'USER node' -c 'WORKDIR /directus' -c 'EXPOSE 8055'
     -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
     -c 'ENV DB_CLIENT=sqlite3' -c 'ENV DB_FILENAME=/directus/database/database.sqlite')
case "$version" in
    9.*) cfg+=(-c 'ENV EXTENSIONS_PATH=/directus/extensions' -c 'ENV STORAGE_LOCAL_ROOT=/directus/uploads'
               -c 'VOLUME ["/directus/database", "/directus/extensions", "/directus/uploads"]') ;;
    *)   cfg+=(-c 'ENV NODE_ENV=production' -c 'ENV NPM_CONFIG_UPDATE_NOTIFIER=false') ;;
esac
cfg+=(-c 'CMD ["/bin/sh", "-c", "node /directus/cli.js bootstrap && exec node /directus/cli.js start"]')
for l in "$@"; do cfg+=(-c "LABEL $l"); done
tar -C "$root" --numeric-owner -c . | docker import "${cfg[@]}" - "$image" >/dev/null
