#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Long fuzz runs by hand, one harness at a time, with ASan + UBSan (the fuzz preset's flags).
# Each harness runs until DD_FUZZ_SECONDS (default 1800) or DD_FUZZ_RUNS executions
# (default 10 million), whichever comes first, from its seed corpus and dictionary, then prints
#   harness | executions | edges of the seeds | edges at 10 s | edges at the end | crashes
# The first 10 s are a run of their own, so the edges at 10 s are libFuzzer's own count; the
# rest continues from the corpus that run left. With DD_FUZZ_KEEP=1 the inputs that raise
# coverage are merged into tests/fuzz/corpus/<harness>/ (libFuzzer -merge=1: only those).
#
#   nice -n 19 tests/fuzz/long-run.sh [harness ...]      (no names: every built harness)
# Environment: DD_FUZZ_SECONDS, DD_FUZZ_RUNS, DD_FUZZ_KEEP, DD_FUZZ_MAX_LEN (default: libFuzzer's).
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
seconds=${DD_FUZZ_SECONDS:-1800}
runs=${DD_FUZZ_RUNS:-10000000}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
bin=build/fuzz/tests/fuzz
out=build/fuzz/long
mkdir -p "$out"

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for src in tests/fuzz/fuzz_*.cpp; do names+=("$(basename "$src" .cpp)"); done
fi

edges() { grep -o 'cov: [0-9]*' "$1" | tail -1 | cut -d' ' -f2; }
inited() { grep -m1 'INITED' "$1" | grep -o 'cov: [0-9]*' | cut -d' ' -f2; }
execs() { grep -o 'stat::number_of_executed_units: [0-9]*' "$1" | cut -d' ' -f2; }

table=()
for name in "${names[@]}"; do
    exe=$bin/$name
    if [ ! -x "$exe" ]; then
        table+=("| $name | not built | | | | |")
        continue
    fi
    work=$out/corpus/$name
    rm -rf "$work" && mkdir -p "$work"
    args=(-timeout=10 -print_final_stats=1 -artifact_prefix="$out/$name-")
    [ -f tests/fuzz/dict/"$name".dict ] && args+=(-dict=tests/fuzz/dict/"$name".dict)
    [ -n "${DD_FUZZ_MAX_LEN:-}" ] && args+=(-max_len="$DD_FUZZ_MAX_LEN")
    seeds=()
    [ -d tests/fuzz/corpus/"$name" ] && seeds=(tests/fuzz/corpus/"$name")
    start=$(date +%s)
    echo "== $name: 10 s, then up to $((seconds - 10)) s or $runs executions in all ($(date -u +%H:%M:%S) UTC)"
    "$exe" "${args[@]}" -max_total_time=10 "$work" "${seeds[@]}" >"$out/$name.10s.log" 2>&1
    status=$?
    n1=$(execs "$out/$name.10s.log"); n1=${n1:-0}
    e0=$(inited "$out/$name.10s.log")
    e10=$(edges "$out/$name.10s.log")
    n2=0
    e_end=$e10
    if [ "$status" -eq 0 ] && [ "$runs" -gt "$n1" ]; then
        "$exe" "${args[@]}" -max_total_time=$((seconds - 10)) -runs=$((runs - n1)) "$work" "${seeds[@]}" >"$out/$name.log" 2>&1
        status=$?
        n2=$(execs "$out/$name.log"); n2=${n2:-0}
        e_end=$(edges "$out/$name.log")
    fi
    crashes=$(find "$out" -maxdepth 1 -name "$name-*" -newermt "@$start" | wc -l)
    [ "$status" -eq 0 ] || [ "$crashes" -gt 0 ] || crashes="exit $status"
    echo "   $((n1 + n2)) executions in $(( $(date +%s) - start )) s, edges $e0 -> $e10 (10 s) -> $e_end, crashes: $crashes"
    table+=("| $name | $((n1 + n2)) | $e0 | $e10 | $e_end | $crashes |")
    if [ "${DD_FUZZ_KEEP:-0}" = 1 ] && [ -d tests/fuzz/corpus/"$name" ]; then
        "$exe" -merge=1 "${args[@]}" tests/fuzz/corpus/"$name" "$work" >"$out/$name.merge.log" 2>&1 \
            && echo "   kept: $(grep -o 'MERGE-OUTER: [0-9]* new files[^;]*' "$out/$name.merge.log" || echo '?')"
    fi
done

echo
echo "| harness | executions | edges (seeds) | edges at 10 s | edges at the end | crashes |"
echo "|---|---:|---:|---:|---:|---:|"
printf '%s\n' "${table[@]}"
