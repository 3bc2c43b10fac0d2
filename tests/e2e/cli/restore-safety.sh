#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e/cli restore-safety: a restore keeps the way back open (label safety).
# SQLite instance with an item "before" in its backup B and "after" in its data now:
# - `restore --yes` first writes a safety backup (listed by `backups`, reason "before restoring
#   ..."), then the data is B's, and the restore logged in and counted the items per collection; restoring the safety backup with --no-safety-backup brings
#   "after" back and makes no further backup;
# - SIGKILL right after the safety backup (DD_CRASH_AFTER_STEP), then `recover`: nothing changed,
#   Directus runs again; right after the restore: the data is B's and Directus runs;
# - killed in the middle of the restore (its journal says "restore" begun, not done): `recover`
#   finishes it from B; with B gone it puts the safety backup back; with both gone it keeps the
#   journal and Directus stopped, says what it needs, and finishes once the safety backup is back.
# PostgreSQL instance: a backup that verifies but fails while loading (one failing statement
# added to its dump) is restored: the safety backup goes back, the data is unchanged and
# Directus runs; with --no-safety-backup the same failure says so and leaves Directus stopped.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
TAG=${DD_E2E_TAG:-11.1.2}
require_peers "directus/directus:$TAG" postgis/postgis:15-3.3
BACKUPS=$E2E_TMP/backups
JOURNAL=$DD_DATA_DIR/journal
SAFETY_ROOT=$DD_DATA_DIR/backups

journal_empty() { [ -z "$(ls -A "$JOURNAL" 2>/dev/null)" ]; }
backup_count() { { ls -d "$SAFETY_ROOT/${1}_"* 2>/dev/null || true; } | wc -l; }
newest_safety() { { ls -d "$SAFETY_ROOT/${1}_"* 2>/dev/null || true; } | sort | tail -1; }
titles() { credentials "$1"; item_titles "$(token)"; }
# set_titles PROJECT TITLE: the notes collection holds exactly one item, TITLE.
set_titles() {
    local t; credentials "$1"; t=$(token)
    for id in $(api "$t" GET '/items/notes?fields=id' | python3 -c 'import json,sys; print(" ".join(str(i["id"]) for i in json.load(sys.stdin).get("data", [])))'); do
        api "$t" DELETE "/items/notes/$id" >/dev/null
    done
    make_item "$t" "$2"
}
# wait_pong PROJECT: Directus answers within 120 s (recover starts the container, it does not wait).
wait_pong() {
    credentials "$1"
    for _ in $(seq 120); do ping_ok && return 0; sleep 1; done
    return 1
}
# mark_restore_begun PROJECT: what the journal holds when a crash hits the middle of the restore.
mark_restore_begun() {
    python3 - "$JOURNAL" <<'EOF'
import glob, json, sys
for path in glob.glob(sys.argv[1] + "/*.journal.json"):
    entry = json.load(open(path))
    if entry.get("operation") == "restore":
        entry["steps"].append({"id": "restore", "state": "begun"})
        json.dump(entry, open(path, "w"))
EOF
}
crash_restore() {   # crash_restore STEP PROJECT FOLDER
    local rc=0
    DD_CRASH_AFTER_STEP=$1 "$DD_CLI" restore "$2" "$3" --yes > "$E2E_TMP/crash.out" 2>&1 || rc=$?
    if [ "$rc" = 137 ] && ! journal_empty; then
        ok "killed after '$1': exit 137, the journal is there"
    else
        bad "restore killed after '$1': exit $rc, journal: $(ls "$JOURNAL" 2>/dev/null)"; sed 's/^/    | /' "$E2E_TMP/crash.out" >&2
    fi
}

# --- SQLite ---
S=$(project rsafe)
cli create "$S" --tag "$TAG" --port auto || { bad "create failed"; finish; }
set_titles "$S" before
cli backup "$S" --dir "$BACKUPS" || { bad "backup failed"; finish; }
B=$(ls -d "$BACKUPS/${S}_"* | head -1)
set_titles "$S" after

# 1. A restore makes a safety backup first.
n0=$(backup_count "$S")
if cli restore "$S" "$B" --yes; then ok "restore --yes exited 0"; else bad "restore failed"; fi
SAFE=$(newest_safety "$S")
[ "$(backup_count "$S")" = $((n0 + 1)) ] && grep -qF "$SAFE" "$E2E_TMP/cli.out" && ok "a safety backup was written and named: $(basename "$SAFE")" ||
    bad "no safety backup named ($(backup_count "$S") backups; $SAFE)"
"$DD_CLI" backups "$S" --json > "$E2E_TMP/backups.json"
[[ "$(json 'd[0]["reason"]' < "$E2E_TMP/backups.json")" == "before restoring"* ]] && ok "it is listed with its reason" ||
    bad "backups --json: $(cat "$E2E_TMP/backups.json")"
[ "$(titles "$S")" = before ] && ok "the data is the backup's" || bad "items after restore: $(titles "$S")"
grep -q "Items per collection after the restore: notes 1\." "$E2E_TMP/cli.out" && ok "the restore logged in and counted the items it put back" ||
    bad "no item count in the restore's output"
journal_empty && ok "journal cleared" || bad "journal left after a restore"
if cli restore "$S" "$SAFE" --yes --no-safety-backup; then ok "the safety backup restores"; else bad "restoring the safety backup failed"; fi
[ "$(titles "$S")" = after ] && ok "the data before the restore is back" || bad "items after restoring the safety backup: $(titles "$S")"
[ "$(backup_count "$S")" = $((n0 + 1)) ] && ok "--no-safety-backup made no backup" || bad "--no-safety-backup made one"

# 2. Killed right after the safety backup: nothing changed.
crash_restore safety-backup "$S" "$B"
[ -z "$(running_of "$S")" ] && ok "Directus is stopped at the crash (the safety backup stops it)" || bad "running at the crash: $(running_of "$S")"
if cli recover; then ok "recover exited 0"; else bad "recover failed"; fi
grep -q "before it changed anything" "$E2E_TMP/cli.out" && ok "recover says nothing was changed" || bad "recover's note is missing"
wait_pong "$S" && [ "$(titles "$S")" = after ] && ok "Directus runs again, data unchanged" || bad "after recovery: $(titles "$S")"
journal_empty && ok "journal cleared" || bad "journal left"

# 3. Killed right after the restore: the data is the backup's, Directus runs.
crash_restore restore "$S" "$B"
if cli recover; then ok "recover exited 0"; else bad "recover failed"; fi
wait_pong "$S" && [ "$(titles "$S")" = before ] && ok "Directus runs with the backup's data" || bad "after recovery: $(titles "$S")"
journal_empty && ok "journal cleared" || bad "journal left"

# 4. Killed in the middle of the restore: finished from the backup.
set_titles "$S" after
crash_restore safety-backup "$S" "$B"
mark_restore_begun
if cli recover; then ok "recover exited 0"; else bad "recover failed"; fi
wait_pong "$S" && [ "$(titles "$S")" = before ] && ok "the interrupted restore was finished from the backup" || bad "after recovery: $(titles "$S")"
journal_empty && ok "journal cleared" || bad "journal left"

# 5. The same with the backup gone: the safety backup goes back; with both gone: blocked.
set_titles "$S" after
crash_restore safety-backup "$S" "$B"
mark_restore_begun
SAFE=$(newest_safety "$S")
mv "$B" "$B.away"; mv "$SAFE" "$SAFE.away"
rc=0; cli recover || rc=$?
[ "$rc" != 0 ] && grep -q "left stopped" "$E2E_TMP/cli.out" && grep -qF "$(basename "$SAFE")" "$E2E_TMP/cli.out" &&
    ok "with both backups gone recover fails (exit $rc), says it left it stopped and names the safety backup" || bad "blocked recover: exit $rc"
! journal_empty && [ -z "$(running_of "$S")" ] && ok "the journal is kept and Directus stays stopped" || bad "blocked: journal or running state wrong"
mv "$SAFE.away" "$SAFE"
if cli recover; then ok "once the safety backup is back, recover exits 0"; else bad "recover with the safety backup failed"; fi
grep -q "put back from the safety backup" "$E2E_TMP/cli.out" && ok "it says the safety backup was put back" || bad "recover's note is missing"
wait_pong "$S" && [ "$(titles "$S")" = after ] && ok "the data is as before the restore" || bad "after recovery: $(titles "$S")"
journal_empty && ok "journal cleared" || bad "journal left"
mv "$B.away" "$B"

# --- PostgreSQL: a restore that fails after it dropped the database ---
G=$(project rsafepg)
cli create "$G" --tag "$TAG" --database postgres --port auto || { bad "create (postgres) failed"; finish; }
set_titles "$G" before
cli backup "$G" --dir "$BACKUPS" || { bad "backup (postgres) failed"; finish; }
BG=$(ls -d "$BACKUPS/${G}_"* | head -1)
BX=$BACKUPS/failing-load
cp -r "$BG" "$BX"
python3 - "$BX" <<'EOF'
import json, os, sys
folder = sys.argv[1]
dump = os.path.join(folder, "database.sql")
text = open(dump).read()
marker = "-- PostgreSQL database dump complete"
assert marker in text
open(dump, "w").write(text.replace(marker, "SELECT 1/0;\n\n" + marker))
manifest = json.load(open(os.path.join(folder, "manifest.json")))
for f in manifest["files"]:
    if f["name"] == "database.sql":
        f["size"] = os.path.getsize(dump)
json.dump(manifest, open(os.path.join(folder, "manifest.json"), "w"))
EOF
set_titles "$G" after
rc=0; cli restore "$G" "$BX" --yes || rc=$?
[ "$rc" = 1 ] && grep -q "put back from the safety backup" "$E2E_TMP/cli.out" && ok "a load that fails puts the safety backup back (exit 1)" ||
    bad "failing restore: exit $rc"
wait_pong "$G" && [ "$(titles "$G")" = after ] && ok "Directus runs, the data is as before" || bad "after the failed restore: $(titles "$G")"
journal_empty && ok "journal cleared" || bad "journal left"
rc=0; cli restore "$G" "$BX" --yes --no-safety-backup || rc=$?
[ "$rc" = 1 ] && grep -q "No safety backup was made" "$E2E_TMP/cli.out" && [ -z "$(running_of "$G" | grep directus)" ] &&
    ok "without a safety backup the same failure says so and leaves Directus stopped" || bad "failing restore without safety: exit $rc, running $(running_of "$G")"
if cli restore "$G" "$BG" --yes --no-safety-backup; then ok "a good backup restores after that"; else bad "restore of the good backup failed"; fi
[ "$(titles "$G")" = before ] && ok "the good backup's data is there" || bad "items: $(titles "$G")"

cli remove "$G" --delete-data --yes >/dev/null || bad "remove (postgres) failed"
cli remove "$S" --delete-data --yes >/dev/null || bad "remove failed"
finish
