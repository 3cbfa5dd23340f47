// Paths of the pinned tools that scripts/install-tools.sh puts in .tools/bin.
import * as fs from "node:fs";
import * as path from "node:path";

export const repoRoot = path.resolve(__dirname, "..", "..");

export function toolPath(name: "opa" | "regal" | "conftest" | "terraform"): string {
  const bin = process.env.GOVGUARD_TOOLS_BIN ?? path.join(repoRoot, ".tools", "bin");
  const p = path.join(bin, name);
  if (!fs.existsSync(p)) throw new Error(`${p} is missing: run scripts/install-tools.sh`);
  return p;
}
