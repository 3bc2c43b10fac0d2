#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer harnesses (preset `fuzz`, clang) and runs each for SECONDS.
# A crash fails the run; the crashing input is left under build/fuzz/artifacts.
set -euo pipefail
seconds=${1:-20}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target dd_fuzzers
mkdir -p build/fuzz/artifacts
shopt -s nullglob
for exe in build/fuzz/tests/fuzz/fuzz_*; do
    [ -f "$exe" ] && [ -x "$exe" ] || continue   # not the *_autogen folders
    name=$(basename "$exe")
    corpus=build/fuzz/corpus/$name
    mkdir -p "$corpus"
    seeds=tests/fuzz/seeds/${name#fuzz_}
    [ -d "$seeds" ] && cp -n "$seeds"/* "$corpus"/ 2>/dev/null || true
    echo "-- $name for ${seconds}s"
    "$exe" -max_total_time="$seconds" -artifact_prefix=build/fuzz/artifacts/ -print_final_stats=1 "$corpus" 2>&1 \
        | grep -E 'stat::number_of_executed_units|ERROR|SUMMARY|crash-' || true
    [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "fuzzer $name found a failure"; exit 1; }
done
