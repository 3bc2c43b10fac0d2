#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e/cli backup-restore: for SQLite (11.1.2, named volumes), PostgreSQL/PostGIS (10.13.4) and
# MariaDB (9.26.0), or the round trips DD_E2E_ROUND_TRIPS names:
# an item and an uploaded file made through the REST API are backed up (`backup`), the folder
# is named and listed (`backups --json`) and holds no secret; `restore` without --yes and a
# restore of a damaged backup refuse and change nothing; after deleting the item and uploading
# another file, `restore --yes` brings the item and the first file back (same checksum), the
# second file is gone and the admin still logs in; `clone` makes a second instance on another
# port serving the same item and file with the same admin password, both running at once.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
# DD_E2E_ROUND_TRIPS="KIND:TAG ...": which round trips to run (kinds sqlite, pg, maria); the
# current tier runs them on the no-shell 12.4.0-dhi image (tests/e2e/CMakeLists.txt).
read -r -a trips <<< "${DD_E2E_ROUND_TRIPS:-sqlite:11.1.2 pg:10.13.4 maria:9.26.0}"
peers=()
for trip in "${trips[@]}"; do
    peers+=("directus/directus:${trip#*:}")
    case ${trip%%:*} in pg) peers+=(postgis/postgis:15-3.3) ;; maria) peers+=(mariadb:10.11) ;; esac
done
require_peers "${peers[@]}"
BACKUPS=$E2E_TMP/backups

# upload_file and asset_sha come from lib.sh.
asset_status() { curl -s -o /dev/null -w '%{http_code}' -m 30 -H "Authorization: Bearer $1" "$URL/assets/$2"; }
# With node, the one program every Directus image has (the -dhi images have no ls).
uploads_list() { docker exec "$1-directus-1" node -e 'console.log(require("fs").readdirSync("/directus/uploads").join(" "))'; }

round_trip() {   # round_trip LABEL TAG KIND DUMPFILE CREATE_ARGS...
    local label=$1 tag=$2 kind=$3 dumpfile=$4; shift 4
    local p c t rc folder f1 f2 sha1 want1 before_files password url1
    p=$(project "$label")
    if cli create "$p" --tag "$tag" --port "$(free_port)" --admin-email admin@example.com "$@"; then
        ok "$label: create exited 0"
    else
        bad "$label: create failed"; return
    fi
    credentials "$p"; t=$(token); password=$PASSWORD; url1=$URL
    if [ -n "${LAST_FOLDER:-}" ]; then   # the previous round's backup holds another database kind
        rc=0; cli restore "$p" "$LAST_FOLDER" --yes || rc=$?
        [ "$rc" = 1 ] && grep -q "cannot be restored there" "$E2E_TMP/cli.out" && ok "$label: a backup of another database kind is refused" ||
            bad "$label: restore of another kind's backup: exit $rc"
    fi
    make_item "$t" before-backup
    head -c 300000 /dev/urandom > "$E2E_TMP/$label-1.bin"
    want1=$(sha256sum < "$E2E_TMP/$label-1.bin" | cut -d' ' -f1)
    f1=$(upload_file "$t" "$E2E_TMP/$label-1.bin")
    sha1=$(asset_sha "$t" "$f1")
    [ -n "$f1" ] && [ "$sha1" = "$want1" ] && ok "$label: file $f1 uploaded, checksum ${sha1:0:12}" || bad "$label: upload failed ($f1, $sha1)"

    # backup
    local started=$SECONDS
    if cli backup "$p" --dir "$BACKUPS"; then ok "$label: backup exited 0 ($((SECONDS - started)) s)"; else bad "$label: backup failed"; return; fi
    folder=$(ls -d "$BACKUPS/${p}_"* 2>/dev/null | head -1)
    [[ "$(basename "$folder")" =~ ^${p}_${tag}_${kind}_[0-9]{8}-[0-9]{6}$ ]] && ok "$label: folder named $(basename "$folder")" ||
        bad "$label: backup folder '$folder'"
    grep -qF "$folder" "$E2E_TMP/cli.out" && ok "$label: backup printed its folder" || bad "$label: backup did not print its folder"
    [ -s "$folder/$dumpfile" ] && [ -s "$folder/uploads.tar" ] && [ -s "$folder/extensions.tar" ] && [ -f "$folder/manifest.json" ] &&
        ok "$label: $dumpfile, uploads.tar, extensions.tar, manifest.json" || bad "$label: files: $(ls "$folder" | tr '\n' ' ')"
    tar -tf "$folder/uploads.tar" | grep -q "$f1" && ok "$label: uploads.tar holds the file" || bad "$label: uploads.tar: $(tar -tf "$folder/uploads.tar" | tr '\n' ' ')"
    grep -qF -- "$password" "$folder/manifest.json" && bad "$label: the admin password is in manifest.json" || ok "$label: no password in manifest.json"
    "$DD_CLI" backups "$p" --dir "$BACKUPS" --json > "$E2E_TMP/backups.json"
    [ "$(json 'd[0]["folder"] + " " + d[0]["imageTag"] + " " + d[0]["databaseKind"] + " " + str(d[0]["sizeBytes"] > 0)' < "$E2E_TMP/backups.json")" = "$folder $tag $kind True" ] &&
        ok "$label: backups --json lists it" || bad "$label: backups --json: $(cat "$E2E_TMP/backups.json")"
    ping_ok && ok "$label: Directus runs again after the backup" || bad "$label: Directus not running after the backup"

    # change things after the backup
    t=$(token)
    api "$t" DELETE /items/notes/1 >/dev/null
    head -c 100000 /dev/urandom > "$E2E_TMP/$label-2.bin"
    f2=$(upload_file "$t" "$E2E_TMP/$label-2.bin")
    [ -z "$(item_titles "$t")" ] && [ "$(asset_status "$t" "$f2")" = 200 ] && ok "$label: item deleted, second file $f2 uploaded" ||
        bad "$label: changes after the backup failed"

    # refusals change nothing
    rc=0; cli restore "$p" "$folder" || rc=$?
    [ "$rc" = 2 ] && grep -q -- "--yes" "$E2E_TMP/cli.out" && ok "$label: restore without --yes refuses (exit 2) and says what it replaces" ||
        bad "$label: restore without --yes: exit $rc"
    cp -r "$folder" "$BACKUPS/damaged-$label"
    truncate -s $(( $(stat -c %s "$folder/$dumpfile") / 2 )) "$BACKUPS/damaged-$label/$dumpfile"
    rc=0; cli restore "$p" "$BACKUPS/damaged-$label" --yes || rc=$?
    [ "$rc" = 1 ] && grep -q "damaged" "$E2E_TMP/cli.out" && ok "$label: a damaged backup is refused with a sentence" ||
        bad "$label: restore of a damaged backup: exit $rc"
    t=$(token)
    ping_ok && [ -z "$(item_titles "$t")" ] && [ "$(asset_status "$t" "$f2")" = 200 ] &&
        ok "$label: the refusals left the instance untouched and running" || bad "$label: the instance changed after a refusal"

    # restore
    started=$SECONDS
    if cli restore "$p" "$folder" --yes; then ok "$label: restore --yes exited 0 ($((SECONDS - started)) s)"; else bad "$label: restore failed"; return; fi
    ping_ok && ok "$label: Directus answers after the restore" || bad "$label: no pong after the restore"
    t=$(token)
    [ -n "$t" ] && ok "$label: admin login works after the restore" || bad "$label: login failed after the restore"
    [ "$(item_titles "$t")" = before-backup ] && ok "$label: the item is back" || bad "$label: items after restore: $(item_titles "$t")"
    [ "$(asset_sha "$t" "$f1")" = "$want1" ] && ok "$label: the first file is served with the same checksum" || bad "$label: first file checksum differs"
    [ "$(asset_status "$t" "$f2")" != 200 ] && ! uploads_list "$p" | grep -q "$f2" && ok "$label: the second file is gone (record and upload)" ||
        bad "$label: the second file survived the restore: $(asset_status "$t" "$f2") / $(uploads_list "$p")"

    # clone
    c=$(project "${label}clone")
    started=$SECONDS
    if cli clone "$p" "$folder" "$c" --port auto; then ok "$label: clone exited 0 ($((SECONDS - started)) s)"; else bad "$label: clone failed"; return; fi
    credentials "$c"
    [ "$URL" != "$url1" ] && ok "$label: the clone has its own port ($URL)" || bad "$label: the clone's URL is the source's"
    [ "$PASSWORD" = "$password" ] && ok "$label: the clone has the source's admin password" || bad "$label: the clone's password differs"
    t=$(token)
    [ -n "$t" ] && [ "$(item_titles "$t")" = before-backup ] && ok "$label: the clone logs in and serves the item" || bad "$label: clone items: $(item_titles "$t")"
    [ "$(asset_sha "$t" "$f1")" = "$want1" ] && ok "$label: the clone serves the file with the same checksum" || bad "$label: clone file differs"
    [ "$(docker inspect -f '{{.Config.Image}}' "$c-directus-1")" = "directus/directus:$tag" ] && ok "$label: the clone runs $tag" || bad "$label: clone image"
    URL=$url1
    ping_ok && [ -n "$(running_of "$c")" ] && ok "$label: source and clone run at once" || bad "$label: not both running"
    LAST_FOLDER=$folder
    cli remove "$c" --delete-data --yes >/dev/null || bad "$label: remove clone failed"
    cli remove "$p" --delete-data --yes >/dev/null || bad "$label: remove failed"
}

for trip in "${trips[@]}"; do
    tag=${trip#*:}
    case ${trip%%:*} in
        sqlite) round_trip sqlite "$tag" sqlite database.sqlite ;;
        pg) round_trip pg "$tag" postgres database.sql --database postgres ;;
        maria) round_trip maria "$tag" mariadb database.sql --database mariadb ;;
        *) bad "unknown round trip $trip" ;;
    esac
done
finish
