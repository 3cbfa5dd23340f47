// Every generated file in the repository, and the one command that makes them:
//   node dist/scripts/generate.js          regenerate them in place     (npm run gen)
//   node dist/scripts/generate.js --check  regenerate into a scratch copy and fail if any
//                                          committed file differs        (npm run gen:check, CI)
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildPolicyBundles, REGO_BUNDLE, WASM_BUNDLE } from "./build-policy";
import { reportControlCompleteness } from "./check-controls";
import { checkControlTitles } from "./check-titles";
import { generateBindings } from "./gen-bindings";
import { generateCapabilities } from "./gen-capabilities";
import { CONTROLS_DOC, generateControlsDoc } from "./gen-docs";
import { generateResourceList, RESOURCE_LIST } from "./gen-resources";
import { repoRoot } from "./tools";

interface Generator {
  name: string;
  /** Files or folders, relative to the repository, that the generator owns entirely. */
  outputs: string[];
  run(outRoot: string): Promise<void> | void;
}

// In dependency order: the bundles are compiled against the capabilities, and the documentation
// is read from the bundle.
export const GENERATORS: Generator[] = [
  // Writes nothing: fails when a control carries a second title beside metadata.title.
  { name: "one title per control", outputs: [], run: checkControlTitles },
  { name: "wasm capabilities", outputs: ["policies/capabilities.json"], run: generateCapabilities },
  { name: "alicloud bindings", outputs: [".gen/providers/alicloud"], run: generateBindings },
  { name: "policy bundles", outputs: [WASM_BUNDLE, REGO_BUNDLE], run: buildPolicyBundles },
  // From the bundle's catalogue and facts; it checks that the committed schema, from which the
  // bindings above are generated, keeps exactly these types.
  { name: "provider resource list", outputs: [RESOURCE_LIST], run: generateResourceList },
  { name: "controls documentation", outputs: [CONTROLS_DOC], run: generateControlsDoc },
];

function listFiles(root: string, rel: string): string[] {
  const full = path.join(root, rel);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [rel];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => listFiles(root, path.join(rel, name)));
}

/** Files that differ between the repository and a scratch tree, relative paths. */
function differences(scratch: string, outputs: string[]): string[] {
  const out: string[] = [];
  for (const output of outputs) {
    const files = new Set([...listFiles(repoRoot, output), ...listFiles(scratch, output)]);
    for (const file of [...files].sort()) {
      const a = path.join(repoRoot, file);
      const b = path.join(scratch, file);
      if (!fs.existsSync(a)) out.push(`${file} (missing from the repository)`);
      else if (!fs.existsSync(b)) out.push(`${file} (no longer generated)`);
      else if (!fs.readFileSync(a).equals(fs.readFileSync(b))) out.push(`${file} (differs)`);
    }
  }
  return out;
}

async function main(): Promise<void> {
  const checkOnly = process.argv.includes("--check");
  if (!checkOnly) {
    for (const g of GENERATORS) {
      await g.run(repoRoot);
      console.log(`generated ${g.name}: ${g.outputs.join(", ")}`);
    }
    return;
  }
  // Every control folder complete (scripts/check-controls.ts); its problems print before any stale file.
  if (!reportControlCompleteness()) process.exitCode = 1;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "govguard-generated-"));
  try {
    for (const g of GENERATORS) await g.run(scratch);
    const stale = differences(scratch, GENERATORS.flatMap((g) => g.outputs));
    if (stale.length > 0) {
      console.error(`generated files are stale; run npm run gen and commit the result:\n  ${stale.join("\n  ")}`);
      process.exit(1);
    }
    console.log(`generated files are up to date (${GENERATORS.map((g) => g.name).join(", ")})`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`generate: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
