#!/usr/bin/env bash
# Proves every control's tests can fail. For each control, in a scratch copy of policies/:
#   silenced: the control reports nothing     -> its tests that expect findings must fail
#   noisy:    the control reports a bogus one -> its tests that expect a clean result must fail
# A control whose tests pass against either mutant has tests that cannot catch that mistake.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tools="$(scripts/install-tools.sh)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

survivors=()
controls=(policies/govguard/controls/*/)
for dir in "${controls[@]}"; do
  id="$(basename "$dir")"
  for mutant in silenced noisy; do
    rm -rf "$scratch/policies"
    cp -r policies "$scratch/policies"
    file="$scratch/policies/govguard/controls/$id/$id.rego"
    if [ "$mutant" = silenced ]; then
      sed -i 's/^violations contains /silenced_violations contains /' "$file"
    else
      printf '\nviolations contains {"resource": "(mutant)", "attribute": "mutant", "message": {"zh": "变异", "en": "mutant"}}\n' >> "$file"
    fi
    if "$tools/opa" test "$scratch/policies" --ignore capabilities.json --ignore cases --run "^data\.govguard\.controls\.${id}_test\." >/dev/null 2>&1; then
      survivors+=("$id ($mutant)")
    fi
  done
done

if [ ${#survivors[@]} -gt 0 ]; then
  echo "mutation check: these mutants survived the control's tests:" >&2
  printf '  %s\n' "${survivors[@]}" >&2
  exit 1
fi
echo "mutation check: every control's tests catch both a silenced and a noisy control (${#controls[@]} controls)"
