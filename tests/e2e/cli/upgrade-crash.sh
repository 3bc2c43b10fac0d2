#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e/cli upgrade-crash: the CLI is killed (SIGKILL) during an upgrade 10.13.4 -> 11.1.2 of a
# SQLite instance holding an item and a file: right after each step in turn (through
# DD_CRASH_AFTER_STEP), and once in the middle of the new version's start (its migrations).
# `recover` then finishes the work: the instance ends upgraded (the crash came after the
# login check) or back on 10.13.4 (before it), never between; either way the admin logs in,
# the item and the file are served, no container is left behind (none kept, none orphaned)
# and the journal is gone.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
FROM=${DD_E2E_FROM:-10.13.4}
TO=${DD_E2E_TO:-11.1.2}
require_peers "directus/directus:$FROM" "directus/directus:$TO"
BACKUPS=$E2E_TMP/backups
read -r -a steps <<< "${DD_E2E_CRASH_STEPS:-preflight secrets pull backup keep-old save directus login remove-old export}"

# fresh_instance: a new SQLite instance at $FROM with one item and one file; sets P, ID, SHA.
fresh_instance() {
    P=$(project "upcrash$1")
    cli create "$P" --tag "$FROM" --port auto || { bad "$1: create failed"; return 1; }
    credentials "$P"; local t; t=$(token)
    make_item "$t" "survivor"
    head -c 100000 /dev/urandom > "$E2E_TMP/f.bin"
    ID=$(upload_file "$t" "$E2E_TMP/f.bin"); SHA=$(sha256sum < "$E2E_TMP/f.bin" | cut -d' ' -f1)
}

# check_after LABEL EXPECTED_TAG
check_after() {
    local label=$1 want=$2 t
    if cli recover; then ok "$label: recover exited 0"; else bad "$label: recover failed"; fi
    [ "$(directus_tag "$P")" = "$want" ] && ok "$label: runs $want" || bad "$label: runs '$(directus_tag "$P")', want $want"
    [ "$(stored_tag "$P")" = "$want" ] && ok "$label: stored spec says $want" || bad "$label: stored spec says '$(stored_tag "$P")'"
    credentials "$P"; t=$(token)
    [ -n "$t" ] && ok "$label: admin login works" || bad "$label: admin login fails"
    [ "$(item_titles "$t")" = "survivor" ] && ok "$label: the item is served" || bad "$label: items '$(item_titles "$t")'"
    [ "$(asset_sha "$t" "$ID")" = "$SHA" ] && ok "$label: the file is served unchanged" || bad "$label: file checksum differs"
    [ "$(containers_of "$P")" = "$P-directus-1 " ] && ok "$label: exactly its container (none kept, none orphaned)" ||
        bad "$label: containers $(containers_of "$P")"
    [ -z "$(ls -A "$DD_DATA_DIR/journal" 2>/dev/null)" ] && ok "$label: journal cleared" || bad "$label: journal left"
}

# The same instance serves every crash that rolls back (it is back on $FROM afterwards); a crash
# after the login check leaves it upgraded, so those get a fresh instance each.
P=
for step in "${steps[@]}"; do
    case $step in login|remove-old|export) want=$TO ;; *) want=$FROM ;; esac
    if [ -z "$P" ] || [ "$(directus_tag "$P")" != "$FROM" ]; then fresh_instance "$step" || continue; fi
    rc=0
    DD_CRASH_AFTER_STEP=$step "$DD_CLI" upgrade "$P" --to "$TO" --backup-dir "$BACKUPS" > "$E2E_TMP/crash.out" 2>&1 || rc=$?
    if [ "$rc" != 137 ]; then
        bad "upgrade killed after '$step': exit $rc, want 137 (SIGKILL)"; sed 's/^/    | /' "$E2E_TMP/crash.out" >&2; continue
    fi
    [ -n "$(ls -A "$DD_DATA_DIR/journal" 2>/dev/null)" ] && ok "killed after '$step': the journal is there" ||
        bad "killed after '$step': no journal"
    check_after "after '$step'" "$want"
done

# Killed while the new version migrates (inside the "directus" step): the database may be half
# migrated, so the rollback must restore it from the backup.
if [ -z "${DD_E2E_CRASH_STEPS:-}" ]; then
    [ -n "$P" ] && [ "$(directus_tag "$P")" = "$FROM" ] || fresh_instance midmigration
    "$DD_CLI" upgrade "$P" --to "$TO" --backup-dir "$BACKUPS" > "$E2E_TMP/mid.out" 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do
        grep -q "Starting Directus $TO" "$E2E_TMP/mid.out" && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    sleep 2
    kill -9 "$pid" 2>/dev/null && ok "killed while $TO was starting" || bad "the upgrade ended before it could be killed mid-migration"
    wait "$pid" 2>/dev/null || true
    check_after "killed mid-migration" "$FROM"
fi
finish
