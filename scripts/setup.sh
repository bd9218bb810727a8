#!/usr/bin/env bash
# One-time set-up on a fresh machine: the system packages tests need, then the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || [ -x "${NEWSDESK_CHROMIUM:-/usr/bin/chromium}" ] || need+=(chromium)
# Photo tests read renditions back with exiftool; the photo bench compares with libvips' and
# ImageMagick's command lines (the real ImageMagick: some images put a stand-in `convert` on PATH).
command -v exiftool >/dev/null 2>&1 || need+=(libimage-exiftool-perl)
command -v vipsthumbnail >/dev/null 2>&1 || need+=(libvips-tools)
[ -x /usr/bin/convert ] || command -v magick >/dev/null 2>&1 || need+=(imagemagick)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${need[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" fonts-noto-core >/dev/null
  else
    echo "Missing for the tests: ${need[*]}. Install them (e.g. 'sudo apt-get install ${need[*]}') or set NEWSDESK_CHROMIUM." >&2
  fi
fi

# The CMS tests start their own WordPress (tests/support/wordpress) from Debian 12's packages.
# apt would start apache2 and mariadb on :80/:3306: a policy-rc.d that exits 101 keeps them
# stopped (added only if there is none, removed after). The theme is not pulled in without
# recommends, so it is named.
wordpress_packages=(mariadb-server php-cli php-mysql php-intl php-mbstring php-gd php-xml php-curl
  wordpress wordpress-theme-twentytwentythree)
wp_need=()
for pkg in "${wordpress_packages[@]}"; do
  [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" == *' installed' ]] || wp_need+=("$pkg")
done
if [ ${#wp_need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${wp_need[*]} for the WordPress tests with apt-get"
    added_policy=
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && added_policy=1
    fi
    wp_status=0
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${wp_need[@]}" >/dev/null; } || wp_status=$?
    [ -z "$added_policy" ] || rm -f /usr/sbin/policy-rc.d
    [ "$wp_status" = 0 ] || { echo "apt-get could not install ${wp_need[*]}" >&2; exit "$wp_status"; }
  else
    echo "Missing for the WordPress tests: ${wp_need[*]}. Install them (e.g. 'sudo apt-get install --no-install-recommends ${wp_need[*]}')." >&2
  fi
fi

# Electron's install step downloads its binary; where that is impossible (no network but the
# npm registry), install without it: the web host and every test still work.
if ! npm ci --no-audit --no-fund; then
  echo "npm ci failed (most likely Electron's binary download); retrying without the Electron binary." >&2
  ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
