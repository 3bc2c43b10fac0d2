#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole test suite, as the README gives it and as CI runs it:
# installs what is missing, builds the `ci` preset, starts the peers the tests
# need (a private dockerd, the loopback registry, a D-Bus session with an unlocked
# gnome-keyring), builds or reuses the test images, runs ctest and stops what it started.
# The last line it prints is ctest's summary.
#
# Environment:
#   DD_PRESET=ci|asan   build preset (default ci)
#   DD_SKIP_DEPS=1      do not call apt
#   DD_FUZZ_SECONDS=N   seconds per fuzz harness (default 10, CI's budget; longer runs by hand; 0 skips the fuzz step)
#   DD_BENCH=0          skip the benchmarks (they print figures, they never fail on time)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
preset=${DD_PRESET:-ci}
step() { printf '\n==== %s (%s)\n' "$*" "$(date +%H:%M:%S)"; }

if [ "${DD_SKIP_DEPS:-0}" != 1 ]; then
    step "dependencies"
    bash packaging/install-deps.sh --test
fi

# The peers first: the test images (npm installs above all) are built in the background
# while the C++ build runs, since on a fresh machine they are the longest step and mostly
# wait on the network.
step "services"
images_pid=
cleanup() {
    [ -n "$images_pid" ] && kill "$images_pid" 2>/dev/null || true
    step "stopping services"
    bash tests/services/podman.sh stop || true
    bash tests/services/engine.sh stop || true
    bash tests/services/registry.sh stop || true
}
trap cleanup EXIT
bash tests/services/registry.sh start
export "$(bash tests/services/engine.sh start)"   # DOCKER_HOST=unix://...
echo "DOCKER_HOST=$DOCKER_HOST"
bash tests/services/test-images.sh
# The engine tests stop and restart the engine once (a followed log stream must survive it).
export DD_ENGINE_CONTROL="$root/tests/services/engine.sh"
# The same engine tests against Podman's Docker-compatible API.
export "$(bash tests/services/podman.sh start)"   # DD_PODMAN_HOST=unix://...
export DD_PODMAN_CONTROL="$root/tests/services/podman.sh"

images_log=$(mktemp)
if [ -x tests/e2e/images/build-images.sh ]; then
    step "test images, in the background (built once per machine, reused by version and recipe)"
    tests/e2e/images/build-images.sh > "$images_log" 2>&1 &
    images_pid=$!
fi

step "build ($preset)"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

if [ -n "$images_pid" ]; then
    step "waiting for the test images"
    images_status=0
    wait "$images_pid" || images_status=$?
    images_pid=
    cat "$images_log"; rm -f "$images_log"
    [ "$images_status" = 0 ] || { echo "the test images could not be built (exit $images_status)"; exit "$images_status"; }
fi

builddir=build/$preset
if [ "${DD_FUZZ_SECONDS:-10}" != 0 ]; then
    step "fuzz (short runs)"
    bash tests/fuzz/run-fuzzers.sh "${DD_FUZZ_SECONDS:-10}"
fi

if [ "${DD_BENCH:-1}" != 0 ]; then
    step "benchmarks (figures only)"
    bash tests/bench/run-benchmarks.sh "$builddir"
fi

step "ctest"
# The keychain tests need a Secret Service: a private D-Bus session with an
# unlocked gnome-keyring, torn down with the session.
# HOME is a throwaway folder for that session, so the test keyring is never written
# into the real home (and a later run never finds it locked with another password).
export QT_QPA_PLATFORM=offscreen
keyring_home=$(mktemp -d)
status=0
HOME=$keyring_home XDG_DATA_HOME=$keyring_home/.local/share dbus-run-session -- sh -c '
    printf "ci-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec ctest --test-dir "$0" --output-on-failure --timeout 900 -j2 -LE bench
 ' "$root/$builddir" || status=$?
rm -rf "$keyring_home"
exit $status
