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

# Electron's install step downloads its binary; where that is impossible (no network but the
# npm registry), install without it: the web host and every test still work.
if ! npm ci --no-audit --no-fund; then
  echo "npm ci failed (most likely Electron's binary download); retrying without the Electron binary." >&2
  ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
