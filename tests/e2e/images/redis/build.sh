#!/usr/bin/env bash
# build.sh BASE_IMAGE RECIPE_HASH: builds redis:7 from the Debian root filesystem image and publishes it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
base=$1 hash=$2
ver=$(docker run --rm --entrypoint redis-server "$base" --version | sed -n 's/.* v=\([0-9.]*\).*/\1/p')
case "$ver" in 7.*) ;; *) fail "redis-server $ver is not 7.x" ;; esac
quiet env DOCKER_BUILDKIT=0 docker build -q --label "org.directusdesktop.recipe=$hash" --label org.directusdesktop.test-image=redis \
    --build-arg "BASE=$base" --build-arg "REDIS_VERSION=$ver" -t dd-build/redis:7 "$here" >/dev/null
publish dd-build/redis:7 library/redis 7
docker rmi dd-build/redis:7 >/dev/null
