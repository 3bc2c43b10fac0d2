#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# GUI figures of issue 5 (bench_gui does the measuring; this script runs it and prints ratios):
# - cold start to the first painted main window with 3 stored instances vs a minimal Qt Widgets
#   window, median of 5 alternating runs each (goal <= 1.5x), under xvfb-run when available;
# - RSS after 5 s idle with 3 instances (goal <= 60 MB), next to the minimal window's;
# - following 1,000,000 log lines of a real container: UI stall (max lateness of a 10 ms timer,
#   goal <= 50 ms), RSS (goal <= 120 MB) and the search's time to its first result (goal <= 200 ms).
set -uo pipefail
builddir=${1:?usage: bench_gui.sh BUILD_DIR}
bench=$builddir/tests/bench/bench_gui
[ -x "$bench" ] || { echo "   NOT RUN: $bench is not built"; exit 0; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export DD_DATA_DIR=$tmp/data DD_SECRET_STORE=file:$tmp/secrets.yaml
"$bench" prepare "$DD_DATA_DIR" || exit 0
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

ms() { local s e; s=$(date +%s%N); "${run[@]}" "$bench" "$1" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# One warm-up run of each first (disk cache).
ms minimal >/dev/null; ms main >/dev/null
for _ in 1 2 3 4 5; do ms minimal >> "$tmp/minimal"; ms main >> "$tmp/main"; done
mini=$(median < "$tmp/minimal"); main=$(median < "$tmp/main")
echo "   cold start to first paint ($display, median of 5): main window with 3 instances $main ms, minimal Qt window $mini ms -> ratio $(awk -v a="$main" -v b="$mini" 'BEGIN {printf "%.2f", a/b}') (goal <= 1.5)"
read -r rss rows < <("${run[@]}" "$bench" idle-rss 5 2>/dev/null)
mrss=$("${run[@]}" "$bench" minimal-rss 5 2>/dev/null)
echo "   RSS idle after 5 s: main window with $rows instances ${rss} MiB (goal <= 60), minimal Qt window ${mrss} MiB"

case "$DOCKER_HOST" in *no-engine.sock) echo "   follow: NOT RUN (no DOCKER_HOST)"; exit 0 ;; esac
docker image inspect ddtest-busybox:1 >/dev/null 2>&1 || docker pull -q ddtest-busybox:1 >/dev/null 2>&1 || { echo "   follow: NOT RUN (ddtest-busybox:1 missing; tests/services/test-images.sh makes it)"; exit 0; }
cid=$(docker run -d --label org.directusdesktop.bench=1 ddtest-busybox:1 sh -c 'seq 1 1000000; sleep 600') || { echo "   follow: NOT RUN (docker run failed)"; exit 0; }
"${run[@]}" "$bench" follow "$cid" 2>/dev/null
docker rm -f "$cid" >/dev/null 2>&1
exit 0
