#!/usr/bin/env bash
# Installs the system packages some tests use; tests whose tool is missing skip with a message instead.
# Idempotent: installs only what is missing, and only as root with apt-get; otherwise prints what to install.
# To add a package, add one line to PACKAGES: "<debian package> <file it provides>".
set -euo pipefail

PACKAGES=(
  "prometheus /usr/bin/prometheus"   # it-export: PrometheusScrapeIT (prometheus), ReferenceConfigsTest (promtool)
  "chromium /usr/bin/chromium"       # agent: ChromiumRenderTest (the HTML report in headless Chromium)
)

missing=()
for entry in "${PACKAGES[@]}"; do
  read -r package file <<<"$entry"
  if [ ! -e "$file" ]; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-test-deps: all present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  # A failed install must not fail the build: the tests that need the package skip with a message.
  if ! { apt-get update -qq && apt-get install -y -qq "${missing[@]}"; } >/dev/null 2>&1; then
    echo "install-test-deps: apt-get could not install ${missing[*]}; the tests that need them will skip"
    exit 0
  fi
  # Tests start their own servers on 127.0.0.1; policy-rc.d (where present) keeps the packages' services from
  # starting, and the services are disabled in any case so nothing listens on 9090/9100 afterwards.
  for package in "${missing[@]}"; do
    for service in "$package" "$package-node-exporter"; do
      if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
        systemctl disable --now "$service" >/dev/null 2>&1 || true
      elif [ -x "/etc/init.d/$service" ]; then
        "/etc/init.d/$service" stop >/dev/null 2>&1 || true
        update-rc.d "$service" disable >/dev/null 2>&1 || true
      fi
    done
  done
  echo "install-test-deps: installed ${missing[*]}"
else
  echo "install-test-deps: missing ${missing[*]}; install with: sudo apt-get install -y ${missing[*]}" \
    "(the tests that need them skip until then)"
fi
