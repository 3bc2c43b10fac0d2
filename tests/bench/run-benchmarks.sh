#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark built in BUILD_DIR (bench_* executables, except those a bench_*.sh here
# drives) and every benchmark script here (bench_*.sh, given BUILD_DIR), and prints their figures. Never fails on time:
# a benchmark that cannot run prints NOT RUN and why.
set -uo pipefail
builddir=${1:?usage: run-benchmarks.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
shopt -s nullglob
# The follow benchmarks run a container of the small test image; on a fresh engine nothing
# has pulled it yet (test-images.sh only publishes it to the loopback registry).
if [ -n "${DOCKER_HOST:-}" ] && ! docker image inspect ddtest-busybox:1 >/dev/null 2>&1; then
    docker pull -q ddtest-busybox:1 >/dev/null 2>&1 || echo "-- could not pull ddtest-busybox:1; the follow benchmarks will say NOT RUN"
fi
for exe in "$builddir"/tests/bench/bench_*; do
    [ -f "$exe" ] && [ -x "$exe" ] || continue   # not the *_autogen folders
    # An executable with a script of its own name here is run by that script (it needs arguments).
    [ -f "$here/$(basename "$exe").sh" ] && continue
    echo "-- $(basename "$exe")"
    "$exe" || echo "   NOT RUN or failed to finish: $(basename "$exe") exited $?"
done
for script in "$here"/bench_*.sh; do
    echo "-- $(basename "$script" .sh)"
    bash "$script" "$builddir" || echo "   NOT RUN or failed to finish: $(basename "$script") exited $?"
done
