#!/usr/bin/env bash
# Executes every Deno notebook in docs/notebooks with Jupyter and fails on any cell error.
# Installs what it needs (Debian's jupyter-nbconvert, python3-nbclient, jupyter-client; the Deno
# kernel from the repo's deno npm package). Needs the package built first (`npx tsup`, which
# .ci/run does). Prints one `PASS name` / `FAIL name` line per check; exits non-zero on any failure.
# Notebooks on the real datasets run when ICPFIT_DATA (default ../shared/data) holds them.
set -uo pipefail
cd "$(dirname "$0")/.."
failures=0
pass() { echo "PASS $1"; }
fail() { echo "FAIL $1"; failures=$((failures + 1)); }

export DEBIAN_FRONTEND=noninteractive
if apt-get update >/tmp/icpfit-notebooks-apt.log 2>&1 &&
  apt-get install -y --no-install-recommends jupyter-nbconvert python3-nbclient jupyter-client >>/tmp/icpfit-notebooks-apt.log 2>&1; then
  pass notebooks-install
else
  tail -n 30 /tmp/icpfit-notebooks-apt.log
  fail notebooks-install
  exit 1
fi

if [ ! -f dist/index.js ] || [ ! -f dist/analyze/index.js ] || [ ! -f dist/report/index.js ]; then
  echo "dist/ is missing: build the package first (npx tsup)"
  fail notebooks-build-present
  exit 1
fi

if npx --no-install deno jupyter --install --force >/tmp/icpfit-deno-kernel.log 2>&1 && jupyter kernelspec list 2>/dev/null | grep -Eq '^\s*deno\s'; then
  pass notebooks-deno-kernel
else
  cat /tmp/icpfit-deno-kernel.log
  jupyter kernelspec list || true
  fail notebooks-deno-kernel
  exit 1
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for notebook in docs/notebooks/*.ipynb; do
  name="notebook-$(basename "$notebook" .ipynb)"
  if (cd "$(dirname "$notebook")" && timeout 900 jupyter nbconvert --to notebook --execute \
    --ExecutePreprocessor.kernel_name=deno --ExecutePreprocessor.timeout=600 \
    --output-dir "$out" "$(basename "$notebook")") >"$out/$name.log" 2>&1; then
    # nbconvert stops at the first failing cell; also reject error outputs, should one slip through.
    if python3 -c 'import json,sys; nb=json.load(open(sys.argv[1])); sys.exit(any(o.get("output_type")=="error" for c in nb["cells"] for o in c.get("outputs",[])))' "$out/$(basename "$notebook")"; then
      pass "$name"
    else
      echo "$notebook has an error output"
      fail "$name"
    fi
  else
    tail -n 40 "$out/$name.log"
    fail "$name"
  fi
done

[ "$failures" -eq 0 ]
