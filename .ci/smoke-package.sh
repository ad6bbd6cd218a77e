#!/usr/bin/env bash
# Packs the package as npm would publish it, installs the tarball into an empty project, and
# imports it by name from a plain .mjs file under Node and under Deno. Prints PASS/FAIL lines.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
tarball=$(cd "$root" && npm pack --silent --pack-destination "$work" 2>/dev/null | tail -n 1)
cd "$work" || exit 1
echo '{ "name": "smoke", "private": true, "type": "module" }' > package.json
cp "$root/.ci/smoke.mjs" smoke.mjs
if npm install --silent --no-audit --no-fund "./$tarball" zod@^4 >/dev/null 2>install.log; then
  if node smoke.mjs; then echo "PASS smoke-node"; else echo "FAIL smoke-node"; status=1; fi
  if "$root/node_modules/.bin/deno" run --allow-read --allow-env smoke.mjs; then echo "PASS smoke-deno"; else echo "FAIL smoke-deno"; status=1; fi
  if [ -x node_modules/.bin/icpfit ] && node_modules/.bin/icpfit --version >/dev/null; then echo "PASS smoke-bin"; else echo "FAIL smoke-bin"; status=1; fi
else
  cat install.log
  echo "FAIL smoke-install"
  status=1
fi
exit $status
