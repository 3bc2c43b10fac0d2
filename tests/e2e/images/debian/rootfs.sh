#!/usr/bin/env bash
# Debian recipe: a bookworm root filesystem (debootstrap minbase, the machine's default
# Debian archive) with the given packages, trimmed, as a tarball.
#   rootfs.sh OUT.tar SERVICE_USER PACKAGE[,PACKAGE...]
# SERVICE_USER (postgres, mysql, redis) gets uid/gid 999, as in the official images.
# OUT.tar is written only when everything succeeded.
set -euo pipefail
out=$1 user=$2 pkgs=$3
cache=${DD_DEB_CACHE:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/dd-rootfs.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root
args=(--variant=minbase --include="$pkgs")
[ -n "$cache" ] && { mkdir -p "$cache"; args+=(--cache-dir="$cache"); }
# Retry: the archive can fail transiently.
for try in 1 2 3; do
    if debootstrap "${args[@]}" bookworm "$root" > "$work/debootstrap.log" 2>&1; then break; fi
    tail -20 "$work/debootstrap.log" >&2
    [ "$try" = 3 ] && { echo "[rootfs] debootstrap failed 3 times" >&2; exit 1; }
    echo "[rootfs] debootstrap failed (try $try); retrying" >&2
    rm -rf "$root"; sleep $((try * 10))
done

# uid/gid 999 for the service user, as the official images have it.
old_uid=$(chroot "$root" id -u "$user") old_gid=$(chroot "$root" id -g "$user")
if [ "$old_uid" != 999 ]; then
    chroot "$root" groupmod -g 999 "$user"
    chroot "$root" usermod -u 999 -g 999 "$user"
    find "$root" -xdev \( -uid "$old_uid" -o -gid "$old_gid" \) -print0 |
        xargs -0 -r chown -h --from="$old_uid:$old_gid" 999:999
fi

# Trim what a server image does not need.
rm -rf "$root"/usr/share/{doc,man,info,lintian,linda}/* "$root"/var/cache/apt/archives/*.deb \
    "$root"/var/lib/apt/lists/* "$root"/var/log/*.log "$root"/var/cache/debconf/*-old
find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name 'locale.alias' -exec rm -rf {} + 2>/dev/null || true
# Clusters and data made by the packages' postinst: the entry points make their own.
rm -rf "$root"/var/lib/postgresql/15/main "$root"/etc/postgresql/15/main "$root"/var/lib/mysql/*
: > "$root/etc/hostname"
tar -C "$root" --numeric-owner -cf "$out.partial" .
mv "$out.partial" "$out"
