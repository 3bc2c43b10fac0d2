#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb as a user gets it (ctest -L package; the package is built by the fixture before):
#   1. desktop-file-validate and appstreamcli validate --no-net on the files inside the .deb
#   2. lintian: no errors; the warnings accepted below are printed with their reason
#   3. a clean Debian 12 root (debootstrap minbase, cached as a tarball keyed by this recipe):
#      its dependencies first (apt-get satisfy on the Depends line), then apt-get install ./*.deb,
#      --version, engine --json (no engine there: it must still print JSON), the GUI offscreen
#      until its first paint, then apt-get remove and purge: no file of ours may be left.
#   package-test.sh BUILD_DIR
# Needs root (debootstrap, chroot, mounts) and network access to the Debian archive.
# Exits 77 (ctest: not run) when it is not root or a tool is missing.
set -euo pipefail
started=$SECONDS
build=$(cd "${1:?usage: package-test.sh BUILD_DIR}" && pwd)
state=${DD_STATE_DIR:-/var/lib/directus-desktop-test}/package
log() { printf '[package %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { log "FAIL: $*"; exit 1; }
notrun() { echo "*** PACKAGE TEST NOT RUN: $*"; exit 77; }

[ "$(id -u)" = 0 ] || notrun "needs root (debootstrap, chroot)"
for tool in desktop-file-validate appstreamcli lintian dpkg-deb debootstrap chroot python3 flock; do
    command -v "$tool" >/dev/null || notrun "$tool is missing (packaging/install-deps.sh --test)"
done
mapfile -t debs < <(ls -t "$build"/directus-desktop_*.deb 2>/dev/null)
[ ${#debs[@]} -gt 0 ] || fail "no directus-desktop_*.deb in $build (cmake --build $build --target package)"
deb=${debs[0]}
log "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB"
log "Depends: $(dpkg-deb -f "$deb" Depends)"
log "Recommends: $(dpkg-deb -f "$deb" Recommends)"

work=$(mktemp -d "${TMPDIR:-/var/tmp}/dd-package.XXXXXX")
root=$work/root
mounts=()
cleanup() {
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" || true; done
    # Never delete through a mount that is still there (it would be the host's /dev or /proc).
    if grep -q " $root/" /proc/mounts; then
        log "mounts under $root are still there; leaving $work"
    else
        rm -rf --one-file-system "$work"
    fi
}
trap cleanup EXIT

# 1. The freedesktop files, as packaged.
dpkg-deb -x "$deb" "$work/deb"
desktop=$work/deb/usr/share/applications/org.directusdesktop.DirectusDesktop.desktop
metainfo=$work/deb/usr/share/metainfo/org.directusdesktop.DirectusDesktop.metainfo.xml
[ -f "$desktop" ] || fail "the .deb has no $(basename "$desktop")"
[ -f "$metainfo" ] || fail "the .deb has no $(basename "$metainfo")"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net"
for f in usr/bin/directus-desktop usr/share/man/man1/directus-desktop.1.gz \
         usr/share/bash-completion/completions/directus-desktop usr/share/doc/directus-desktop/copyright \
         usr/share/icons/hicolor/scalable/apps/org.directusdesktop.DirectusDesktop.svg \
         usr/share/icons/hicolor/{48x48,64x64,128x128,256x256}/apps/org.directusdesktop.DirectusDesktop.png; do
    [ -f "$work/deb/$f" ] || fail "the .deb has no /$f"
done
# The man page and the completion come from the help text: every command is in both.
commands=$("$work/deb/usr/bin/directus-desktop" --help | sed -n 's/^  \([a-z][a-z-]*\).*/\1/p' | sort -u)
[ -n "$commands" ] || fail "--help lists no command"
for c in $commands; do
    zcat "$work/deb/usr/share/man/man1/directus-desktop.1.gz" | grep -q "^\\\\fB$c\\\\fR" || fail "the man page lacks '$c'"
    grep -q "^        $c)" "$work/deb/usr/share/bash-completion/completions/directus-desktop" || fail "the completion lacks '$c'"
done
bash -n "$work/deb/usr/share/bash-completion/completions/directus-desktop" || fail "the completion is not valid bash"
log "desktop file, metainfo, man page and completion: ok ($(echo $commands | wc -w) commands)"

# 2. lintian. Accepted warnings, each with its reason:
accepted=(
    "initial-upload-closes-no-bugs: an upload to Debian would close its ITP bug; this package is not uploaded there"
)
lintian_out=$work/lintian.txt
suppress=()
[ ${#accepted[@]} -gt 0 ] && suppress=(--suppress-tags "$(printf '%s\n' "${accepted[@]}" | cut -d: -f1 | paste -sd,)")
lintian --tag-display-limit 0 --display-info "${suppress[@]}" "$deb" > "$lintian_out" 2>&1 || true
cat "$lintian_out"
errors=$(grep -c '^E: ' "$lintian_out" || true)
warnings=$(grep -c '^W: ' "$lintian_out" || true)
log "lintian: $errors errors, $warnings warnings (besides the ${#accepted[@]} accepted)"
for a in "${accepted[@]}"; do log "  accepted: $a"; done
[ "$errors" = 0 ] || fail "lintian reports errors"

# 3. A clean Debian 12 root, made once per recipe (this file's root_recipe) and kept as a tarball.
root_recipe() {
    debootstrap --variant=minbase --cache-dir="$state/debs" bookworm "$1"
}
recipe=$(declare -f root_recipe | sha256sum | cut -c1-16)
tarball=$state/bookworm-minbase-$recipe.tar
mkdir -p "$state/debs"
exec 9> "$state/.lock"
flock 9
if [ ! -f "$tarball" ]; then
    log "making the Debian 12 root (debootstrap; once per recipe)"
    for try in 1 2 3; do
        if root_recipe "$work/fresh" > "$work/debootstrap.log" 2>&1; then break; fi
        tail -20 "$work/debootstrap.log"
        [ "$try" = 3 ] && fail "debootstrap failed 3 times"
        rm -rf --one-file-system "$work/fresh"; sleep $((try * 10))
    done
    rm -rf "$work/fresh"/var/cache/apt/archives/*.deb
    tar -C "$work/fresh" --numeric-owner -cf "$tarball.partial" . && mv "$tarball.partial" "$tarball"
    rm -rf --one-file-system "$work/fresh"
    find "$state" -maxdepth 1 -name 'bookworm-minbase-*.tar' ! -name "$(basename "$tarball")" -delete
fi
flock -u 9
mkdir "$root"
tar -C "$root" --numeric-owner -xf "$tarball"
cp /etc/resolv.conf "$root/etc/resolv.conf"
for m in proc dev dev/pts; do
    case $m in proc) mount -t proc proc "$root/proc" ;; *) mount --bind "/$m" "$root/$m" ;; esac
    mounts+=("$root/$m")
done
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"; }
apt_quiet() { in_root apt-get -y -q -o Dpkg::Use-Pty=0 --no-install-recommends "$@" > "$work/apt.log" 2>&1 || { tail -30 "$work/apt.log"; return 1; }; }
# Every file and folder of the root, less what changes by itself (apt's and dpkg's own records,
# caches, logs, the temporary folder the tests run in).
snapshot() {
    (cd "$root" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./sys -o -path ./run -o -path ./tmp \
        -o -path ./var/cache -o -path ./var/log -o -path ./var/lib/apt -o -path ./var/lib/dpkg \) -prune -o -print) | sort > "$1"
}

log "apt-get update; the dependencies (apt-get satisfy on the Depends line)"
apt_quiet update || fail "apt-get update in the root"
apt_quiet satisfy "$(dpkg-deb -f "$deb" Depends)" || fail "the Depends line cannot be satisfied on Debian 12"
for p in $(dpkg-deb -f "$deb" Recommends Suggests | sed 's/^[A-Za-z]*://' | tr ',|' '  '); do
    in_root apt-cache show "$p" > /dev/null 2>&1 || fail "Recommends/Suggests name '$p', which Debian 12 does not have"
done
snapshot "$work/before.txt"

cp "$deb" "$root/tmp/"
log "apt-get install ./$(basename "$deb")"
apt_quiet install "/tmp/$(basename "$deb")" || fail "apt-get install ./$(basename "$deb")"
in_root dpkg-query -W -f='${Status}\n' directus-desktop | grep -q 'install ok installed' || fail "not installed"
in_root dpkg -L directus-desktop > "$work/ours.txt"

version=$(in_root directus-desktop --version) || fail "directus-desktop --version"
log "--version: $version"
[[ $version == "Directus Desktop "* ]] || fail "--version printed '$version'"

mkdir -p "$root/tmp/home" "$root/tmp/run"
chmod 700 "$root/tmp/run"
user_env=(HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/run)
rc=0
in_root "${user_env[@]}" directus-desktop engine --json > "$work/engine.json" 2> "$work/engine.err" || rc=$?
log "engine --json: exit $rc (0 an engine answers, 3 none does)"
[ "$rc" = 0 ] || [ "$rc" = 3 ] || { cat "$work/engine.err"; fail "engine --json exited with $rc"; }
python3 -m json.tool "$work/engine.json" > /dev/null || { cat "$work/engine.json"; fail "engine --json printed no JSON"; }

rc=0
in_root "${user_env[@]}" QT_QPA_PLATFORM=offscreen DD_QUIT_AFTER_FIRST_PAINT=1 \
    timeout 120 directus-desktop > "$work/gui.out" 2>&1 || rc=$?
grep -q '^first paint after' "$work/gui.out" && [ "$rc" = 0 ] || { cat "$work/gui.out"; fail "the GUI did not start and quit (exit $rc)"; }
log "GUI offscreen: $(grep '^first paint after' "$work/gui.out"), exit 0"

log "apt-get remove, then purge"
apt_quiet remove directus-desktop || fail "apt-get remove"
check_gone() {
    local what=$1 left
    snapshot "$work/after.txt"
    left=$(comm -13 "$work/before.txt" "$work/after.txt")
    [ -z "$left" ] || { printf '%s\n' "$left"; fail "after $what these were left behind"; }
    while read -r f; do
        [ -d "$root$f" ] || [ ! -e "$root$f" ] || fail "after $what /$f is still there"
    done < "$work/ours.txt"
}
check_gone "apt-get remove"
# Without conffiles dpkg forgets the package on remove already; purge whatever it still knows.
if in_root dpkg-query -W directus-desktop > /dev/null 2>&1; then
    apt_quiet purge directus-desktop || fail "apt-get purge"
    check_gone "apt-get purge"
fi
in_root dpkg-query -W -f='${Status}\n' directus-desktop 2>/dev/null | grep -Eq 'ok (installed|config-files|half)' \
    && fail "dpkg still lists directus-desktop"
log "remove and purge leave nothing of ours ($(wc -l < "$work/ours.txt") paths checked)"
log "PASS ($((SECONDS - started)) s)"
