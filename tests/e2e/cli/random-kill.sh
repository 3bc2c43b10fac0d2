#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e/cli random-kill: SIGKILL at a random moment, not only at step boundaries (label safety).
# For create, restore and upgrade, each run once to its end to measure how long it takes (D),
# then killed N times at a moment drawn from [0, D) (N=3; DD_SOAK=1: 25), each followed by
# `recover`. After it: create ends with a usable instance (login) with exactly its containers or
# with nothing of it left; restore ends with the data of the backup or the data as it was, Directus
# answering; upgrade ends on one of the two versions with the item and the file; every time the
# journal is cleared. The seed (DD_E2E_SEED, printed) and every moment are printed, so a failing
# run can be repeated.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
FROM=${DD_E2E_FROM:-10.13.4}
TO=${DD_E2E_TO:-11.1.2}
require_peers "directus/directus:$FROM" "directus/directus:$TO"
SEED=${DD_E2E_SEED:-$(( $(date +%s) % 32768 ))}
RANDOM=$SEED
N=3; [ "${DD_SOAK:-}" = 1 ] && N=25
read -r -a operations <<< "${DD_E2E_KILL_OPERATIONS:-create restore upgrade}"
say "seed $SEED, $N moments per operation (${operations[*]})"
BACKUPS=$E2E_TMP/backups
JOURNAL=$DD_DATA_DIR/journal

journal_empty() { [ -z "$(ls -A "$JOURNAL" 2>/dev/null)" ]; }
now_ms() { date +%s%3N; }
# moment D_MS: a random whole number of milliseconds in [0, D_MS).
moment() { echo $(( (RANDOM * 32768 + RANDOM) % $1 )); }
# kill_after MS ARGS...: runs the CLI with ARGS, SIGKILLs it MS ms later; KILLED=1 if it was still running.
kill_after() {
    local ms=$1; shift
    "$DD_CLI" "$@" > "$E2E_TMP/kill.out" 2>&1 & local pid=$!
    sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
    KILLED=0
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; KILLED=1; fi
    wait "$pid" 2>/dev/null || true
}
recovered() {   # recovered LABEL: recover exits 0 and the journal is gone
    if cli recover; then ok "$1: recover exited 0"; else bad "$1: recover failed"; fi
    journal_empty && ok "$1: journal cleared" || bad "$1: journal left: $(ls "$JOURNAL")"
}
wait_pong() { for _ in $(seq 180); do ping_ok && return 0; sleep 1; done; return 1; }
listed() { [ -n "$(stored_tag "$1")" ]; }   # the app keeps an instance file for it

kill_create() {
    local started d p i ms label
    p=$(project rkcreate)
    started=$(now_ms); cli create "$p" --tag "$TO" --port auto >/dev/null || { bad "create: the measuring run failed"; return; }
    d=$(( $(now_ms) - started )); say "create takes $d ms"
    cli remove "$p" --delete-data --yes >/dev/null || bad "create: remove after measuring failed"
    for i in $(seq "$N"); do
        ms=$(moment "$d"); p=$(project "rkcreate$i"); label="create killed at $ms ms"
        kill_after "$ms" create "$p" --tag "$TO" --port auto
        [ "$KILLED" = 1 ] || say "$label: it had finished by then"
        recovered "$label"
        if listed "$p"; then
            credentials "$p"
            wait_pong && [ -n "$(token)" ] && ok "$label: the instance is there and logs in" || bad "$label: listed but no login"
            [ "$(containers_of "$p")" = "$p-directus-1 " ] && ok "$label: exactly its container" || bad "$label: containers $(containers_of "$p")"
            cli remove "$p" --delete-data --yes >/dev/null || bad "$label: remove failed"
        else
            [ -z "$(containers_of "$p")" ] && [ -z "$(volumes_of "$p")" ] && ok "$label: rolled back, nothing of it left" ||
                bad "$label: not listed, but left: $(containers_of "$p") $(volumes_of "$p")"
        fi
    done
}

kill_restore() {
    local started d p i ms label b t now
    p=$(project rkrestore)
    cli create "$p" --tag "$TO" --port auto >/dev/null || { bad "restore: create failed"; return; }
    credentials "$p"; t=$(token); make_item "$t" backed-up
    cli backup "$p" --dir "$BACKUPS" >/dev/null || { bad "restore: backup failed"; return; }
    b=$(ls -d "$BACKUPS/${p}_"* | head -1)
    t=$(token); make_item "$t" later
    started=$(now_ms); cli restore "$p" "$b" --yes >/dev/null || { bad "restore: the measuring run failed"; return; }
    d=$(( $(now_ms) - started )); say "restore takes $d ms"
    for i in $(seq "$N"); do
        t=$(token || true); [ "$(item_titles "$t" 2>/dev/null || true)" = backed-up ] && make_item "$t" later
        ms=$(moment "$d"); label="restore killed at $ms ms"
        kill_after "$ms" restore "$p" "$b" --yes
        [ "$KILLED" = 1 ] || say "$label: it had finished by then"
        recovered "$label"
        wait_pong && ok "$label: Directus answers" || bad "$label: no pong"
        now=$(item_titles "$(token)" 2>/dev/null || true)
        [ "$now" = backed-up ] || [ "$now" = backed-up,later ] && ok "$label: the backup's data or the data as it was ($now)" ||
            bad "$label: items '$now'"
        [ "$(containers_of "$p")" = "$p-directus-1 " ] && ok "$label: exactly its container" || bad "$label: containers $(containers_of "$p")"
    done
    cli remove "$p" --delete-data --yes >/dev/null || bad "restore: remove failed"
}

kill_upgrade() {
    local started d p i ms label t id sha tag
    for i in $(seq 0 "$N"); do
        p=$(project "rkupgrade$i")
        cli create "$p" --tag "$FROM" --port auto >/dev/null || { bad "upgrade: create failed"; return; }
        credentials "$p"; t=$(token); make_item "$t" survivor
        head -c 50000 /dev/urandom > "$E2E_TMP/f.bin"
        id=$(upload_file "$t" "$E2E_TMP/f.bin"); sha=$(sha256sum < "$E2E_TMP/f.bin" | cut -d' ' -f1)
        if [ "$i" = 0 ]; then
            started=$(now_ms); cli upgrade "$p" --to "$TO" --backup-dir "$BACKUPS" >/dev/null || { bad "upgrade: the measuring run failed"; return; }
            d=$(( $(now_ms) - started )); say "upgrade takes $d ms"
        else
            ms=$(moment "$d"); label="upgrade killed at $ms ms"
            kill_after "$ms" upgrade "$p" --to "$TO" --backup-dir "$BACKUPS"
            [ "$KILLED" = 1 ] || say "$label: it had finished by then"
            recovered "$label"
            tag=$(directus_tag "$p")
            [ "$tag" = "$FROM" ] || [ "$tag" = "$TO" ] && [ "$(stored_tag "$p")" = "$tag" ] && ok "$label: on $tag, stored and running" ||
                bad "$label: runs '$tag', stored '$(stored_tag "$p")'"
            credentials "$p"; wait_pong || bad "$label: no pong"; t=$(token || true)
            [ "$(item_titles "$t" 2>/dev/null || true)" = survivor ] && [ "$(asset_sha "$t" "$id")" = "$sha" ] &&
                ok "$label: the item and the file are there" || bad "$label: items '$(item_titles "$t" 2>/dev/null || true)'"
            [ "$(containers_of "$p")" = "$p-directus-1 " ] && ok "$label: exactly its container" || bad "$label: containers $(containers_of "$p")"
        fi
        cli remove "$p" --delete-data --yes >/dev/null || bad "upgrade: remove failed"
    done
}

for operation in "${operations[@]}"; do "kill_$operation"; done
finish
