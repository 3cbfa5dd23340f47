#!/usr/bin/env bash
# Writes a ready-to-upload HCP Terraform / Terraform Enterprise OPA policy set to <out-dir>:
# policies.hcl, the entry govguard_hcp.rego, and govguard's Rego from bundle/govguard-rego.tar.gz —
# the same build as the CLI's wasm bundle, so the policy set holds no second copy of any rule. Optional settings: a govguard.yaml and waivers.yaml converted to data.json are the
# operator's to add (see integrations/hcp-terraform/README.md).
#   integrations/hcp-terraform/assemble.sh <out-dir>
set -euo pipefail
out="${1:?usage: assemble.sh <out-dir>}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
mkdir -p "$out"
cp "$here/policies.hcl" "$here/govguard_hcp.rego" "$out/"
# The .rego files of the built Rego bundle (npm run gen writes it with the wasm bundle the CLI runs,
# from the same sources), without its .manifest: the policy set is a bundle of its own.
tar -xzf "$repo/bundle/govguard-rego.tar.gz" -C "$out" --wildcards '*.rego' 2> >(grep -v "Removing leading" >&2)
