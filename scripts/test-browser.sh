#!/usr/bin/env bash
# Makes sure the browser tests have a browser: Debian's Chromium at /usr/bin/chromium (or $CP_CHROMIUM).
# Installs the Debian package chromium when it is missing (needs root); Playwright's own browser download is
# never used. Also installs the fonts Chromium needs to draw text, if the machine has none.
set -euo pipefail
browser=${CP_CHROMIUM:-/usr/bin/chromium}
if [ -x "$browser" ]; then
  echo "Browser for tests: $("$browser" --version 2>/dev/null || echo "$browser")"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "Chromium not found at $browser: install Debian's chromium package (or run as root, or set CP_CHROMIUM)." >&2
  exit 1
fi
echo "Installing Chromium (Debian package chromium) for the browser tests"
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
echo "Browser for tests: $("$browser" --version)"
