#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck disable=SC2046  # $(directus_env ...) prints -e NAME=VALUE words without spaces: split on purpose
# peers/broken-image: directus/directus:10.99.0-broken (10.13.4 plus one migration that
# throws; with DD_PEERS_BROKEN, 12.99.0-broken from 12.4.0; see tests/e2e/images/README.md) is pulled through the mirror, says 10.99.0-broken
# in /directus/package.json, and its bootstrap fails on a database: the container exits
# non-zero with the migration's message. The upgrade tests use it to prove rollback.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
require_engine

img=directus/directus:$BROKEN_TAG
pull "$img" fresh || finish
pj=$(docker run --rm --label "$PEERS_LABEL" --label "$PEERS_RUN_LABEL" --entrypoint cat "$img" /directus/package.json)
case "$pj" in *"\"version\": \"$BROKEN_TAG\""*) ok "$img: /directus/package.json says $BROKEN_TAG" ;;
              *) bad "$img: /directus/package.json = $pj" ;; esac
c=$(run broken -p 127.0.0.1::8055 $(directus_env "$BROKEN_BASE") "$img")
deadline=$(( $(date +%s) + 180 ))
while [ "$(docker inspect -f '{{.State.Running}}' "$c")" = true ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 1; done
state=$(docker inspect -f '{{.State.Running}} {{.State.ExitCode}}' "$c")
logs=$(docker logs "$c" 2>&1)
case "$state" in "false 0") bad "$img: the container exited with 0"; show_logs "$c" ;;
                 false\ *) ok "$img: bootstrap failed, the container exited with ${state#false }" ;;
                 *) bad "$img: still running after 180 s"; show_logs "$c" ;; esac
case "$logs" in *"dd-test: deliberately failing migration"*) ok "$img: the log shows the failing migration's message" ;;
                *) bad "$img: the log does not show the failing migration"; show_logs "$c" ;; esac
case "$logs" in *"Server started"*) bad "$img: the server started anyway" ;; esac
finish
