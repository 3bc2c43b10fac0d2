#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building, running and testing Directus Desktop needs on
# Debian 12 / Ubuntu 24.04 (apt). Safe to run again: it installs only what is missing.
#   install-deps.sh          build + run dependencies
#   install-deps.sh --test   also the test peers (dockerd, registry, keyring, Xvfb, ...) and the
#                            package checks (dpkg-shlibdeps, lintian, desktop-file-validate, appstreamcli)
set -euo pipefail

build_pkgs=(build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6-dev
    qtkeychain-qt6-dev libyaml-cpp-dev node-llhttp libgl-dev
    qt6-qpa-plugins)
run_pkgs=(docker.io)
test_pkgs=(docker-registry docker-compose gnome-keyring dbus dbus-x11 libsecret-tools xvfb xauth
    curl busybox-static debootstrap podman clang libclang-rt-14-dev python3
    dpkg-dev file lintian desktop-file-utils appstream xz-utils time)

want=("${build_pkgs[@]}" "${run_pkgs[@]}")
[ "${1:-}" = "--test" ] && want+=("${test_pkgs[@]}")

missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "[deps] all packages present"
    exit 0
fi
echo "[deps] installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
