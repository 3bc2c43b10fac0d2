#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench_create: create -> ready of a SQLite instance with the images present.
#   ours:     `directus-desktop create` until it returns (Directus answered /server/ping AND
#             the admin login was verified AND the compose file was written)
#   baseline: `docker-compose up -d` of the same stack, exported by the app, plus polling
#             /server/ping every 0.2 s until "pong" (no login check: the baseline does less)
# Same engine, same image, alternating runs, printed as a ratio (goal <= 1.10). Prints figures,
# never fails on time; prints NOT RUN when a peer is missing.
set -uo pipefail
builddir=${1:?usage: bench_create.sh BUILD_DIR}
cli=$builddir/directus-desktop
rounds=${DD_BENCH_CREATE_ROUNDS:-3}
tag=${DD_BENCH_TAG:-11.1.2}
notrun() { echo "   NOT RUN: $*"; exit 0; }
[ -x "$cli" ] || notrun "no $cli"
[ -n "${DOCKER_HOST:-}" ] && docker version >/dev/null 2>&1 || notrun "no engine (DOCKER_HOST)"
command -v docker-compose >/dev/null || notrun "docker-compose is missing"
docker image inspect "directus/directus:$tag" >/dev/null 2>&1 || docker pull -q "directus/directus:$tag" >/dev/null 2>&1 ||
    notrun "directus/directus:$tag is not available"

tmp=$(mktemp -d)
export DD_DATA_DIR=$tmp/data DD_SECRET_STORE=file:$tmp/secrets.yaml
projects=()
cleanup() {
    local p ids
    for p in "${projects[@]}"; do
        ids=$(docker ps -aq --filter "label=com.docker.compose.project=$p"); [ -n "$ids" ] && docker rm -fv $ids >/dev/null 2>&1
        ids=$(docker network ls -q --filter "label=com.docker.compose.project=$p"); [ -n "$ids" ] && docker network rm $ids >/dev/null 2>&1
        ids=$(docker volume ls -q --filter "label=com.docker.compose.project=$p"); [ -n "$ids" ] && docker volume rm $ids >/dev/null 2>&1
    done
    rm -rf "$tmp"
}
trap cleanup EXIT
now() { date +%s.%N; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN { print a - b }'; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

ours=(); base=()
for r in $(seq 1 "$rounds"); do
    p=benchcreate$$r$r; projects+=("$p")
    port=$(free_port)
    t0=$(now)
    "$cli" create "$p" --tag "$tag" --port "$port" >"$tmp/create.log" 2>&1 || { cat "$tmp/create.log"; notrun "create failed"; }
    t1=$(now)
    ours+=("$(minus "$t1" "$t0")")
    "$cli" export "$p" --with-secrets --dir "$tmp/export-$r" >/dev/null 2>&1 || notrun "export --with-secrets failed"
    "$cli" remove "$p" --delete-data --yes >/dev/null 2>&1 || notrun "remove failed"

    t0=$(now)
    docker-compose -p "$p" -f "$tmp/export-$r/docker-compose.yml" --env-file "$tmp/export-$r/.env" up -d >/dev/null 2>&1 ||
        notrun "docker-compose up -d failed"
    until [ "$(curl -s -m 2 "http://127.0.0.1:$port/server/ping")" = pong ]; do
        sleep 0.2
        awk -v a="$(minus "$(now)" "$t0")" 'BEGIN { exit !(a > 300) }' && notrun "compose stack never answered"
    done
    t1=$(now)
    base+=("$(minus "$t1" "$t0")")
    docker-compose -p "$p" -f "$tmp/export-$r/docker-compose.yml" --env-file "$tmp/export-$r/.env" down -v >/dev/null 2>&1
    printf '   round %d: ours %.2f s, docker-compose up -d + ping %.2f s\n' "$r" "${ours[-1]}" "${base[-1]}"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
mo=$(median "${ours[@]}"); mb=$(median "${base[@]}")
printf '   create->ready (SQLite, %s, images present): ours median %.2f s, baseline median %.2f s, ratio %.2f (goal <= 1.10)\n' \
    "$tag" "$mo" "$mb" "$(awk -v a="$mo" -v b="$mb" 'BEGIN { print a / b }')"
