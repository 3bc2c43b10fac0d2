#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e/cli upgrade: `upgrade NAME --to TAG` on real images.
# - SQLite and PostgreSQL instances at 9.26.0 with an item and an uploaded file go to 10.13.4,
#   then 11.1.2: the migrations run, the item and the file are still served (same sha256), the
#   admin logs in, the old container is gone, and a verified backup exists for each step.
# - An upgrade to directus:10.99.0-broken (one migration throws) rolls back by itself: the
#   instance is back on its version with the same items and file checksums, the admin logs in,
#   and the error names the failing migration. A downgrade is refused before anything changes.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
# DD_E2E_UPGRADE_PATH: the versions, the first to create at; DD_E2E_BROKEN: "FROM BROKEN_TAG";
# the current tier runs 10.13.4 -> 11.17.4 -> 12.4.0 and 12.4.0 -> 12.99.0-broken.
read -r -a path <<< "${DD_E2E_UPGRADE_PATH:-9.26.0 10.13.4 11.1.2}"
read -r broken_from broken_tag <<< "${DD_E2E_BROKEN:-10.13.4 10.99.0-broken}"
peers=()
for v in "${path[@]}" "$broken_from" "$broken_tag"; do peers+=("directus/directus:$v"); done
require_peers "${peers[@]}" postgres:15
BACKUPS=$E2E_TMP/backups

# upgrade_path KIND: create at the path's first version, then each next, checking data after each.
upgrade_path() {
    local kind=$1 p t id sha
    p=$(project "up$kind")
    cli create "$p" --tag "${path[0]}" --database "$kind" --port auto || { bad "$kind: create at ${path[0]} failed"; return; }
    credentials "$p"; t=$(token)
    make_item "$t" "kept across upgrades"
    head -c 300000 /dev/urandom > "$E2E_TMP/upload.bin"
    id=$(upload_file "$t" "$E2E_TMP/upload.bin")
    sha=$(sha256sum < "$E2E_TMP/upload.bin" | cut -d' ' -f1)
    [ -n "$id" ] && [ "$(asset_sha "$t" "$id")" = "$sha" ] && ok "$kind: file uploaded at ${path[0]}" || bad "$kind: upload failed"
    # The versions it could go to, from the tag catalog of the loopback registry.
    if DD_REGISTRY_URL=http://${DD_REGISTRY_ADDR:-127.0.0.1:5000} cli upgrade "$p"; then
        grep -q "Recommended: ${path[1]}" "$E2E_TMP/cli.out" && grep -q "newest major: $E2E_NEWEST" "$E2E_TMP/cli.out" &&
            ! grep -q "broken" "$E2E_TMP/cli.out" && ! grep -q -- "-dhi" "$E2E_TMP/cli.out" &&
            ok "$kind: targets from the registry (${path[1]} recommended, $E2E_NEWEST newest, no pre-release)" ||
            bad "$kind: wrong upgrade targets"
        case ${path[0]} in 9.*)
            grep -qi "licen" "$E2E_TMP/cli.out" && ok "$kind: the licence change at 10.0 is shown" || bad "$kind: the licence change is not shown" ;;
        esac
    else
        bad "$kind: listing the upgrade targets failed"
    fi
    local to n=0
    for to in "${path[@]:1}"; do
        n=$((n + 1))
        if cli upgrade "$p" --to "$to" --backup-dir "$BACKUPS"; then ok "$kind: upgrade to $to exited 0"; else bad "$kind: upgrade to $to failed"; return; fi
        [ "$(directus_tag "$p")" = "$to" ] && ok "$kind: the Directus container runs $to" || bad "$kind: container runs $(directus_tag "$p")"
        credentials "$p"; t=$(token)
        [ -n "$t" ] && ok "$kind@$to: admin login works" || bad "$kind@$to: admin login fails"
        [ "$(item_titles "$t")" = "kept across upgrades" ] && ok "$kind@$to: the item is still served" || bad "$kind@$to: items '$(item_titles "$t")'"
        [ "$(asset_sha "$t" "$id")" = "$sha" ] && ok "$kind@$to: the file is served with the same sha256" || bad "$kind@$to: file checksum differs"
        docker ps -a --format '{{.Names}}' | grep -q -- "^$p-directus-1-before-upgrade$" && bad "$kind@$to: the old container is still there" ||
            ok "$kind@$to: the old container is gone"
        [ "$(ls -d "$BACKUPS"/"$p"_* 2>/dev/null | wc -l)" = "$n" ] && ok "$kind@$to: $n backup(s) in the backup folder" ||
            bad "$kind@$to: backups: $(ls "$BACKUPS" 2>/dev/null | tr '\n' ' ')"
        [ "$(stored_tag "$p")" = "$to" ] && ok "$kind@$to: the stored spec says $to" ||
            bad "$kind@$to: the stored spec does not say $to"
        [ -z "$(ls -A "$DD_DATA_DIR/journal" 2>/dev/null)" ] && ok "$kind@$to: journal cleared" || bad "$kind@$to: journal left"
    done
    UPGRADED=$p
}

upgrade_path sqlite
upgrade_path postgres

# The broken image: rollback, same data, error names the failing migration.
p=$(project broken)
cli create "$p" --tag "$broken_from" --port auto || bad "broken: create at $broken_from failed"
credentials "$p"; t=$(token)
make_item "$t" "one"; make_item "$t" "two"
head -c 200000 /dev/urandom > "$E2E_TMP/b.bin"; id=$(upload_file "$t" "$E2E_TMP/b.bin"); sha=$(sha256sum < "$E2E_TMP/b.bin" | cut -d' ' -f1)
rc=0; cli upgrade "$p" --to "$broken_tag" --backup-dir "$BACKUPS" || rc=$?
[ "$rc" = 1 ] && ok "broken: the upgrade fails (exit 1)" || bad "broken: upgrade exit $rc, want 1"
grep -q "deliberately failing migration" "$E2E_TMP/cli.out" && grep -q "could not migrate" "$E2E_TMP/cli.out" &&
    ok "broken: the error names the failing migration" || bad "broken: the error does not name the migration"
grep -q "runs Directus $broken_from again" "$E2E_TMP/cli.out" && ok "broken: the output says it is back on $broken_from" || bad "broken: no rollback sentence"
[ "$(directus_tag "$p")" = "$broken_from" ] && ok "broken: the Directus container runs $broken_from again" || bad "broken: container runs $(directus_tag "$p")"
t=$(token)
[ -n "$t" ] && ok "broken: admin login works after the rollback" || bad "broken: no login after the rollback"
[ "$(item_titles "$t")" = "one,two" ] && ok "broken: same items after the rollback" || bad "broken: items '$(item_titles "$t")'"
[ "$(asset_sha "$t" "$id")" = "$sha" ] && ok "broken: same file checksum after the rollback" || bad "broken: file differs"
[ "$(containers_of "$p")" = "$p-directus-1 " ] && ok "broken: exactly its container, none orphaned" || bad "broken: containers $(containers_of "$p")"
[ -z "$(ls -A "$DD_DATA_DIR/journal" 2>/dev/null)" ] && ok "broken: journal cleared" || bad "broken: journal left"

# Downgrades are refused before anything changes.
if [ -n "${UPGRADED:-}" ]; then
    rc=0; cli upgrade "$UPGRADED" --to "${path[1]}" --backup-dir "$BACKUPS" || rc=$?
    [ "$rc" = 1 ] && grep -q "cannot go back" "$E2E_TMP/cli.out" && ok "downgrade refused with a reason" || bad "downgrade: exit $rc"
    [ "$(directus_tag "$UPGRADED")" = "${path[-1]}" ] && ok "downgrade refused: still ${path[-1]}" || bad "after the refused downgrade: $(directus_tag "$UPGRADED")"
fi
finish
