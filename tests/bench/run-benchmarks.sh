#!/usr/bin/env bash
# Runs every benchmark built in BUILD_DIR and prints its figures. Never fails on time:
# a benchmark that cannot run prints NOT RUN and why.
set -uo pipefail
builddir=${1:?usage: run-benchmarks.sh BUILD_DIR}
shopt -s nullglob
for exe in "$builddir"/tests/bench/bench_*; do
    [ -x "$exe" ] || continue
    echo "-- $(basename "$exe")"
    "$exe" || echo "   NOT RUN or failed to finish: $(basename "$exe") exited $?"
done
