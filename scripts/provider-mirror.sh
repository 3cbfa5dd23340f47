#!/usr/bin/env bash
# Puts an alicloud provider binary into a filesystem mirror at <mirror-dir> and prints a Terraform
# CLI configuration that installs aliyun/alicloud only from there (and nothing from a registry),
# so `terraform init` works offline. Maintainer use only: the provider is not part of install or CI.
# Usage: scripts/provider-mirror.sh <provider-binary> <mirror-dir> > terraformrc
set -euo pipefail

version=1.289.0
binary="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
mirror="$2"
platform="$(go env GOOS)_$(go env GOARCH)"
# Also under the legacy hashicorp/alicloud address, which modules without required_providers get.
for namespace in aliyun hashicorp; do
  dir="$mirror/registry.terraform.io/$namespace/alicloud/$version/$platform"
  mkdir -p "$dir"
  ln -sf "$binary" "$dir/terraform-provider-alicloud_v$version"
done
mirror="$(cd "$mirror" && pwd)"

cat <<EOF
provider_installation {
  filesystem_mirror {
    path    = "$mirror"
    include = ["registry.terraform.io/aliyun/alicloud", "registry.terraform.io/hashicorp/alicloud"]
  }
  direct {
    exclude = ["registry.terraform.io/aliyun/alicloud", "registry.terraform.io/hashicorp/alicloud"]
  }
}
EOF
