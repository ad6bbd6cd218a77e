#!/usr/bin/env bash
# Renders the HTML report in headless Chromium and checks its charts (test/report/browser.test.ts).
# Installs Debian's chromium itself, then runs the test with ICPFIT_REQUIRE_BROWSER=1 so that a
# missing browser fails instead of skipping. Prints `PASS name` / `FAIL name`; exits non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
if apt-get update >/tmp/icpfit-browser-apt.log 2>&1 && apt-get install -y --no-install-recommends chromium >>/tmp/icpfit-browser-apt.log 2>&1 && [ -x /usr/bin/chromium ]; then
  echo "PASS browser-install"
else
  tail -n 30 /tmp/icpfit-browser-apt.log
  echo "FAIL browser-install"
  exit 1
fi
if ICPFIT_REQUIRE_BROWSER=1 npx --no-install vitest run test/report/browser.test.ts --reporter=default; then
  echo "PASS browser-report"
else
  echo "FAIL browser-report"
  exit 1
fi
