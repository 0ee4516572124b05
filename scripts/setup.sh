#!/usr/bin/env bash
# Installs what a fresh machine lacks: Debian's Chromium and Firefox ESR with its French language
# pack (browser tests and the demo; no browser download works here) and the npm dependencies
# (npm ci also builds the CLI bundle).
set -euo pipefail
cd "$(dirname "$0")/.."
chrome="${CHROME_PATH:-/usr/bin/chromium}"
firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
packages=()
[ -x "$chrome" ] || packages+=(chromium)
[ -x "$firefox" ] || packages+=(firefox-esr)
# tests/e2e/firefox.test.ts runs Debian's Firefox in French, as the counsellors' browsers are
if [ -z "${FIREFOX_PATH:-}" ] && ! dpkg -s firefox-esr-l10n-fr >/dev/null 2>&1; then packages+=(firefox-esr-l10n-fr); fi
if [ ${#packages[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
fi
npm ci --no-audit --no-fund
