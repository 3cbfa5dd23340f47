// Generates the TypeScript CDKTF bindings for the alicloud provider from the committed, trimmed
// schema (provider/alicloud-schema.json), with @cdktf/provider-generator. No provider, terraform or
// network is needed. Output: <out>/.gen/providers/alicloud (default <out> is the repository).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot, toolPath } from "./tools";

process.env.CHECKPOINT_DISABLE = "1"; // the generator otherwise phones checkpoint-api.hashicorp.com
// @cdktf/commons runs `terraform version -json` when it is loaded (for debug output only): point it
// at the pinned terraform, with no CLI configuration file to complain about.
process.env.TERRAFORM_BINARY_NAME = toolPath("terraform");
delete process.env.TF_CLI_CONFIG_FILE;

/**
 * The bindings load the application's CDK library, cdktn or cdktf, through constructs/cdk (which
 * chooses), never "cdktf" itself: a CDK Terrain project has no cdktf. The identifier stays `cdktf`.
 */
function importLibraryThroughShim(dir: string, outRoot: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      importLibraryThroughShim(file, outRoot);
      continue;
    }
    if (!entry.name.endsWith(".ts")) continue;
    const shim = path.relative(path.dirname(file), path.join(outRoot, "constructs", "cdk")).split(path.sep).join("/");
    const text = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, text.replace(/^import \* as cdktf from 'cdktf';$/m, `import * as cdktf from '${shim}';`));
  }
}

export async function generateBindings(outRoot: string): Promise<void> {
  // Loaded lazily so that the environment above is set first.
  const { generateProviderBindingsFromSchema } = await import("@cdktf/provider-generator");
  const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, "provider", "alicloud-schema.json"), "utf8"));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "govguard-bindings-"));
  try {
    await generateProviderBindingsFromSchema(scratch, schema);
    const target = path.join(outRoot, ".gen", "providers", "alicloud");
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.cpSync(path.join(scratch, "providers", "alicloud"), target, { recursive: true });
    importLibraryThroughShim(target, outRoot);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
