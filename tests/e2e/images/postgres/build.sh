#!/usr/bin/env bash
# build.sh BASE_IMAGE RECIPE_HASH: builds postgres:15 and postgis/postgis:15-3.3 from the
# Debian root filesystem image BASE_IMAGE and publishes them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
base=$1 hash=$2
pkgver() { docker run --rm --entrypoint dpkg-query "$base" -W -f '${Version}' "$1"; }
pg_version=$(pkgver postgresql-15)
postgis_version=$(pkgver postgresql-15-postgis-3)
case "$postgis_version" in 3.3.*) ;; *) fail "PostGIS $postgis_version is not 3.3 (the tag says 15-3.3)" ;; esac
labels=(--label "org.directusdesktop.recipe=$hash")
quiet env DOCKER_BUILDKIT=0 docker build -q "${labels[@]}" --label org.directusdesktop.test-image=postgres \
    --build-arg "BASE=$base" --build-arg "PG_VERSION=$pg_version" -t dd-build/postgres:15 "$here" >/dev/null
quiet env DOCKER_BUILDKIT=0 docker build -q "${labels[@]}" --label org.directusdesktop.test-image=postgis \
    --build-arg BASE=dd-build/postgres:15 --build-arg "POSTGIS_VERSION=$postgis_version" \
    -f "$here/Dockerfile.postgis" -t dd-build/postgis:15-3.3 "$here" >/dev/null
publish dd-build/postgres:15 library/postgres 15
publish dd-build/postgis:15-3.3 postgis/postgis 15-3.3
docker rmi dd-build/postgis:15-3.3 dd-build/postgres:15 >/dev/null
