#!/usr/bin/env bash
# The whole test suite: the command README.md gives (npm test) and .ci/run runs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/install-tools.sh >/dev/null
npm run --silent build
node dist/scripts/generate.js --check
scripts/lint.sh

# The portal example is gated as a user would gate it: synthesize, then check its stack.
node dist/main.js
node bin/govguard.js check cdktf.out/stacks/portal > /dev/null
echo "portal: npm run synth && govguard check cdktf.out/stacks/portal passes"

rego_log="$(mktemp)"
jest_json="$(mktemp)"
trap 'rm -f "$rego_log" "$jest_json"' EXIT
scripts/test-policies.sh | tee "$rego_log"
scripts/mutation-check.sh
npx jest --json --outputFile="$jest_json"

# One closing line over both suites, in the plain form CI reads.
node -e '
  const fs = require("fs");
  const rego = /PASS: (\d+)\/(\d+)/.exec(fs.readFileSync(process.argv[1], "utf8"));
  const jest = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  if (!rego || jest.numTotalTests === 0) { console.error("tests: a suite ran no test"); process.exit(1); }
  const passed = Number(rego[1]) + jest.numPassedTests;
  const failed = Number(rego[2]) - Number(rego[1]) + jest.numFailedTests;
  console.log(`tests: ${passed} passed, ${failed} failed`);
' "$rego_log" "$jest_json"
