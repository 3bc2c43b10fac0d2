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
read -r -a steps <<< "${DD_E2E_CRASH_STEPS:-preflight secrets login-before pull backup keep-old save directus login remove-old export}"
# DD_E2E_BLOCKED_RECOVERY=1 runs only the recoveries that must wait (label safety, below).
[ -n "${DD_E2E_BLOCKED_RECOVERY:-}" ] && steps=()

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

# kill_mid_migration LABEL: the upgrade killed while the new version starts (its migrations).
kill_mid_migration() {
    "$DD_CLI" upgrade "$P" --to "$TO" --backup-dir "$BACKUPS" > "$E2E_TMP/mid.out" 2>&1 &
    local pid=$!
    for _ in $(seq 1 600); do
        grep -q "Starting Directus $TO" "$E2E_TMP/mid.out" && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    sleep 2
    kill -9 "$pid" 2>/dev/null && ok "$1: killed while $TO was starting" || bad "$1: the upgrade ended before it could be killed mid-migration"
    wait "$pid" 2>/dev/null || true
}

# Killed while the new version migrates (inside the "directus" step): the database may be half
# migrated, so the rollback must restore it from the backup.
if [ -z "${DD_E2E_CRASH_STEPS:-}" ] && [ -z "${DD_E2E_BLOCKED_RECOVERY:-}" ]; then
    [ -n "$P" ] && [ "$(directus_tag "$P")" = "$FROM" ] || fresh_instance midmigration
    kill_mid_migration "mid-migration"
    check_after "killed mid-migration" "$FROM"
fi

# blocked_recovery LABEL HIDE RESTORE: killed mid-migration, then `recover` while what the way
# back needs is away (HIDE); it must keep the journal, leave Directus stopped, roll nothing back
# and say what it needs; once RESTORE brought it back, `recover` rolls back with the data.
blocked_recovery() {
    local label=$1 hide=$2 restore=$3 rc=0
    if [ -z "$P" ] || [ "$(directus_tag "$P")" != "$FROM" ]; then fresh_instance "${label// /}" || return 0; fi
    kill_mid_migration "$label"
    eval "$hide"
    "$DD_CLI" recover > "$E2E_TMP/blocked.out" 2>&1 || rc=$?
    sed 's/^/    | /' "$E2E_TMP/blocked.out" >&2
    [ "$rc" = 1 ] && ok "$label: recover fails (exit 1)" || bad "$label: recover exited $rc, want 1"
    grep -q "Nothing was rolled back yet" "$E2E_TMP/blocked.out" && grep -q "is left stopped" "$E2E_TMP/blocked.out" &&
        ok "$label: it says what it needs and that the instance stays stopped" || bad "$label: no sentence saying what it needs"
    ls "$DD_DATA_DIR/journal/"*.journal.json >/dev/null 2>&1 && ok "$label: the journal is kept" || bad "$label: the journal is gone"
    [ -z "$(running_of "$P")" ] && ok "$label: no container of the instance runs" || bad "$label: running: $(running_of "$P")"
    # A command on this instance is stopped by it; one on another instance is not (here: a name
    # that does not exist gets "no instance by that name", exit 4, not the recovery's failure).
    rc=0; cli stop "$P" || rc=$?
    [ "$rc" = 1 ] && ok "$label: stop of $P waits for the recovery (exit 1)" || bad "$label: stop of $P exited $rc"
    rc=0; cli stop "nosuch$P" || rc=$?
    [ "$rc" = 4 ] && ok "$label: a command for another instance goes on (exit 4)" || bad "$label: stop nosuch exited $rc, want 4"
    eval "$restore"
    check_after "$label, once it is back" "$FROM"
}
if [ -n "${DD_E2E_BLOCKED_RECOVERY:-}" ]; then
    # The backup's disk disconnected: its folder is away.
    blocked_recovery "backup away" 'mv "$BACKUPS" "$BACKUPS.away"' 'mv "$BACKUPS.away" "$BACKUPS"'
    # The secrets cannot be read: recover runs against an empty secret store (as with a locked keychain).
    P_SAVED_STORE=${DD_SECRET_STORE-unset}
    blocked_recovery "secrets unavailable" 'export DD_SECRET_STORE=file:$E2E_TMP/empty-store/secrets.yaml' \
        '[ "$P_SAVED_STORE" = unset ] && unset DD_SECRET_STORE || export DD_SECRET_STORE=$P_SAVED_STORE'
fi
finish
