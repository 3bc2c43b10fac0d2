#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# AppImage recipe (not run yet; see README): the release build installed into an AppDir, Qt's
# libraries and plugins (platforms, image formats incl. SVG, Wayland) bundled by linuxdeploy and
# its Qt plugin, which must be on PATH (or given as LINUXDEPLOY=...).
#   packaging/appimage/build-appimage.sh   ->  build/appimage/Directus_Desktop-<version>-x86_64.AppImage
# Build it on the oldest distribution it should run on (glibc is not bundled).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
linuxdeploy=${LINUXDEPLOY:-linuxdeploy}
command -v "$linuxdeploy" >/dev/null || { echo "linuxdeploy is missing (and linuxdeploy-plugin-qt)" >&2; exit 1; }
out=$root/build/appimage
appdir=$out/AppDir
rm -rf "$appdir"
cmake -S "$root" -B "$out/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDD_BUILD_TESTS=OFF -DDD_PCH=ON \
    -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$out/build"
DESTDIR=$appdir cmake --install "$out/build" --strip
# The Secret Service and KWallet are the host's (over D-Bus), as is the Docker engine.
export QMAKE=${QMAKE:-qmake6}
export EXTRA_QT_PLUGINS=${EXTRA_QT_PLUGINS:-svg;waylandcompositor}
cd "$out"
"$linuxdeploy" --appdir "$appdir" --plugin qt --output appimage \
    --desktop-file "$appdir/usr/share/applications/org.directusdesktop.DirectusDesktop.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/org.directusdesktop.DirectusDesktop.png"
ls -l "$out"/*.AppImage
