// An input's kind is decided once: src/inputs/classify.ts is the authority for what govguard reads
// and how (docs/architecture.md). The bundle's lib/document classifies again only for raw input
// (opa eval, conftest), so on every document govguard accepts it must say the same thing.
import * as fs from "node:fs";
import * as path from "node:path";
import { loadEngine } from "../src/engine";
import { classifyJson } from "../src/inputs/classify";

const ROOT = path.resolve(__dirname, "..");
const engine = loadEngine();

/** What lib/document must call a document classify.ts accepted as `kind`. */
const BUNDLE_KIND = {
  plan: { kind: "plan", flavour: "plan" },
  cdktf: { kind: "config", flavour: "cdktf" },
  tfjson: { kind: "config", flavour: "terraform" },
} as const;

function jsonInputs(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) jsonInputs(full, out);
    else if (entry.name === "plan.json" || entry.name.endsWith(".tf.json")) out.push(full);
  }
  return out;
}

const files = [path.join(ROOT, "test", "fixtures"), path.join(ROOT, "test", "corpus"), path.join(ROOT, "policies", "govguard", "controls")].flatMap((d) => jsonInputs(d));

// Shapes at the edges of the two rule sets.
const SHAPES: [string, unknown][] = [
  ["plan with resource_changes only", { resource_changes: [], configuration: { provider_config: {} } }],
  ["plan with planned_values only", { planned_values: {}, configuration: { root_module: {} } }],
  ["plan with an empty configuration only", { configuration: {} }],
  ["cdktf", { "//": { metadata: { backend: "local" } }, provider: { alicloud: [{ region: "cn-hangzhou" }] } }],
  ["terraform json", { provider: { alicloud: { region: "cn-hangzhou" } }, resource: {} }],
  ["terraform json with a comment that is not cdktf's", { "//": "a comment", resource: { alicloud_vpc: { v: {} } } }],
  ["terraform json with an empty locals list", { locals: [] }],
  // classify.ts asks whether a key is there (Object.hasOwn), never whether its value is truthy.
  ["plan whose resource_changes is false", { resource_changes: false }],
  ["plan whose planned_values is null, with a resource block", { planned_values: null, resource: { alicloud_vpc: { v: {} } } }],
  // A configuration that is not an object does not make a plan.
  ["terraform json with a configuration that is a string", { configuration: "x", resource: { alicloud_vpc: { v: {} } } }],
];

describe("one authority on an input's kind", () => {
  test("the scan finds inputs", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  test.each(SHAPES)("%s: lib/document agrees with classify.ts", (_name, value) => {
    const classified = classifyJson(value);
    if (!("kind" in classified)) throw new Error(`classify.ts refuses it: ${classified.problem.en}`);
    const report = engine.evaluate(value as object);
    expect({ kind: report.kind, flavour: report.flavour }).toEqual(BUNDLE_KIND[classified.kind]);
  });

  test("every plan and Terraform JSON input of the fixtures and the corpus: lib/document agrees with classify.ts", () => {
    const disagreements: string[] = [];
    let judged = 0;
    for (const file of files) {
      let value: unknown;
      try {
        value = JSON.parse(fs.readFileSync(file, "utf8"));
      } catch {
        continue; // not JSON.parse-able (repeated keys are read by Terraform's rules): not this test's business
      }
      const classified = classifyJson(value);
      if (!("kind" in classified) || typeof value !== "object" || value === null) continue;
      judged++;
      const report = engine.evaluate(value);
      const expected = BUNDLE_KIND[classified.kind];
      if (report.kind !== expected.kind || report.flavour !== expected.flavour) {
        disagreements.push(`${path.relative(ROOT, file)}: classify.ts ${classified.kind}, lib/document ${report.kind}/${report.flavour}`);
      }
    }
    expect(judged).toBeGreaterThan(10);
    expect(disagreements).toEqual([]);
  });
});
