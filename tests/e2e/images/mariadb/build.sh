#!/usr/bin/env bash
# build.sh BASE_IMAGE RECIPE_HASH: builds mariadb:10.11 from the Debian root filesystem image and publishes it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
base=$1 hash=$2
ver=$(docker run --rm --entrypoint dpkg-query "$base" -W -f '${Version}' mariadb-server)
case "$ver" in *:10.11.*|10.11.*) ;; *) fail "mariadb-server $ver is not 10.11" ;; esac
quiet env DOCKER_BUILDKIT=0 docker build -q --label "org.directusdesktop.recipe=$hash" --label org.directusdesktop.test-image=mariadb \
    --build-arg "BASE=$base" --build-arg "MARIADB_VERSION=$ver" -t dd-build/mariadb:10.11 "$here" >/dev/null
publish dd-build/mariadb:10.11 library/mariadb 10.11
docker rmi dd-build/mariadb:10.11 >/dev/null
