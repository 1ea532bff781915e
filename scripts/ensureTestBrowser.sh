#!/usr/bin/env bash
# The browser tests look at the email in Debian's Chromium, with Noto fonts for Arabic glyphs.
# Installs both when they are missing and this is a root shell with apt-get (CI, a fresh container);
# otherwise says how to install them. BRIEFING_SKIP_BROWSER=1 skips the browser tests instead.
set -euo pipefail
[ "${BRIEFING_SKIP_BROWSER:-}" = "1" ] && exit 0
if [ -x /usr/bin/chromium ] && dpkg -s fonts-noto-core >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing chromium and fonts-noto-core for the browser tests (apt-get)…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-core >/dev/null
  exit 0
fi
echo "The browser tests need Debian's chromium and fonts-noto-core:" >&2
echo "  sudo apt-get update && sudo apt-get install chromium fonts-noto-core" >&2
echo "(or set BRIEFING_SKIP_BROWSER=1 to skip them)." >&2
exit 1
