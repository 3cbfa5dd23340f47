#!/usr/bin/env bash
# Static checks: TypeScript strict (including the tests), opa fmt, opa check --strict, regal lint.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tools="$(scripts/install-tools.sh)"

npx tsc -p . --noEmit
npx tsc -p test/tsconfig.json --noEmit

unformatted="$("$tools/opa" fmt --list policies integrations)"
if [ -n "$unformatted" ]; then
  echo "lint: not opa fmt clean (run: .tools/bin/opa fmt -w policies integrations):" >&2
  echo "$unformatted" >&2
  exit 1
fi
"$tools/opa" check --strict policies/govguard
# The integrations' entries (integrations/*/*.rego) import data.govguard: checked with it.
"$tools/opa" check --strict --ignore '*_test.rego' policies/govguard integrations
# What goes into the wasm bundle may use only wasm-native builtins; tests never compile to wasm.
"$tools/opa" check --strict --capabilities policies/capabilities.json --ignore '*_test.rego' policies/govguard
"$tools/regal" lint --format compact policies integrations
# The project's own regal rule must stay active: it has to flag its known-bad sample.
sample="$("$tools/regal" lint --format json --config-file .regal/config.yaml test/fixtures/regal 2>&1 || true)"
if ! grep -q '"title": "negated-call-argument"' <<<"$sample"; then
  echo "lint: the custom regal rule negated-call-argument did not flag test/fixtures/regal" >&2
  exit 1
fi
echo "lint: TypeScript, opa fmt, opa check and regal lint are clean"
