#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench_backup: memory and time of a backup of a PostgreSQL instance, whatever the database's size.
#   ours:     `directus-desktop backup NAME` (dump streamed to the folder, uploads and extensions
#             archived, manifest with checksums, the whole backup verified), its peak RSS from
#             GNU time, its wall time
#   baseline: in the same run, on the same instance: the peak RSS of `directus-desktop status NAME`
#             (the same program, one engine request, no dump), and the wall time of
#             `docker exec DATABASE pg_dump > FILE` (the dump alone, streamed by the docker CLI)
# Prints the dump's size, the RSS figures and their ratio (goal: backup RSS under 150 MB and a
# ratio that does not grow with the size), and the time ratio. Never fails on time; prints NOT
# RUN when a peer is missing.
#   DD_BENCH_BACKUP_MB=N  database size to fill, in MB (default 64)
#   DD_BENCH_LARGE=1      2048 MB (the issue's figure; by hand, it takes several minutes)
set -uo pipefail
builddir=${1:?usage: bench_backup.sh BUILD_DIR}
cli=$builddir/directus-desktop
tag=${DD_BENCH_TAG:-11.1.2}
mb=${DD_BENCH_BACKUP_MB:-64}
[ "${DD_BENCH_LARGE:-0}" = 1 ] && mb=2048
notrun() { echo "   NOT RUN: $*"; exit 0; }
[ -x "$cli" ] || notrun "no $cli"
[ -x /usr/bin/time ] || notrun "GNU time (/usr/bin/time, package time) is missing"
[ -n "${DOCKER_HOST:-}" ] && docker version >/dev/null 2>&1 || notrun "no engine (DOCKER_HOST)"
for image in "directus/directus:$tag" postgis/postgis:15-3.3; do
    docker image inspect "$image" >/dev/null 2>&1 || docker pull -q "$image" >/dev/null 2>&1 || notrun "$image is not available"
done

tmp=$(mktemp -d)
export DD_DATA_DIR=$tmp/data DD_SECRET_STORE=file:$tmp/secrets.yaml
p=benchbackup$$
cleanup() {
    "$cli" remove "$p" --delete-data --yes >/dev/null 2>&1
    rm -rf "$tmp"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
# peak_rss_kb LOG: "Maximum resident set size (kbytes): N" from GNU time -v
peak_rss_kb() { awk -F': ' '/Maximum resident set size/ { print $2 }' "$1"; }

"$cli" create "$p" --tag "$tag" --database postgres --port "$(free_port)" >"$tmp/create.log" 2>&1 ||
    { sed 's/^/   | /' "$tmp/create.log"; notrun "create failed"; }
db=$(docker ps --filter "label=org.directusdesktop.instance" --filter "label=com.docker.compose.project=$p" \
    --filter "label=com.docker.compose.service=database" --format '{{.Names}}')
[ -n "$db" ] || notrun "no database container of $p"
psql() { docker exec "$db" sh -c 'exec psql -q -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d "$POSTGRES_DB" "$@"' sh "$@"; }
# Rows of ~900 bytes of hex text: the plain dump is about as large as the table, and nothing in
# the chain can compress it away.
rows=$(( mb * 1024 * 1024 / 910 ))
t0=$(now)
psql -c "CREATE TABLE bench_fill AS SELECT g AS id, repeat(md5(g::text), 28) AS payload FROM generate_series(1, $rows) g" ||
    notrun "filling the database failed"
printf '   filled %d MB (%d rows) in %.0f s\n' "$mb" "$rows" "$(awk -v a="$(now)" -v b="$t0" 'BEGIN { print a - b }')"

/usr/bin/time -v -o "$tmp/status.time" "$cli" status "$p" >/dev/null 2>&1 || notrun "status failed"
t0=$(now)
/usr/bin/time -v -o "$tmp/backup.time" "$cli" backup "$p" --dir "$tmp/backups" >"$tmp/backup.log" 2>&1 ||
    { sed 's/^/   | /' "$tmp/backup.log"; notrun "backup failed"; }
t1=$(now)
dump=$(find "$tmp/backups" -name database.sql -print -quit)
[ -n "$dump" ] || notrun "the backup has no database.sql"
t2=$(now)
docker exec "$db" sh -c 'exec pg_dump -U "$POSTGRES_USER" -d "$POSTGRES_DB" --no-owner --no-privileges' >"$tmp/baseline.sql" ||
    notrun "docker exec pg_dump failed"
t3=$(now)

dump_mb=$(( $(stat -c %s "$dump") / 1024 / 1024 ))
base_mb=$(( $(stat -c %s "$tmp/baseline.sql") / 1024 / 1024 ))
ours_kb=$(peak_rss_kb "$tmp/backup.time"); status_kb=$(peak_rss_kb "$tmp/status.time")
printf '   backup of a %d MB PostgreSQL dump (baseline dump %d MB): peak RSS %d MB, status %d MB, ratio %.2f (goal: under 150 MB, the same ratio at any size)\n' \
    "$dump_mb" "$base_mb" "$(( ours_kb / 1024 ))" "$(( status_kb / 1024 ))" "$(awk -v a="$ours_kb" -v b="$status_kb" 'BEGIN { print a / b }')"
printf '   wall: backup (dump + archives + checksums + verification) %.1f s, docker exec pg_dump > file %.1f s, ratio %.2f\n' \
    "$(awk -v a="$t1" -v b="$t0" 'BEGIN { print a - b }')" "$(awk -v a="$t3" -v b="$t2" 'BEGIN { print a - b }')" \
    "$(awk -v a="$t1" -v b="$t0" -v c="$t3" -v d="$t2" 'BEGIN { print (a - b) / (c - d) }')"
