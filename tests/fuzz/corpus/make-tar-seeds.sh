#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the GNU tar seeds of fuzz_tar_reader (the committed files came from this script,
# GNU tar 1.34): every format tar writes, long names, pax records, hard and symbolic links,
# devices and a FIFO, a sparse file. One 512-byte record (-b 1) keeps each file small.
# Devices need root (mknod); without it those seeds are left out.
set -euo pipefail
out=$(cd "$(dirname "$0")" && pwd)/fuzz_tar_reader
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir -p uploads/deep
printf 'jpeg' > uploads/a.jpg
printf 'notes\n' > uploads/deep/notes.txt
long=uploads/$(printf 'd%.0s' {1..60})/$(printf 'n%.0s' {1..90}).png
mkdir -p "$(dirname "$long")"
printf 'png' > "$long"
ln uploads/a.jpg uploads/hard.jpg
ln -s a.jpg uploads/link.jpg
ln -s "$(printf 't%.0s' {1..130})" uploads/longlink
mkfifo uploads/fifo
t() { tar -b 1 --owner=node:1000 --group=node:1000 --mtime=2026-11-29T19:05:07Z --sort=name "$@"; }
t --format=gnu -cf "$out/gnu-links-longnames.tar" uploads
t --format=posix -cf "$out/pax-links-longnames.tar" uploads
t --format=ustar -cf "$out/ustar-prefix.tar" uploads/deep "$long" 2>/dev/null || true
t --format=v7 -cf "$out/v7.tar" uploads/a.jpg uploads/deep
t --format=oldgnu -cf "$out/oldgnu.tar" uploads/deep uploads/link.jpg
t --format=posix --pax-option='comment=directus desktop,mtime:=1764443107.5' -cf "$out/pax-global.tar" uploads/a.jpg
printf 'é' > "uploads/$(printf 'caf\xc3\xa9').txt"
t --format=posix -cf "$out/pax-utf8.tar" uploads/*.txt
truncate -s 2M sparse.bin && printf 'end' >> sparse.bin
t --format=gnu -S -cf "$out/gnu-sparse.tar" sparse.bin
if mknod dev-null c 1 3 2>/dev/null && mknod dev-loop b 7 0 2>/dev/null; then
    t --format=gnu -cf "$out/gnu-devices.tar" dev-null dev-loop uploads/fifo
    t --format=ustar -cf "$out/ustar-devices.tar" dev-null dev-loop
fi
