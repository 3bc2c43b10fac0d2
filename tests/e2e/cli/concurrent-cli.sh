#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e/cli concurrent-cli: two programs never work on one instance at once (label safety).
# Two CLI processes on one SQLite instance, the second started while the first holds the
# instance's lock (its lock file is there):
# - an upgrade killed after its backup, then two `recover` at the same moment: one rolls it back,
#   the other is refused (exit 5) or finds it done; the instance is whole on $FROM, its data there;
# - upgrade + stop and upgrade + backup: the second is refused with the sentence that names the
#   upgrade and its pid, exit code 5, and the upgrade goes on to its end;
# - restore + start: the same;
# - afterwards the lock is gone and the refused commands work.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
FROM=${DD_E2E_FROM:-10.13.4}
TO=${DD_E2E_TO:-11.1.2}
require_peers "directus/directus:$FROM" "directus/directus:$TO"
BACKUPS=$E2E_TMP/backups

P=$(project conc)
cli create "$P" --tag "$FROM" --port auto || { bad "create failed"; finish; }
credentials "$P"; t=$(token)
make_item "$t" survivor
f=$(grep -l -E "^name: \"?$P\"?$" "$DD_DATA_DIR"/instances/*.yaml | head -1)
ID=$(sed -n -E 's/^id: "?([^"]*)"?$/\1/p' "$f")
LOCK=$DD_DATA_DIR/journal/$ID.lock
[ -n "$ID" ] || bad "no instance id in $f"

wait_for_lock() {   # wait_for_lock PID: until the lock file is there (0) or PID has ended (1)
    for _ in $(seq 1 600); do
        [ -e "$LOCK" ] && return 0
        kill -0 "$1" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}
# refused LABEL OPERATION PID ARGS...: the CLI with ARGS exits 5 and names OPERATION and PID.
refused() {
    local label=$1 op=$2 pid=$3 rc=0
    shift 3
    "$DD_CLI" "$@" > "$E2E_TMP/second.out" 2>&1 || rc=$?
    sed 's/^/    | /' "$E2E_TMP/second.out" >&2
    if [ "$rc" = 5 ] && grep -qF "\`$op\` from the command line, pid $pid" "$E2E_TMP/second.out" &&
        grep -q "nothing was changed" "$E2E_TMP/second.out"; then
        ok "$label: refused with exit 5 and the sentence"
    else
        bad "$label: exit $rc, want 5 and a sentence naming \`$op\` and pid $pid"
    fi
}

# 1. Two recovers of one interrupted upgrade.
rc=0
DD_CRASH_AFTER_STEP=keep-old "$DD_CLI" upgrade "$P" --to "$TO" --backup-dir "$BACKUPS" > "$E2E_TMP/crash.out" 2>&1 || rc=$?
[ "$rc" = 137 ] && ok "upgrade killed after keep-old" || bad "upgrade after keep-old: exit $rc, want 137"
"$DD_CLI" recover > "$E2E_TMP/r1.out" 2>&1 & r1=$!
"$DD_CLI" recover > "$E2E_TMP/r2.out" 2>&1 & r2=$!
rc1=0; wait "$r1" || rc1=$?
rc2=0; wait "$r2" || rc2=$?
sed 's/^/    | r1: /' "$E2E_TMP/r1.out" >&2; sed 's/^/    | r2: /' "$E2E_TMP/r2.out" >&2
n=$(cat "$E2E_TMP/r1.out" "$E2E_TMP/r2.out" | grep -c "Recovering the interrupted upgrade" || true)
rolled=$(cat "$E2E_TMP/r1.out" "$E2E_TMP/r2.out" | grep -c "Recovered: the upgrade of $P is complete" || true)
case "$rc1 $rc2" in
    "0 0"|"0 5"|"5 0") ok "two recovers: exit codes $rc1 and $rc2" ;;
    *) bad "two recovers: exit codes $rc1 and $rc2" ;;
esac
[ "$rolled" -ge 1 ] && ok "two recovers: the rollback was done ($n started, $rolled reported)" || bad "two recovers: no rollback reported"
[ "$(directus_tag "$P")" = "$FROM" ] && ok "after two recovers: runs $FROM" || bad "after two recovers: runs '$(directus_tag "$P")'"
credentials "$P"; t=$(token)
[ "$(item_titles "$t")" = survivor ] && ok "after two recovers: the item is served" || bad "after two recovers: items '$(item_titles "$t")'"
[ "$(containers_of "$P")" = "$P-directus-1 " ] && ok "after two recovers: exactly its container" || bad "containers: $(containers_of "$P")"
[ -z "$(ls -A "$DD_DATA_DIR/journal" 2>/dev/null)" ] && ok "after two recovers: journal and lock gone" ||
    bad "journal folder holds: $(ls -A "$DD_DATA_DIR/journal")"

# 2. Upgrade + stop, upgrade + backup.
"$DD_CLI" upgrade "$P" --to "$TO" --backup-dir "$BACKUPS" > "$E2E_TMP/upgrade.out" 2>&1 & up=$!
if wait_for_lock "$up"; then
    refused "upgrade + stop" upgrade "$up" stop "$P"
    refused "upgrade + backup" upgrade "$up" backup "$P" --dir "$BACKUPS"
else
    bad "no lock file while the upgrade ran"
fi
rc=0; wait "$up" || rc=$?
sed 's/^/    | upgrade: /' "$E2E_TMP/upgrade.out" >&2
[ "$rc" = 0 ] && [ "$(directus_tag "$P")" = "$TO" ] && ok "the upgrade went on to $TO" || bad "upgrade: exit $rc, runs '$(directus_tag "$P")'"
[ ! -e "$LOCK" ] && ok "the lock is gone after the upgrade" || bad "the lock file is left"

# 3. Restore + start.
cli backup "$P" --dir "$BACKUPS/manual" || bad "backup after the upgrade failed"
folder=$(find "$BACKUPS/manual" -mindepth 1 -maxdepth 1 -type d | head -1)
"$DD_CLI" restore "$P" "$folder" --yes > "$E2E_TMP/restore.out" 2>&1 & rs=$!
if wait_for_lock "$rs"; then
    refused "restore + start" restore "$rs" start "$P"
else
    bad "no lock file while the restore ran"
fi
rc=0; wait "$rs" || rc=$?
sed 's/^/    | restore: /' "$E2E_TMP/restore.out" >&2
[ "$rc" = 0 ] && ok "the restore went on to its end" || bad "restore: exit $rc"
t=$(token)
[ "$(item_titles "$t")" = survivor ] && ok "after the restore: the item is served" || bad "after the restore: items '$(item_titles "$t")'"

# 4. Free again: what was refused works.
cli stop "$P" && [ -z "$(running_of "$P")" ] && ok "stop works once the lock is free" || bad "stop after the others"
[ -z "$(ls -A "$DD_DATA_DIR/journal" 2>/dev/null)" ] && ok "nothing left in the journal folder" ||
    bad "journal folder holds: $(ls -A "$DD_DATA_DIR/journal")"
cli remove "$P" --delete-data --yes >/dev/null || bad "remove failed"
finish
