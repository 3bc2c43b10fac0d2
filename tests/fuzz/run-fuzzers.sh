#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer harnesses (preset `fuzz`, clang) and runs each for SECONDS (CI: 10),
# starting from its seed corpus (tests/fuzz/corpus/<harness>/) and dictionary
# (tests/fuzz/dict/<harness>.dict). New inputs go to build/fuzz/corpus/<harness>/, never into
# the repository (long-run.sh keeps the ones that raise coverage).
#
# A crash (or a leak, a timeout, an out-of-memory) fails the run; the input is left under
# build/fuzz/artifacts/. A harness that is not built (no clang, or its build failed) is
# reported and skipped, never a failure: the ci preset is what checks that the code compiles.
set -uo pipefail
seconds=${1:-20}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

if command -v clang++ >/dev/null && cmake --preset fuzz >/dev/null; then
    cmake --build --preset fuzz --target dd_fuzzers || echo "-- some fuzz harnesses did not build; they are skipped"
else
    echo "-- no clang or the fuzz preset does not configure: every harness is skipped"
fi

mkdir -p build/fuzz/artifacts
failed=()
skipped=()
for src in tests/fuzz/fuzz_*.cpp; do
    name=$(basename "$src" .cpp)
    exe=build/fuzz/tests/fuzz/$name
    if [ ! -x "$exe" ]; then
        echo "-- $name: not built, skipped"
        skipped+=("$name")
        continue
    fi
    corpus=build/fuzz/corpus/$name
    mkdir -p "$corpus"
    args=(-max_total_time="$seconds" -timeout=10 -print_final_stats=1 -artifact_prefix=build/fuzz/artifacts/"$name"-)
    [ -f tests/fuzz/dict/"$name".dict ] && args+=(-dict=tests/fuzz/dict/"$name".dict)
    seeds=()
    [ -d tests/fuzz/corpus/"$name" ] && seeds=(tests/fuzz/corpus/"$name")
    echo "-- $name for ${seconds}s"
    log=build/fuzz/$name.log
    "$exe" "${args[@]}" "$corpus" "${seeds[@]}" >"$log" 2>&1
    status=$?
    grep -E 'INITED|DONE|stat::number_of_executed_units' "$log" || true
    if [ "$status" -ne 0 ]; then
        grep -E -A40 '^==[0-9]+==ERROR|runtime error|deadly signal|SUMMARY' "$log" | head -80
        grep -E 'Test unit written to' "$log" || true
        echo "-- $name FAILED (exit $status); the full log is $log"
        failed+=("$name")
    fi
done

[ ${#skipped[@]} -eq 0 ] || echo "-- not built, skipped: ${skipped[*]}"
if [ ${#failed[@]} -ne 0 ]; then
    echo "-- fuzzers that found a failure: ${failed[*]}"
    exit 1
fi
echo "-- no fuzzer found a failure"
