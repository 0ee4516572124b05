#!/usr/bin/env bash
# Installs what a fresh machine lacks: Debian's Chromium (browser tests and the demo; no browser
# download works here) and the npm dependencies (npm ci also builds the CLI bundle).
set -euo pipefail
cd "$(dirname "$0")/.."
chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ ! -x "$chrome" ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq chromium >/dev/null
fi
npm ci --no-audit --no-fund
