#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# GUI figures of issues 5 and 21 (bench_gui does the measuring; this script runs it and prints ratios):
# - start to the first painted main window with 3 and with 50 stored instances vs a minimal Qt
#   Widgets window, no engine, under Xvfb when available:
#   * instructions (valgrind --tool=callgrind, every thread), which repeat on a noisy machine
#     (goal <= 1.2x with 3 instances, <= 1.3x with 50);
#   * wall time, median of DD_BENCH_RUNS (default 11) alternating runs each (goal <= 1.2x);
# - RSS after 5 s idle with 3 instances (goal <= 1.3x the minimal window's), and again with a fresh
#   tag cache (the update check then asks no registry);
# - following 1,000,000 log lines of a real container: UI stall (max lateness of a 10 ms timer,
#   goal <= 50 ms), RSS (goal <= 120 MB) and the search's time to its first result (goal <= 200 ms).
# Figures only: nothing here passes or fails on time.
set -uo pipefail
builddir=${1:?usage: bench_gui.sh BUILD_DIR}
bench=$builddir/tests/bench/bench_gui
[ -x "$bench" ] || { echo "   NOT RUN: $bench is not built"; exit 0; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export DD_SECRET_STORE=file:$tmp/secrets.yaml
"$bench" prepare "$tmp/data3" 3 || exit 0
"$bench" prepare "$tmp/data50" 50 || exit 0
export DD_DATA_DIR=$tmp/data3
# One X server for every run, so its start-up is in no figure.
if command -v Xvfb >/dev/null; then
    for n in $(seq 90 99); do [ -e /tmp/.X11-unix/X$n ] || break; done
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill $xvfb 2>/dev/null; rm -rf "$tmp"' EXIT
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
    run=(env DISPLAY=":$n" QT_QPA_PLATFORM=xcb); display="Xvfb"
else
    run=(env QT_QPA_PLATFORM=offscreen); display="offscreen (no Xvfb)"
fi
# Without an engine the main window shows its banner; the start-up figure is about the window.
export DOCKER_HOST=${DOCKER_HOST:-unix://$tmp/no-engine.sock}

# mode + instances: minimal 0 | main 3 | main 50
ms() { local s e; s=$(date +%s%N); "${run[@]}" DD_DATA_DIR="$tmp/data$2" "$bench" "$1" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
runs=${DD_BENCH_RUNS:-11}

# Instructions to the first paint: every thread, one run each (they repeat to a fraction of a percent).
if command -v valgrind >/dev/null; then
    ir() {
        "${run[@]}" DD_DATA_DIR="$tmp/data$2" valgrind --tool=callgrind --callgrind-out-file=/dev/null \
            "$bench" "$1" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p' | tail -1
    }
    imin=$(ir minimal 0); i3=$(ir main 3); i50=$(ir main 50)
    if [ -n "$imin" ] && [ -n "$i3" ] && [ -n "$i50" ]; then
        echo "   instructions to first paint (callgrind, $display): minimal Qt window $imin; main window with 3 instances $i3 -> ratio $(ratio "$i3" "$imin") (goal <= 1.2); with 50 instances $i50 -> ratio $(ratio "$i50" "$imin") (goal <= 1.3)"
    else
        echo "   instructions to first paint: NOT RUN (callgrind printed no count)"
    fi
else
    echo "   instructions to first paint: NOT RUN (no valgrind)"
fi

# Wall time: one warm-up run of each first (disk cache), then alternating runs.
ms minimal 0 >/dev/null; ms main 3 >/dev/null; ms main 50 >/dev/null
for _ in $(seq "$runs"); do ms minimal 0 >> "$tmp/minimal"; ms main 3 >> "$tmp/main3"; ms main 50 >> "$tmp/main50"; done
mini=$(median < "$tmp/minimal"); main3=$(median < "$tmp/main3"); main50=$(median < "$tmp/main50")
echo "   wall time to first paint ($display, median of $runs alternating runs): minimal Qt window $mini ms; main window with 3 instances $main3 ms -> ratio $(ratio "$main3" "$mini") (goal <= 1.2); with 50 instances $main50 ms -> ratio $(ratio "$main50" "$mini") (goal <= 1.3)"

read -r rss rows < <("${run[@]}" "$bench" idle-rss 5 2>/dev/null)
mrss=$("${run[@]}" "$bench" minimal-rss 5 2>/dev/null)
echo "   RSS idle after 5 s: minimal Qt window ${mrss} MiB; main window with $rows instances ${rss} MiB -> ratio $(ratio "$rss" "$mrss") (goal <= 1.3)"
# The same with a fresh tag cache: the update check then makes no request (no TLS, no HTTP).
cp -r "$tmp/data3" "$tmp/data3c" && "$bench" fresh-tags "$tmp/data3c" \
    && read -r crss crows < <("${run[@]}" DD_DATA_DIR="$tmp/data3c" "$bench" idle-rss 5 2>/dev/null) \
    && echo "   RSS idle after 5 s with a fresh tag cache (no registry request): main window with $crows instances ${crss} MiB -> ratio $(ratio "$crss" "$mrss")"

case "$DOCKER_HOST" in *no-engine.sock) echo "   follow: NOT RUN (no DOCKER_HOST)"; exit 0 ;; esac
docker image inspect ddtest-busybox:1 >/dev/null 2>&1 || docker pull -q ddtest-busybox:1 >/dev/null 2>&1 || { echo "   follow: NOT RUN (ddtest-busybox:1 missing; tests/services/test-images.sh makes it)"; exit 0; }
cid=$(docker run -d --label org.directusdesktop.bench=1 ddtest-busybox:1 sh -c 'seq 1 1000000; sleep 600') || { echo "   follow: NOT RUN (docker run failed)"; exit 0; }
"${run[@]}" "$bench" follow "$cid" 2>/dev/null
docker rm -f "$cid" >/dev/null 2>&1
exit 0
