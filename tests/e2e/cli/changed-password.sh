#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e/cli changed-password: the admin changed their password in the Studio (label safety).
# Done here through the REST API, as the Studio does it. Then:
# - an upgrade is refused before it changes anything (it would check the stale password at its
#   end and roll a good upgrade back): same version, same container, no backup made, data there;
# - `credentials NAME --set-password` with a wrong password stores nothing; with the right one
#   (from a pipe, as a script gives it) it is stored and `credentials --json` shows it;
# - the upgrade then succeeds, and the data and the new login are there on the new version.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
FROM=${DD_E2E_FROM:-10.13.4}
TO=${DD_E2E_TO:-11.1.2}
require_peers "directus/directus:$FROM" "directus/directus:$TO"
BACKUPS=$E2E_TMP/backups
NEW_PASSWORD='changed-in-the-Studio-7'

P=$(project pw)
cli create "$P" --tag "$FROM" --port auto || { bad "create failed"; finish; }
credentials "$P"; t=$(token)
make_item "$t" kept-item
api "$t" PATCH /users/me "{\"password\":\"$NEW_PASSWORD\"}" >/dev/null
OLD_PASSWORD=$PASSWORD
PASSWORD=$NEW_PASSWORD
[ -n "$(token)" ] && ok "the password was changed through the API" || bad "the new password does not log in"
before=$(docker inspect -f '{{.Id}}' "$P-directus-1")

# 1. The upgrade refuses before anything changes.
if cli upgrade "$P" --to "$TO" --backup-dir "$BACKUPS"; then
    bad "the upgrade with a stale stored password exited 0"
else
    grep -q "no longer logs in as" "$E2E_TMP/cli.out" && grep -q -- "--set-password" "$E2E_TMP/cli.out" &&
        ok "the upgrade says the stored password is stale and how to give the current one" ||
        bad "the upgrade's refusal: $(cat "$E2E_TMP/cli.out")"
    grep -q "Nothing was changed: $P still runs Directus $FROM" "$E2E_TMP/cli.out" && ! grep -q "Backing up" "$E2E_TMP/cli.out" &&
        ok "nothing to roll back: it stopped before the backup" || bad "the refused upgrade went further than its check"
fi
[ "$(directus_tag "$P")" = "$FROM" ] && [ "$(docker inspect -f '{{.Id}}' "$P-directus-1")" = "$before" ] &&
    ok "still $FROM in the same container" || bad "after the refusal: tag $(directus_tag "$P")"
[ -z "$(ls -A "$BACKUPS" 2>/dev/null)" ] && ok "no backup was made" || bad "the refused upgrade made $(ls "$BACKUPS")"
[ "$(item_titles "$(token)")" = kept-item ] && ok "the data is untouched" || bad "items after the refusal"

# 2. --set-password: a wrong one stores nothing, the right one is stored.
if printf 'not-the-password\n' | cli credentials "$P" --set-password; then
    bad "--set-password with a wrong password exited 0"
else
    grep -q "That password does not log in" "$E2E_TMP/cli.out" && ok "a wrong password is refused" ||
        bad "wrong password: $(cat "$E2E_TMP/cli.out")"
fi
[ "$("$DD_CLI" credentials "$P" --json | json 'd["password"]')" = "$OLD_PASSWORD" ] &&
    ok "the refused password was not stored" || bad "the stored password changed after a refusal"
printf '%s\n' "$NEW_PASSWORD" | cli credentials "$P" --set-password && grep -q "it logs in as" "$E2E_TMP/cli.out" &&
    ok "the current password is stored after it logged in" || bad "--set-password with the right password"
[ "$("$DD_CLI" credentials "$P" --json | json 'd["password"]')" = "$NEW_PASSWORD" ] &&
    ok "credentials shows the stored password" || bad "credentials does not show the new password"
! grep -q "$NEW_PASSWORD" "$E2E_TMP/cli.out" && ok "--set-password did not print the password" ||
    bad "--set-password printed the password"

# 3. The upgrade now passes its login check: no rollback of a healthy upgrade.
if cli upgrade "$P" --to "$TO" --backup-dir "$BACKUPS"; then
    [ "$(directus_tag "$P")" = "$TO" ] && ok "upgraded to $TO" || bad "after the upgrade: tag $(directus_tag "$P")"
    credentials "$P"
    [ "$PASSWORD" = "$NEW_PASSWORD" ] && [ "$(item_titles "$(token)")" = kept-item ] &&
        ok "the new password logs in on $TO and the data is there" || bad "login or data after the upgrade"
else
    bad "the upgrade after --set-password failed"
fi
cli remove "$P" --delete-data --yes >/dev/null || bad "remove failed"
finish
