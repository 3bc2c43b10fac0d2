#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e/cli takeover-guide-stack: a stack made the Directus guide's way (its docker-compose.yml,
# brought up with Debian's docker-compose 1.29) is taken over by `import FILE --yes` with its
# data where it is: the same item and file are served afterwards, the database's data folder is
# the same folder (same inode), the named volumes are the same volumes, the file's secrets are
# in the secret store and nowhere in the data folder, and the taken-over instance upgrades,
# backs up and restores like one the app made. Variants (DD_E2E_TAKEOVER, default both):
#   pg      the guide's PostgreSQL/PostGIS + Redis file with bind folders, Directus $DD_E2E_FROM
#           (10.13.4), upgraded to $DD_E2E_TO (11.17.4); its export, brought up by docker-compose
#           after `remove`, serves the same data.
#   sqlite  SQLite on named volumes of the file's own names, Directus $DD_E2E_SQLITE_TAG (12.4.0):
#           a take-over that fails puts the stack back; one killed midway is finished by `recover`.
# Real engine, real images; exit 77 when a peer is missing.
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

FROM=${DD_E2E_FROM:-10.13.4}
TO=${DD_E2E_TO:-11.17.4}
SQLITE_TAG=${DD_E2E_SQLITE_TAG:-12.4.0}
VARIANTS=${DD_E2E_TAKEOVER:-pg sqlite}
command -v docker-compose >/dev/null || { echo '*** E2E TEST NOT RUN: docker-compose is missing'; exit 77; }
require_peers postgis/postgis:15-3.3 redis:7 "directus/directus:$FROM" "directus/directus:$TO" "directus/directus:$SQLITE_TAG"
BACKUPS=$E2E_TMP/backups
# shellcheck source=../guide-stack.sh
. "$here/../guide-stack.sh"
KEY=$GUIDE_KEY
SECRET=$GUIDE_SECRET
ADMIN_PASSWORD=$GUIDE_ADMIN_PASSWORD
# A password the user added to the guide's file (not one the app manages): it must reach the
# secret store and the container, never the instance file.
SMTP_PASSWORD=smtp-e2e-5ecret

# guide_up PROJECT DIR SERVICES...: docker-compose up, the database first (the guide's
# depends_on waits for nothing, so a fresh PostgreSQL makes Directus exit: its users run up again).
guide_up() {
    local p=$1 dir=$2
    shift 2
    if [ $# -gt 0 ]; then
        docker-compose -p "$p" -f "$dir/docker-compose.yml" up -d "$@" >> "$E2E_TMP/up.log" 2>&1 || return 1
        wait_pg "$p-database" || return 1
    fi
    docker-compose -p "$p" -f "$dir/docker-compose.yml" up -d >> "$E2E_TMP/up.log" 2>&1
}
wait_pg() {
    local i
    for i in $(seq 1 60); do docker exec "$1" pg_isready -h 127.0.0.1 -U directus -d directus >/dev/null 2>&1 && return 0; sleep 2; done
    return 1
}
wait_ping() {
    local i
    for i in $(seq 1 90); do ping_ok && return 0; sleep 2; done
    return 1
}
guide_login() { EMAIL=admin@example.com; PASSWORD=$ADMIN_PASSWORD; token || true; }
container_env() { docker inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$1"; }
mount_source() { docker inspect -f "{{range .Mounts}}{{if eq .Destination \"$2\"}}{{if .Name}}{{.Name}}{{else}}{{.Source}}{{end}}{{end}}{{end}}" "$1"; }
no_secret_in_data() {
    if grep -rqs -e "$ADMIN_PASSWORD" -e "$KEY" -e "$SECRET" -e "$SMTP_PASSWORD" "$DD_DATA_DIR"; then bad "$1: a secret of the file is in $DD_DATA_DIR"
    else ok "$1: none of the file's secrets is in the data folder"; fi
}

# The take-over itself, shared by both variants: refused without consent, done with --yes.
# stack_summary LABEL PROJECT: the containers and their mounts, printed for the issue note's
# before/after picture.
stack_summary() {
    local c
    for c in $(containers_of "$2"); do
        say "$1: $c $(docker inspect -f '{{.Config.Image}} {{range .Mounts}}{{if .Name}}{{.Name}}{{else}}{{.Source}}{{end}}:{{.Destination}} {{end}}' "$c")"
    done
}

take_over() {
    local label=$1 p=$2 dir=$3 before
    before=$(containers_of "$p")
    stack_summary "$label before" "$p"
    rc=0; cli import "$dir/docker-compose.yml" --name "$p" < /dev/null || rc=$?
    [ "$rc" = 1 ] && grep -q -- "--yes" "$E2E_TMP/cli.out" && ok "$label: without --yes nothing is done (exit 1, asks for --yes)" ||
        bad "$label: import without --yes exited $rc"
    grep -q "data stays where it is" "$E2E_TMP/cli.out" && ok "$label: the plan says where the data stays" || bad "$label: no plan printed"
    [ "$(containers_of "$p")" = "$before" ] && [ -z "$(ls "$DD_DATA_DIR"/instances 2>/dev/null)" ] &&
        ok "$label: the stack and the data folder are unchanged" || bad "$label: changed without consent: $(containers_of "$p")"
    started=$SECONDS
    if cli import "$dir/docker-compose.yml" --name "$p" --yes; then ok "$label: import --yes exited 0 ($((SECONDS - started)) s)"
    else bad "$label: import --yes failed"; return 1; fi
    stack_summary "$label after" "$p"
    say "$label after: secrets in the store: $("$DD_CLI" credentials "$p" --json >/dev/null 2>&1 && echo yes || echo no); instance file: $(ls "$DD_DATA_DIR"/instances)"
    [ -z "$(ls -A "$DD_DATA_DIR/journal" 2>/dev/null)" ] && ok "$label: journal cleared" || bad "$label: journal left"
    docker ps -a --format '{{.Names}}' | grep -q -- "-before-takeover$" && bad "$label: a set-aside container was left" ||
        ok "$label: no set-aside container left"
}

pg_variant() {
    local p dir port t id sha inode vol
    p=$(project tkpg); dir=$E2E_TMP/$p; mkdir -p "$dir"
    port=$(free_port)
    # The guide's file with the test images' tags on a free port of 127.0.0.1 (the changes are
    # listed in ../guide-stack.sh), and a password the user added.
    write_guide_compose "$dir/docker-compose.yml" "$p" "directus/directus:$FROM" "127.0.0.1:$port:8055" \
        "EMAIL_SMTP_PASSWORD: '$SMTP_PASSWORD'"
    mkdir -p "$dir/uploads" && chown 1000:1000 "$dir/uploads"   # what the guide's user must do for uploads to work
    guide_up "$p" "$dir" database cache || { bad "pg: docker-compose up failed"; sed 's/^/    | /' "$E2E_TMP/up.log" >&2; return; }
    URL=http://127.0.0.1:$port
    wait_ping || { bad "pg: the guide's stack does not answer"; docker logs --tail 30 "$p-directus" >&2; return; }
    t=$(guide_login)
    make_item "$t" "made by the guide's stack"
    head -c 300000 /dev/urandom > "$E2E_TMP/pg.bin"; id=$(upload_file "$t" "$E2E_TMP/pg.bin")
    sha=$(sha256sum < "$E2E_TMP/pg.bin" | cut -d' ' -f1)
    [ "$(asset_sha "$t" "$id")" = "$sha" ] && ok "pg: an item and a file made in the guide's stack" || bad "pg: could not make the item and file"
    inode=$(stat -c %i "$dir/data/database")

    take_over pg "$p" "$dir" || return
    [ "$(containers_of "$p")" = "$p-cache-1 $p-database-1 $p-directus-1 " ] && ok "pg: the app's three containers replaced the guide's" ||
        bad "pg: containers after the take-over: $(containers_of "$p")"
    [ "$(mount_source "$p-database-1" /var/lib/postgresql/data)" = "$dir/data/database" ] &&
        [ "$(stat -c %i "$dir/data/database")" = "$inode" ] && ok "pg: PostgreSQL runs on the same data folder (inode $inode)" ||
        bad "pg: database mount $(mount_source "$p-database-1" /var/lib/postgresql/data)"
    [ "$(mount_source "$p-directus-1" /directus/uploads)" = "$dir/uploads" ] && ok "pg: uploads are the same folder" ||
        bad "pg: uploads mount $(mount_source "$p-directus-1" /directus/uploads)"
    docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' "$p-database-1" | grep -q "${p}_directus" &&
        ok "pg: the stack's network ${p}_directus is kept" || bad "pg: network not kept"
    credentials "$p"
    [ "$PASSWORD" = "$ADMIN_PASSWORD" ] && [ "$URL" = "http://127.0.0.1:$port" ] &&
        ok "pg: credentials come from the secret store (the file's password, same URL)" || bad "pg: credentials $URL"
    t=$(token)
    [ -n "$t" ] && ok "pg: admin login works after the take-over" || bad "pg: no login after the take-over"
    [ "$(item_titles "$t")" = "made by the guide's stack" ] && ok "pg: the same item is served" || bad "pg: items '$(item_titles "$t")'"
    [ "$(asset_sha "$t" "$id")" = "$sha" ] && ok "pg: the same file is served (sha256)" || bad "pg: file checksum differs"
    no_secret_in_data pg
    container_env "$p-directus-1" | grep -qx "EMAIL_SMTP_PASSWORD=$SMTP_PASSWORD" &&
        ok "pg: the file's SMTP password reaches Directus from the secret store" || bad "pg: EMAIL_SMTP_PASSWORD not passed on"
    "$DD_CLI" list --json | python3 -c "import json,sys; i=[x for x in json.load(sys.stdin)['instances'] if x['name']=='$p']; sys.exit(0 if len(i)==1 and i[0]['stored'] and not i[0]['adopted'] else 1)" &&
        ok "pg: listed once, as the app's own instance" || bad "pg: list does not show one managed instance"

    # Like an instance the app made: upgrade (with its backup first), backup and restore.
    if cli upgrade "$p" --to "$TO" --backup-dir "$BACKUPS"; then ok "pg: upgrade $FROM -> $TO exited 0"; else bad "pg: upgrade failed"; fi
    [ "$(directus_tag "$p")" = "$TO" ] && ok "pg: Directus runs $TO" || bad "pg: Directus runs $(directus_tag "$p")"
    t=$(token)
    [ "$(item_titles "$t")" = "made by the guide's stack" ] && [ "$(asset_sha "$t" "$id")" = "$sha" ] &&
        ok "pg@$TO: same item and file" || bad "pg@$TO: items '$(item_titles "$t")'"
    [ "$(stat -c %i "$dir/data/database")" = "$inode" ] && ok "pg@$TO: still the same data folder" || bad "pg@$TO: data folder replaced"
    container_env "$p-directus-1" | grep -qx "EMAIL_SMTP_PASSWORD=$SMTP_PASSWORD" &&
        ok "pg@$TO: the new container has the SMTP password too" || bad "pg@$TO: EMAIL_SMTP_PASSWORD lost by the upgrade"
    cli backup "$p" --dir "$BACKUPS/manual" && ok "pg: backup exited 0" || bad "pg: backup failed"
    make_item "$t" "after the backup"
    folder=$(ls -d "$BACKUPS/manual/${p}_"* 2>/dev/null | head -1)
    if [ -n "$folder" ] && cli restore "$p" "$folder" --yes; then ok "pg: restore exited 0"; else bad "pg: restore failed"; fi
    t=$(token)
    [ "$(item_titles "$t")" = "made by the guide's stack" ] && ok "pg: the restore brought back the backed-up items" ||
        bad "pg: items after restore '$(item_titles "$t")'"

    # The app's own compose file of the taken-over stack, brought up by docker-compose after
    # `remove` (which keeps the data), serves the same data from the same folders.
    cli export "$p" --dir "$E2E_TMP/export-$p" --with-secrets && ok "pg: export --with-secrets exited 0" || bad "pg: export failed"
    grep -q "$dir/data/database" "$E2E_TMP/export-$p/docker-compose.yml" && ok "pg: the export mounts the same data folder" ||
        bad "pg: the export does not mount $dir/data/database"
    grep -q 'EMAIL_SMTP_PASSWORD: "${EMAIL_SMTP_PASSWORD}"' "$E2E_TMP/export-$p/docker-compose.yml" &&
        ! grep -q "$SMTP_PASSWORD" "$E2E_TMP/export-$p/docker-compose.yml" && grep -q "$SMTP_PASSWORD" "$E2E_TMP/export-$p/.env" &&
        ok "pg: the export names the SMTP password and puts its value in the .env only" || bad "pg: SMTP password in the export is wrong"
    cli remove "$p" && ok "pg: remove (data kept)" || bad "pg: remove failed"
    [ -f "$dir/data/database/PG_VERSION" ] && [ "$(stat -c %i "$dir/data/database")" = "$inode" ] && ok "pg: remove kept the data folder" ||
        bad "pg: the data folder is gone"
    if docker-compose -p "$p" -f "$E2E_TMP/export-$p/docker-compose.yml" up -d >> "$E2E_TMP/up.log" 2>&1 && wait_ping; then
        t=$(token)
        [ "$(item_titles "$t")" = "made by the guide's stack" ] && [ "$(asset_sha "$t" "$id")" = "$sha" ] &&
            ok "pg: docker-compose up of the export serves the same item and file" || bad "pg: export stack items '$(item_titles "$t")'"
    else
        bad "pg: docker-compose up of the export failed"; tail -20 "$E2E_TMP/up.log" >&2
    fi
    docker-compose -p "$p" -f "$E2E_TMP/export-$p/docker-compose.yml" down >/dev/null 2>&1
    # The guide's database folder belongs to PostgreSQL's user; the test's cleanup removes it as root.
}

sqlite_variant() {
    local p dir port t id sha uploads_created
    p=$(project tksq); dir=$E2E_TMP/$p; mkdir -p "$dir"
    port=$(free_port)
    cat > "$dir/docker-compose.yml" <<YAML
services:
  directus:
    image: directus/directus:$SQLITE_TAG
    ports:
      - "127.0.0.1:$port:8055"
    volumes:
      - directus_uploads:/directus/uploads
      - directus_db:/directus/database
    environment:
      - KEY=$KEY
      - SECRET=$SECRET
      - DB_CLIENT=sqlite3
      - DB_FILENAME=/directus/database/data.db
      - ADMIN_EMAIL=admin@example.com
      - ADMIN_PASSWORD=$ADMIN_PASSWORD
volumes:
  directus_uploads:
  directus_db:
YAML
    cp "$dir/docker-compose.yml" "$E2E_TMP/$p.original.yml"
    guide_up "$p" "$dir" || { bad "sqlite: docker-compose up failed"; sed 's/^/    | /' "$E2E_TMP/up.log" >&2; return; }
    URL=http://127.0.0.1:$port
    wait_ping || { bad "sqlite: the stack does not answer"; return; }
    t=$(guide_login)
    make_item "$t" "made on SQLite"
    head -c 200000 /dev/urandom > "$E2E_TMP/sq.bin"; id=$(upload_file "$t" "$E2E_TMP/sq.bin")
    sha=$(sha256sum < "$E2E_TMP/sq.bin" | cut -d' ' -f1)
    [ "$(asset_sha "$t" "$id")" = "$sha" ] && ok "sqlite: an item and a file made in the stack" || bad "sqlite: could not make the item and file"
    uploads_created=$(docker volume inspect -f '{{.CreatedAt}}' "${p}_directus_uploads")

    # A take-over that fails (a stranger's container holds the name the app's Directus needs)
    # puts the stack back as it was: its own container, running, serving the same data.
    own=$(containers_of "$p")   # Compose 1.29 names it <project>_directus_1 (no container_name in this file)
    docker create --name "$p-directus-1" "directus/directus:$SQLITE_TAG" >/dev/null
    rc=0; cli import "$dir/docker-compose.yml" --name "$p" --yes || rc=$?
    [ "$rc" = 1 ] && grep -q "already exists and does not belong" "$E2E_TMP/cli.out" &&
        ok "sqlite: the take-over fails on the blocked name (exit 1) and says why" || bad "sqlite: blocked take-over exited $rc"
    grep -q "back and started it" "$E2E_TMP/cli.out" && ok "sqlite: the failure says the stack's container was put back" ||
        bad "sqlite: no word of the container put back"
    docker rm "$p-directus-1" >/dev/null
    wait_ping || bad "sqlite: the stack's own container does not answer after the failed take-over"
    t=$(guide_login) || true
    [ "$(running_of "$p")" = "$own" ] && [ -n "$t" ] && [ "$(item_titles "$t")" = "made on SQLite" ] &&
        ok "sqlite: after the failed take-over the stack's own container serves the same data" ||
        bad "sqlite: after the failed take-over: running '$(running_of "$p")', items '$(item_titles "$t")'"
    [ -z "$(ls "$DD_DATA_DIR"/instances 2>/dev/null)" ] && [ -z "$(ls -A "$DD_DATA_DIR/journal" 2>/dev/null)" ] &&
        ok "sqlite: the failed take-over left no instance and no journal" || bad "sqlite: the failed take-over left records"

    # A take-over killed right after the stack's container was set aside is finished by `recover`.
    # It also moves the file's secrets into a private .env (--rewrite-file), which happens before
    # the take-over starts and so survives the crash.
    rc=0; DD_CRASH_AFTER_STEP=set-aside "$DD_CLI" import "$dir/docker-compose.yml" --name "$p" --yes --rewrite-file \
        > "$E2E_TMP/crash.out" 2>&1 || rc=$?
    [ "$rc" = 137 ] && ok "sqlite: the take-over was killed after setting the container aside" || bad "sqlite: crash run exited $rc"
    docker ps -a --format '{{.Names}}' | grep -qx "${own% }-before-takeover" && ok "sqlite: the set-aside container is there, stopped" ||
        bad "sqlite: no set-aside container after the crash"
    if cli recover; then ok "sqlite: recover exited 0"; else bad "sqlite: recover failed"; fi
    [ -z "$(ls -A "$DD_DATA_DIR/journal" 2>/dev/null)" ] && ok "sqlite: journal cleared after recover" || bad "sqlite: journal left after recover"
    docker ps -a --format '{{.Names}}' | grep -q -- "-before-takeover$" && bad "sqlite: a set-aside container was left" ||
        ok "sqlite: the recovered take-over removed the old container"
    [ "$(mount_source "$p-directus-1" /directus/uploads)" = "${p}_directus_uploads" ] &&
        [ "$(mount_source "$p-directus-1" /directus/database)" = "${p}_directus_db" ] &&
        [ "$(docker volume inspect -f '{{.CreatedAt}}' "${p}_directus_uploads")" = "$uploads_created" ] &&
        ok "sqlite: the file's own volumes are mounted, not new ones" ||
        bad "sqlite: mounts $(mount_source "$p-directus-1" /directus/uploads) $(mount_source "$p-directus-1" /directus/database)"
    # The file mounted no extensions folder, so the app adds its own (empty) extensions volume.
    [ "$(volumes_of "$p")" = "${p}_directus_db ${p}_directus_uploads ${p}_extensions " ] &&
        ok "sqlite: the file's two volumes and the app's extensions volume, nothing else" || bad "sqlite: volumes $(volumes_of "$p")"
    docker inspect -f '{{range .Config.Env}}{{println .}}{{end}}' "$p-directus-1" | grep -qx 'DB_FILENAME=/directus/database/data.db' &&
        ok "sqlite: Directus opens the file's own SQLite file (data.db)" || bad "sqlite: DB_FILENAME is not the file's"
    credentials "$p"; t=$(token)
    [ -n "$t" ] && ok "sqlite: admin login works" || bad "sqlite: no login"
    [ "$(item_titles "$t")" = "made on SQLite" ] && [ "$(asset_sha "$t" "$id")" = "$sha" ] &&
        ok "sqlite: the same item and file are served" || bad "sqlite: items '$(item_titles "$t")'"
    no_secret_in_data sqlite
    cli stop "$p" && [ -z "$(running_of "$p")" ] && ok "sqlite: stop stops it" || bad "sqlite: running after stop: $(running_of "$p")"
    cli start "$p" && ping_ok && ok "sqlite: start brings it back" || bad "sqlite: start failed"

    # The rewritten file: no secret in it, a 0600 .env beside it, the original kept; and the
    # person's own `docker-compose -p NAME up -d` with it still serves the same data.
    grep -q -e "$ADMIN_PASSWORD" -e "$KEY" -e "$SECRET" "$dir/docker-compose.yml" && bad "sqlite: a secret is still in the rewritten file" ||
        ok "sqlite: the rewritten file holds no secret value"
    [ "$(stat -c %a "$dir/.env")" = 600 ] && grep -q "ADMIN_PASSWORD=$ADMIN_PASSWORD" "$dir/.env" &&
        cmp -s "$dir/docker-compose.yml.before-directus-desktop" "$E2E_TMP/$p.original.yml" &&
        ok "sqlite: the secrets are in a 0600 .env and the original file is kept" || bad "sqlite: .env or the kept original is wrong"
    cli stop "$p" >/dev/null || bad "sqlite: stop before docker-compose up failed"
    if docker-compose -p "$p" -f "$dir/docker-compose.yml" up -d >> "$E2E_TMP/up.log" 2>&1 && wait_ping; then
        t=$(guide_login)
        [ "$(item_titles "$t")" = "made on SQLite" ] && [ "$(asset_sha "$t" "$id")" = "$sha" ] &&
            ok "sqlite: docker-compose up with the rewritten file serves the same item and file" ||
            bad "sqlite: docker-compose stack items '$(item_titles "$t")'"
    else
        bad "sqlite: docker-compose up with the rewritten file failed"; tail -20 "$E2E_TMP/up.log" >&2
    fi
    docker-compose -p "$p" -f "$dir/docker-compose.yml" down >/dev/null 2>&1
}

for v in $VARIANTS; do "${v}_variant"; done
# Folders the containers wrote as their own users (PostgreSQL's data): removed as root here.
finish
