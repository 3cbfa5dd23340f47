#!/usr/bin/env bash
# Maintainer step: regenerate the real plan JSON of every test fixture (a folder under
# test/fixtures, test/corpus or policies/govguard/controls/*/cases with main.tf and expected.json) with the real alicloud provider,
# offline. A fixture may hold a terraform.tfstate to plan changes to existing resources (deletes
# and replacements); the plan never refreshes it, since that would call the cloud.
# Not part of install or CI, which use the committed plan.json files. Usage:
#   scripts/plan-fixtures.sh [path/to/terraform-provider-alicloud] [fixture-folder...]
# The provider never reaches Alibaba Cloud: credentials are dummies and planning a new resource
# makes no API call; ALIBABA_CLOUD_ACCOUNT_TYPE skips the provider's account-type lookup.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binary="${1:-$(go env GOPATH)/bin/terraform-provider-alicloud}"
shift || true
[ -x "$binary" ] || { echo "plan-fixtures: no provider binary at $binary" >&2; exit 2; }
tools="$("$root/scripts/install-tools.sh")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/scripts/provider-mirror.sh" "$binary" "$work/mirror" > "$work/terraformrc"
export TF_CLI_CONFIG_FILE="$work/terraformrc" CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1
export ALICLOUD_ACCESS_KEY=dummy-access-key ALICLOUD_SECRET_KEY=dummy-secret-key
export ALIBABA_CLOUD_ACCOUNT_TYPE=Domestic ALICLOUD_REGION=cn-hangzhou

if [ $# -gt 0 ]; then
  fixtures=("$@")
else
  mapfile -t fixtures < <(find "$root/test/fixtures" "$root/test/corpus" "$root/policies/govguard/controls" -name expected.json -printf '%h\n' | sort)
fi

for fixture in "${fixtures[@]}"; do
  fixture="$(cd "$fixture" && pwd)"
  [ -f "$fixture/main.tf" ] || continue
  rel="${fixture#"$root"/}"
  copy="$work/$rel"
  mkdir -p "$copy"
  cp -r "$fixture/." "$copy/"
  rm -f "$copy/plan.json"
  (
    cd "$copy"
    "$tools/terraform" init -input=false -no-color >/dev/null
    "$tools/terraform" plan -input=false -no-color -refresh=false -out=tfplan >/dev/null
    "$tools/terraform" show -json tfplan > plan.json
  ) || { echo "plan-fixtures: $rel failed" >&2; exit 1; }
  # Pretty-printed so that a change to a fixture reads as a small diff.
  node -e 'const fs=require("fs");const p=process.argv[1];fs.writeFileSync(p,JSON.stringify(JSON.parse(fs.readFileSync(p,"utf8")),null,1)+"\n")' "$copy/plan.json"
  cp "$copy/plan.json" "$fixture/plan.json"
  echo "plan-fixtures: $rel/plan.json" >&2
done
