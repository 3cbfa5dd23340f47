#!/usr/bin/env bash
# The Rego unit tests (opa test), then coverage of policies/ with a floor: below it, this fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tools="$(scripts/install-tools.sh)"
floor=90

"$tools/opa" test policies --ignore capabilities.json --ignore cases

report="$(mktemp)"
trap 'rm -f "$report"' EXIT
# The floor is applied here rather than with --threshold, which prints no report when it fails.
"$tools/opa" test policies --ignore capabilities.json --ignore cases --coverage > "$report"
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const floor = Number(process.argv[2]);
  const files = Object.entries(r.files).filter(([f]) => !f.endsWith("_test.rego"));
  const weak = files.filter(([, v]) => v.coverage < 100).map(([f, v]) => `  ${f} ${v.coverage.toFixed(1)}%`);
  console.log(`Rego coverage: ${r.coverage.toFixed(1)}% of policies/ (floor ${floor}%)`);
  if (weak.length) console.log(weak.join("\n"));
  if (r.coverage < floor) { console.error("Rego coverage is below the floor"); process.exit(1); }
' "$report" "$floor"
