// Compiles policies/govguard into the two bundles govguard ships, from the same Rego:
//   bundle/govguard.tar.gz       wasm, evaluated in Node by @open-policy-agent/opa-wasm
//   bundle/govguard-rego.tar.gz  plain Rego, for `opa eval -b`, `opa run` and an OPA server
//                                (a go-installed opa has no wasm engine to run the first one)
// Both are byte-for-byte reproducible from the sources, so CI can tell when they are stale.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ENTRYPOINTS } from "../src/engine";
import { CASES_DIR } from "./corpus-cases";
import { repoRoot, toolPath } from "./tools";

export const POLICY_DIR = "policies/govguard";
export const WASM_BUNDLE = "bundle/govguard.tar.gz";
export const REGO_BUNDLE = "bundle/govguard-rego.tar.gz";

export function bundleRevision(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string };
  return `govguard-${manifest.version}`;
}

function opaBuild(args: string[], output: string): void {
  fs.mkdirSync(path.dirname(output), { recursive: true });
  // Relative paths from the repository root keep the archive's file names machine-independent.
  // Tests are not part of the product: they stay out of both bundles. Neither are a control's
  // corpus cases (controls/<id>/cases/), whose plan.json opa build would otherwise pack as files.
  const common = ["build", "--bundle", "--ignore", "*_test.rego", "--ignore", CASES_DIR, "--revision", bundleRevision(), "--output", output];
  execFileSync(toolPath("opa"), [...common, ...args, POLICY_DIR], {
    cwd: repoRoot,
    stdio: ["ignore", "inherit", "inherit"],
  });
}

export function buildPolicyBundles(outRoot: string): void {
  opaBuild(
    [
      "--target", "wasm",
      ...ENTRYPOINTS.flatMap((e) => ["--entrypoint", e]),
      "--capabilities", path.join(outRoot, "policies", "capabilities.json"),
      // -O with -t wasm has panicked in OPA's wasm compiler (open-policy-agent/opa#5548).
      "--optimize", "0",
    ],
    path.join(outRoot, WASM_BUNDLE),
  );
  opaBuild(["--target", "rego"], path.join(outRoot, REGO_BUNDLE));
}
