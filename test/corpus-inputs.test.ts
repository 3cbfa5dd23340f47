// The corpus itself is sound, whatever the policies say: every case is well formed, its plan
// exists, its CDKTF stack synthesizes, and every resource its expectations name exists in the
// input of that shape (so an expectation cannot pass by naming a resource nobody wrote).
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCatalogue } from "../src/engine";
import { readInputs } from "../src/inputs/discover";
import { CorpusCase, expectedFindings, listCases, Shape, shapeInput } from "./corpus/corpus";
import { tempDir } from "./helpers";

const cases = listCases();
const controlIds = new Set(loadCatalogue().controls.map((c) => c.id));
// GOVGUARD_CORPUS_SYNTH_OUT keeps the synthesized cdk.tf.json files there, to read them.
const keep = process.env.GOVGUARD_CORPUS_SYNTH_OUT;
let synthOut: string;

beforeAll(() => {
  synthOut = keep ? path.resolve(keep) : tempDir("govguard-corpus-");
});
afterAll(() => {
  if (!keep) fs.rmSync(synthOut, { recursive: true, force: true });
});

const PROVIDER_KEY = /^(module\.[\w-]+(\["?[^\]]*"?\]|\[\d+\])?\.)*(module\.[\w-]+:)?alicloud(\.[\w-]+)?$/;

interface ConfigurationModule {
  module_calls?: Record<string, { module?: ConfigurationModule }>;
}

/** "module.a", "module.a.module.b": every module call written in the configuration. */
function moduleCalls(module: ConfigurationModule | undefined, prefix = "", out = new Set<string>()): Set<string> {
  for (const [name, call] of Object.entries(module?.module_calls ?? {})) {
    const path = `${prefix}module.${name}`;
    out.add(path);
    moduleCalls(call.module, `${path}.`, out);
  }
  return out;
}

/** Every shape reaches the policies as a plan (configuration as the plan govguard evaluates from
 * it): its resource instances, and the module calls it writes (findings such as A18.1 name them). */
async function inputAddresses(c: CorpusCase, shape: Shape): Promise<(address: string) => boolean> {
  const [doc] = await readInputs([shapeInput(c, shape, path.join(synthOut, c.name))]);
  const parsed = JSON.parse(doc.content.toString("utf8")) as {
    resource_changes?: { address: string }[];
    configuration?: { root_module?: ConfigurationModule };
  };
  const addresses = new Set((parsed.resource_changes ?? []).map((r) => r.address));
  const calls = moduleCalls(parsed.configuration?.root_module);
  return (a) => addresses.has(a) || calls.has(a.replace(/\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g, ""));
}

test("the corpus has cases", () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases.map((c) => [c.name, c] as const))("corpus case %s", (_name, c) => {
  test("is well formed", () => {
    expect(typeof c.expected.description).toBe("string");
    expect(c.shapes.length).toBeGreaterThan(0);
    expect(c.expected.controls.length).toBeGreaterThan(0);
    for (const id of c.expected.controls) expect(controlIds).toContain(id);
    const all = [c.expected.findings, ...Object.values(c.expected.findings_by_shape ?? {})].flat();
    for (const f of all) expect(c.expected.controls).toContain(f.control);
    if (c.shapes.includes("plan")) {
      const plan = JSON.parse(fs.readFileSync(path.join(c.dir, "plan.json"), "utf8")) as { format_version?: string };
      expect(plan.format_version).toBeDefined();
    }
  });

  test.each(c.shapes)("every expected resource exists in the %s input", async (shape) => {
    const exists = await inputAddresses(c, shape);
    for (const f of expectedFindings(c, shape)) {
      if (f.resource === "(stack)" || PROVIDER_KEY.test(f.resource)) continue;
      expect([f.resource, exists(f.resource)]).toEqual([f.resource, true]);
    }
  });
});
