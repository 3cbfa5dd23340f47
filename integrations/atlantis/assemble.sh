#!/usr/bin/env bash
# Writes the govguard Atlantis policy set to <out-dir>: the entry policy/govguard_atlantis.rego
# (package main, which conftest runs by default) and govguard's Rego from bundle/govguard-rego.tar.gz
# (the same build as the CLI's wasm bundle; no rule is copied into the entry).
#   integrations/atlantis/assemble.sh <out-dir>      then point policy_sets[].path at <out-dir>
set -euo pipefail
out="${1:?usage: assemble.sh <out-dir>}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
mkdir -p "$out"
cp "$here/policy/govguard_atlantis.rego" "$out/"
# The .rego files of the built Rego bundle (npm run gen writes it with the wasm bundle the CLI runs,
# from the same sources), without its .manifest: the policy set is a bundle of its own.
tar -xzf "$repo/bundle/govguard-rego.tar.gz" -C "$out" --wildcards '*.rego' 2> >(grep -v "Removing leading" >&2)
