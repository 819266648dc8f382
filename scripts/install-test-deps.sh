#!/usr/bin/env bash
# Installs what optional tests need beyond a JDK: Debian's chromium for the HTML report's browser test
# (agent ChromiumRenderTest, skipped with a message where /usr/bin/chromium is absent). Idempotent and quiet:
# does nothing when chromium is there; installs it only as root with apt-get; otherwise says what to install.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "install-test-deps: installing chromium (apt-get) for the HTML report's browser test"
  export DEBIAN_FRONTEND=noninteractive
  # A fresh image may have no package lists yet, hence the update before the second try. A failure here
  # must not fail the build: the browser test skips itself without chromium.
  if apt-get install -y -q chromium >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1; }; then
    exit 0
  fi
  echo "install-test-deps: apt-get could not install chromium; the HTML report's browser test will be skipped"
  exit 0
fi
echo "install-test-deps: /usr/bin/chromium not found; install the 'chromium' package (e.g. sudo apt-get install" \
  "chromium) to run the HTML report's browser test, which is skipped without it"
