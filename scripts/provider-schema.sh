#!/usr/bin/env bash
# Maintainer step: regenerate provider/alicloud-schema.json from a real alicloud provider binary.
# Not part of install or CI. Build the provider first (a large build):
#   go install github.com/aliyun/terraform-provider-alicloud@v1.289.0
# then run:
#   scripts/provider-schema.sh [path/to/terraform-provider-alicloud]
# It puts the binary in a throw-away filesystem mirror, runs `terraform providers schema -json`
# offline with the pinned terraform, and trims the result to provider/resources.txt.
set -euo pipefail

version=1.289.0
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
binary="${1:-$(go env GOPATH)/bin/terraform-provider-alicloud}"
[ -x "$binary" ] || { echo "provider-schema: no provider binary at $binary" >&2; exit 2; }

tools="$("$root/scripts/install-tools.sh")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/scripts/provider-mirror.sh" "$binary" "$work/mirror" > "$work/terraformrc"
cat > "$work/main.tf" <<EOF
terraform {
  required_providers {
    alicloud = { source = "aliyun/alicloud", version = "$version" }
  }
}
EOF
export TF_CLI_CONFIG_FILE="$work/terraformrc" CHECKPOINT_DISABLE=1
(cd "$work" && "$tools/terraform" init -input=false -no-color >/dev/null && "$tools/terraform" providers schema -json > full.json)

(cd "$root" && npx tsc -p . && node dist/scripts/trim-schema.js "$work/full.json" "$version") > "$work/trimmed.json"
mv "$work/trimmed.json" "$root/provider/alicloud-schema.json"
echo "provider-schema: wrote provider/alicloud-schema.json; now run: npm run gen" >&2
