#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Publishes the small images the engine tests pull, under docker.io-style names, to
# the loopback registry (so the engine pulls them through its mirror, for real):
#   ddtest-busybox:1   busybox (sh, seq, sleep, tar, ...) + two filler layers, ~3 MB
# Idempotent: skipped when the registry already holds the tag.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"
: "${DOCKER_HOST:?DOCKER_HOST must point at the test engine}"

name=ddtest-busybox
tag=1
if curl -sf "http://$DD_REGISTRY_ADDR/v2/library/$name/tags/list" | grep -q "\"$tag\""; then
    log "$name:$tag already in the registry"
    exit 0
fi
busybox=/bin/busybox   # statically linked, from busybox-static
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/rootfs/bin" "$work/rootfs/tmp" "$work/rootfs/data" "$work/ctx"
cp "$busybox" "$work/rootfs/bin/busybox"
for applet in $("$busybox" --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$work/rootfs/bin/$applet"
done
chmod 1777 "$work/rootfs/tmp"
tar -C "$work/rootfs" -c . | docker import -c 'CMD ["/bin/sh"]' - "dd-local/$name-base:$tag" >/dev/null
# Two more layers, so a pull reports several layers with byte progress.
head -c 1500000 /dev/urandom > "$work/ctx/filler-a"
head -c 700000 /dev/urandom > "$work/ctx/filler-b"
cat > "$work/ctx/Dockerfile" <<DOCKERFILE
FROM dd-local/$name-base:$tag
COPY filler-a /opt/filler-a
COPY filler-b /opt/filler-b
CMD ["/bin/sh"]
DOCKERFILE
DOCKER_BUILDKIT=0 docker build -q -t "$DD_REGISTRY_ADDR/library/$name:$tag" "$work/ctx" >/dev/null 2>&1
docker push -q "$DD_REGISTRY_ADDR/library/$name:$tag" >/dev/null
docker rmi "$DD_REGISTRY_ADDR/library/$name:$tag" "dd-local/$name-base:$tag" >/dev/null 2>&1 || true
log "$name:$tag published to $DD_REGISTRY_ADDR"
