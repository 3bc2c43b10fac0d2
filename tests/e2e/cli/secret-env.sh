#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e/cli secret-env: a password in an instance file's extra environment (label safety).
# `create --from FILE` with EMAIL_SMTP_PASSWORD (and LOG_LEVEL) in extraEnv: the container gets
# the value; it is in no file of the data folder (instance file, journal, compose file), not in
# `export` without --with-secrets, not in any output of the commands; the instance file names it
# as kept in the secret store; `export --with-secrets` writes it (the person asked for it).
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
TAG=${DD_E2E_TAG:-11.1.2}
require_peers "directus/directus:$TAG"
VALUE="smtp-pass-$$-$RANDOM-typed"
OUT=$E2E_TMP/all-output

P=$(project senv)
cat > "$E2E_TMP/instance.yaml" <<EOF
schema: 1
id: copied-from-another-machine
name: $P
imageTag: "$TAG"
hostPort: $(free_port)
adminEmail: admin@example.com
database:
  kind: sqlite
extraEnv:
  - key: LOG_LEVEL
    value: info
  - key: EMAIL_SMTP_PASSWORD
    value: "$VALUE"
EOF
if cli create --from "$E2E_TMP/instance.yaml"; then ok "create --from exited 0"; else bad "create --from failed"; finish; fi
cat "$E2E_TMP/cli.out" >> "$OUT"
got=$(docker exec "$P-directus-1" node -e 'console.log(process.env.EMAIL_SMTP_PASSWORD || "")')
[ "$got" = "$VALUE" ] && ok "the container gets the value" || bad "the container's EMAIL_SMTP_PASSWORD is '$got'"
[ "$(docker exec "$P-directus-1" node -e 'console.log(process.env.LOG_LEVEL || "")')" = info ] && ok "a plain variable is passed as well" ||
    bad "LOG_LEVEL not passed"
f=$(grep -l -E "^name: \"?$P\"?$" "$DD_DATA_DIR"/instances/*.yaml | head -1)
python3 - "$f" <<'EOF' && ok "the instance file names it as kept in the secret store" || bad "instance file: $(cat "$f")"
import sys, re
text = open(sys.argv[1]).read()
block = text[text.index("EMAIL_SMTP_PASSWORD"):]
sys.exit(0 if re.match(r"EMAIL_SMTP_PASSWORD\"?\s*\n\s*secret: true", block) else 1)
EOF
cli export "$P" --dir "$E2E_TMP/export" || bad "export failed"
cat "$E2E_TMP/cli.out" >> "$OUT"
cli list >/dev/null || bad "list failed"; cat "$E2E_TMP/cli.out" >> "$OUT"
cli stop "$P" && cli start "$P" || bad "stop/start failed"; cat "$E2E_TMP/cli.out" >> "$OUT"
[ "$(docker exec "$P-directus-1" node -e 'console.log(process.env.EMAIL_SMTP_PASSWORD || "")')" = "$VALUE" ] &&
    ok "after a restart the container still gets it (read from the store)" || bad "lost after a restart"
found=$(grep -rlF -- "$VALUE" "$DD_DATA_DIR" "$E2E_TMP/export" 2>/dev/null || true)
[ -z "$found" ] && ok "the value is in no file of the data folder and not in the export" || bad "the value is in: $found"
grep -qF -- "$VALUE" "$OUT" && bad "the value was printed" || ok "no command printed it"
cli export "$P" --dir "$E2E_TMP/export-secrets" --with-secrets || bad "export --with-secrets failed"
grep -rqF -- "$VALUE" "$E2E_TMP/export-secrets" && ok "export --with-secrets writes it (asked for)" || bad "export --with-secrets lacks it"
cli remove "$P" --delete-data --yes >/dev/null || bad "remove failed"
finish
