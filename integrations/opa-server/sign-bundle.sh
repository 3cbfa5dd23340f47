#!/usr/bin/env bash
# Signs govguard's Rego bundle for a fleet of OPA servers:
#   integrations/opa-server/sign-bundle.sh <private-key.pem> <out.tar.gz> [key-id]
# Writes <out.tar.gz>: bundle/govguard-rego.tar.gz (the same .manifest, revision and roots, the same
# .rego files) with a .signatures.json that `opa run --verification-key` (or a `keys:` entry in the
# OPA configuration) verifies before the bundle is activated. RS256 by default (OPA's default);
# set SIGNING_ALG for another (ES256, PS256, ...). The key id defaults to "govguard".
set -euo pipefail
key="${1:?usage: sign-bundle.sh <private-key.pem> <out.tar.gz> [key-id]}"
out="${2:?usage: sign-bundle.sh <private-key.pem> <out.tar.gz> [key-id]}"
kid="${3:-govguard}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
opa="${OPA:-$repo/.tools/bin/opa}"
key="$(cd "$(dirname "$key")" && pwd)/$(basename "$key")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Unpacked so that the signed file names are the bundle's own (policies/govguard/...), not the
# path of the archive they came from.
tar -xzf "$repo/bundle/govguard-rego.tar.gz" -C "$work" 2> >(grep -v "Removing leading" >&2)
(cd "$work" && "$opa" build --bundle . --signing-key "$key" --signing-alg "${SIGNING_ALG:-RS256}" \
  --claims-file <(printf '{"keyid":"%s"}' "$kid") --output "$out")
