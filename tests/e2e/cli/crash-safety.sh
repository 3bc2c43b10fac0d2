#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e/cli crash-safety: the CLI is killed (SIGKILL, through DD_CRASH_AFTER_STEP) right after
# each step of a create in turn; the next run (`recover`) finishes the create from the
# journal. Each time the instance ends usable (pong, admin login), with exactly its own
# container, one network, no helper left and no journal. Then a create that cannot succeed
# (an image tag that does not exist) rolls back completely: no container, network or
# volume, no stored instance. And a taken port is refused before anything is made.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
TAG=${DD_E2E_TAG:-11.1.2}
require_peers "directus/directus:$TAG"

# DD_E2E_CRASH_STEPS narrows the list when working on one step.
read -r -a steps <<< "${DD_E2E_CRASH_STEPS:-secrets save images network volumes directus login export}"
for step in "${steps[@]}"; do
    p=$(project "crash$step")
    port=$(free_port)
    rc=0
    DD_CRASH_AFTER_STEP=$step "$DD_CLI" create "$p" --tag "$TAG" --port "$port" > "$E2E_TMP/crash.out" 2>&1 || rc=$?
    if [ "$rc" != 137 ]; then
        bad "create killed after '$step': exit $rc, want 137 (SIGKILL)"; sed 's/^/    | /' "$E2E_TMP/crash.out" >&2; continue
    fi
    [ -n "$(ls -A "$DD_DATA_DIR/journal" 2>/dev/null)" ] && ok "killed after '$step': the journal is there" ||
        bad "killed after '$step': no journal left to recover from"
    if cli recover; then ok "recover after '$step' exited 0"; else bad "recover after '$step' failed"; continue; fi
    credentials "$p" 2>/dev/null || { bad "after '$step': the instance is not in the store"; continue; }
    ping_ok && [ -n "$(token)" ] && ok "after '$step': usable (pong and admin login)" || bad "after '$step': not usable"
    [ "$(containers_of "$p")" = "$p-directus-1 " ] && ok "after '$step': exactly its container" || bad "after '$step': containers $(containers_of "$p")"
    [ "$(networks_of "$p")" = "${p}_default " ] && ok "after '$step': exactly its network" || bad "after '$step': networks $(networks_of "$p")"
    [ -z "$(ls -A "$DD_DATA_DIR/journal" 2>/dev/null)" ] && ok "after '$step': journal cleared" || bad "after '$step': journal left"
    cli remove "$p" --delete-data --yes >/dev/null || bad "remove $p failed"
done

# A create that fails (no such image) undoes everything it made.
p=$(project rollback)
rc=0; cli create "$p" --tag 0.0.1-does-not-exist --port "$(free_port)" || rc=$?
[ "$rc" = 1 ] && ok "create with a missing image fails (exit 1)" || bad "create with a missing image: exit $rc"
grep -qi "pull" "$E2E_TMP/cli.out" && ok "the error says the pull failed" || bad "the error does not mention the pull"
[ -z "$(containers_of "$p")$(networks_of "$p")$(volumes_of "$p")" ] && ok "rollback left no container, network or volume" ||
    bad "left after rollback: $(containers_of "$p") $(networks_of "$p") $(volumes_of "$p")"
rc=0; "$DD_CLI" credentials "$p" >/dev/null 2>&1 || rc=$?
[ "$rc" = 4 ] && ok "rollback removed the stored instance" || bad "instance still stored after rollback (exit $rc)"

# A create that fails after it made containers, network and volumes (Directus exits: one of
# the broken image's migrations fails) undoes all of it and shows the log lines that say why.
broken=directus/directus:10.99.0-broken
if docker image inspect "$broken" >/dev/null 2>&1 || docker pull -q "$broken" >/dev/null 2>&1; then
    p=$(project brokenrollback)
    rc=0; cli create "$p" --tag 10.99.0-broken --port "$(free_port)" || rc=$?
    [ "$rc" = 1 ] && ok "create with a failing migration fails (exit 1)" || bad "create with the broken image: exit $rc"
    grep -q "stopped while starting" "$E2E_TMP/cli.out" && grep -q "Last log lines" "$E2E_TMP/cli.out" &&
        ok "the error says Directus stopped and shows its last log lines" || bad "the failure does not show the log tail"
    [ -z "$(containers_of "$p")$(networks_of "$p")$(volumes_of "$p")" ] && ok "rollback removed its container, network and volumes" ||
        bad "left after rollback: $(containers_of "$p") $(networks_of "$p") $(volumes_of "$p")"
    rc=0; "$DD_CLI" credentials "$p" >/dev/null 2>&1 || rc=$?
    [ "$rc" = 4 ] && ok "no half-made instance is stored" || bad "instance stored after the failed create (exit $rc)"
else
    bad "$broken cannot be pulled (build-images.sh publishes it)"
fi

# A taken port is refused up front, with a free one suggested.
python3 -c 'import socket,sys,time; s=socket.socket(); s.bind(("127.0.0.1",0)); s.listen(); print(s.getsockname()[1], flush=True); time.sleep(120)' > "$E2E_TMP/port" &
holder=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do [ -s "$E2E_TMP/port" ] && break; sleep 0.2; done
busy=$(cat "$E2E_TMP/port")
p=$(project busyport)
rc=0; cli create "$p" --tag "$TAG" --port "$busy" || rc=$?
kill "$holder" 2>/dev/null || true
[ "$rc" = 2 ] && grep -q "taken" "$E2E_TMP/cli.out" && grep -q -- "--port [0-9]" "$E2E_TMP/cli.out" &&
    ok "taken port $busy refused with a free one suggested" || bad "taken port: exit $rc"
[ -z "$(containers_of "$p")" ] && ok "nothing created for the refused port" || bad "containers made despite the taken port"
finish
