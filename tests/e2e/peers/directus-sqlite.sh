#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck disable=SC2046  # $(directus_env ...) prints -e NAME=VALUE words without spaces: split on purpose
# peers/directus-sqlite: each real Directus test image (9.26.0, 10.13.4, 11.1.2; with
# DD_PEERS_DIRECTUS the current ones, 11.17.4, 12.4.0 and 12.4.0-dhi), pulled by
# its official name through the mirror, has the official image's contract (user node
# 1000:1000, WORKDIR /directus, port 8055, ENV defaults, owned data folders, package.json
# version, Node major, the shape: shell, npm/npx, none of them) and, on its default SQLite database, answers /server/ping with pong, and
# /auth/login with ADMIN_EMAIL/ADMIN_PASSWORD with a token. The three boot side by side.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
require_engine

native_smoke='
const r = require("module").createRequire("/directus/node_modules/directus/package.json");
const need = ["sqlite3", "argon2", "sharp"];
try { r.resolve("isolated-vm"); need.push("isolated-vm"); } catch {}
for (const m of need) r(m);
(async () => {
  const sharp = r("sharp");
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#f00" } }).png().toBuffer();
  const meta = await sharp(await sharp(png).resize(2).toBuffer()).metadata();
  if (meta.width !== 2) throw new Error("sharp resize gave width " + meta.width);
  if (need.includes("isolated-vm")) {
    const ivm = r("isolated-vm");
    const ctx = new ivm.Isolate({ memoryLimit: 16 }).createContextSync();
    if (ctx.evalSync("6 * 7") !== 42) throw new Error("isolated-vm evaluation");
  }
  console.log("native modules load and work: " + need.join(", "));
})().catch((e) => { console.error(e.stack || e); process.exit(1); });'

# The healthcheck the app gives Directus containers: node asks /server/ping (no wget needed).
node_ping='require("http").get("http://127.0.0.1:8055/server/ping", (r) => process.exit(r.statusCode === 200 ? 0 : 1)).on("error", () => process.exit(1))'

# A 4x4 red PNG.
png_b64=iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGP4z8AARwzEcQCukw/x0F8jngAAAABJRU5ErkJggg==

declare -A cid
for v in "${DIRECTUS_VERSIONS[@]}"; do
    img=directus/directus:$v
    pull "$img" fresh || continue
    # Image configuration.
    cfg=$(docker image inspect -f '{{.Config.User}}|{{.Config.WorkingDir}}|{{range $p, $_ := .Config.ExposedPorts}}{{$p}}{{end}}' "$img")
    [ "$cfg" = "node|/directus|8055/tcp" ] && ok "$img: USER node, WORKDIR /directus, EXPOSE 8055" ||
        bad "$img: user|workdir|ports = $cfg (want node|/directus|8055/tcp)"
    env=$(docker image inspect -f '{{range .Config.Env}}{{.}} {{end}}' "$img")
    for e in DB_CLIENT=sqlite3 DB_FILENAME=/directus/database/database.sqlite; do
        case " $env" in *" $e "*) ;; *) bad "$img: ENV $e missing (has: $env)" ;; esac
    done
    case $v in 9.*) want_env="EXTENSIONS_PATH=/directus/extensions STORAGE_LOCAL_ROOT=/directus/uploads" ;;
               *)   want_env="NODE_ENV=production NPM_CONFIG_UPDATE_NOTIFIER=false" ;; esac
    for e in $want_env; do
        case " $env" in *" $e "*) ;; *) bad "$img: ENV $e missing (has: $env)" ;; esac
    done
    cid[$v]=$(run "sqlite-${v//./-}" -p 127.0.0.1::8055 $(directus_env "$v") "$img")
done

for v in "${DIRECTUS_VERSIONS[@]}"; do
    c=${cid[$v]:-}; [ -n "$c" ] || continue
    img=directus/directus:$v
    port=$(wait_directus "$c") || continue
    ok "$img (SQLite): /server/ping = pong on 127.0.0.1:$port"
    token=$(check_login "$c" "$port" "$img (SQLite)") || continue
    # A real upload into /directus/uploads, then an asset transformation (sharp).
    printf '%s' "$png_b64" | base64 -d > "$PEERS_TMP/red.png"
    out=$(curl -s -m 30 -H "Authorization: Bearer $token" -F "file=@$PEERS_TMP/red.png;type=image/png" \
        "http://127.0.0.1:$port/files")
    fid=$(sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p' <<<"$out")
    if [ -n "$fid" ]; then
        ok "$img: POST /files stored an upload"
        got=$(curl -s -m 30 -o "$PEERS_TMP/t.out" -w '%{http_code} %{content_type}' \
            -H "Authorization: Bearer $token" "http://127.0.0.1:$port/assets/$fid?width=2&height=2&format=webp")
        [ "$got" = "200 image/webp" ] && [ -s "$PEERS_TMP/t.out" ] && ok "$img: /assets transformed the upload to 2x2 webp (sharp)" ||
            bad "$img: /assets/$fid?width=2&format=webp gave $got"
    else bad "$img: POST /files gave: $out"; fi
    # Inside the container, with node (the one program every shape has): the user, the data
    # folders, package.json.
    inside=$(docker exec "$c" node -e '
      const fs = require("fs");
      const o = (p) => { const s = fs.statSync(p); return s.uid + ":" + s.gid; };
      const own = [...new Set(["/directus/uploads", "/directus/database", "/directus/extensions"].map(o))].join(",");
      const pj = JSON.parse(fs.readFileSync("/directus/package.json"));
      console.log([process.getuid() + ":" + process.getgid(), own, pj.name + "@" + pj.version, process.versions.node.split(".")[0]].join(" "));' 2>&1)
    read -r ids owners pkg node_major <<< "$inside"
    [ "$ids" = 1000:1000 ] && ok "$img: runs as 1000:1000" || bad "$img: runs as $ids, not 1000:1000 ($inside)"
    [ "$owners" = 1000:1000 ] && ok "$img: uploads, database, extensions owned by 1000:1000" ||
        bad "$img: data folders owned by $owners"
    # A shape suffix (12.4.0-dhi) is the image's, not Directus' version.
    [ "$pkg" = "directus@${v%-dhi}" ] && ok "$img: /directus/package.json says directus ${v%-dhi}" || bad "$img: /directus/package.json says $pkg"
    # Directus 11.4+ needs Node 22 (engines.node >= 22).
    want_node=20; case $v in 11.[4-9]*|11.1[0-9]*|1[2-9].*) want_node=22 ;; esac
    [ "$node_major" = "$want_node" ] && ok "$img: Node $node_major" || bad "$img: Node $node_major, want $want_node"
    # The app's healthcheck (node, no wget) works in every shape.
    docker exec "$c" node -e "$node_ping" && ok "$img: the node healthcheck passes inside the container" ||
        bad "$img: the node healthcheck failed inside the container"
    # The shapes of the official images: a shell and wget up to the distroless -dhi tags;
    # npm and npx up to 12.0, none in the hardened 12.1+ images; nothing but node in -dhi.
    case $v in
        *-dhi)
            docker exec "$c" /bin/sh -c true >/dev/null 2>&1 && bad "$img: /bin/sh runs (the no-shell image has a shell)" ||
                ok "$img: no /bin/sh"
            docker exec "$c" node -e 'const fs = require("fs"); process.exit(["/bin/sh", "/bin/busybox", "/usr/bin/wget", "/bin/wget", "/usr/local/bin/npm", "/usr/local/bin/npx"].some((p) => fs.existsSync(p)) ? 1 : 0)' &&
                ok "$img: no shell, busybox, wget, npm or npx in the file system" || bad "$img: a shell tool is in the no-shell image"
            ;;
        *)
            docker exec "$c" wget --spider -q http://localhost:8055/server/ping && ok "$img: wget healthcheck inside the container" ||
                bad "$img: wget --spider http://localhost:8055/server/ping failed inside the container"
            if version_lt "$v" 12.1.0; then
                case $v in 11.1[3-9]*|12.0.*)
                    out=$(docker exec "$c" sh -c 'npm --version && npx --version' 2>&1) && ok "$img: npm and npx run ($(tr '\n' ' ' <<< "$out"))" ||
                        bad "$img: npm/npx do not run: $out" ;;
                esac
            else
                docker exec "$c" sh -c 'command -v npm || command -v npx' >/dev/null 2>&1 && bad "$img: npm or npx in the hardened image" ||
                    ok "$img: no npm, no npx (hardened)"
            fi
            ;;
    esac
    # The native modules work inside the image: sqlite3 and argon2 (used above), sharp
    # resizes an image, isolated-vm (10+, Flows scripts) runs code in an isolate.
    out=$(docker exec "$c" node -e "$native_smoke" 2>&1) && ok "$img: $out" || bad "$img: native modules: $out"
    docker exec "$c" node /directus/cli.js --version >/dev/null 2>&1 && ok "$img: node /directus/cli.js runs" ||
        bad "$img: node /directus/cli.js --version failed"
done
finish
