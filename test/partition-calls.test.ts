// A part other than the first carries only the module calls its resources are under, and those a
// provider configuration is declared in (partition/parts.ts). A provider declared in a module
// takes its region from the module's caller: a part without that call would read the region as
// unverifiable and report a finding one pass does not.
import { PolicyEvaluator } from "../src/engine/policy";
import { joinsOf, partition } from "../src/engine/partition";
import { readBundle } from "../src/engine/bundle";
import { jsonDocument } from "../src/inputs/discover";
import { bucket, expectOnePassInParts, planOf, withPartSize } from "./partition-support";
import { generatePlan } from "../bench/generate-plan";

const bundle = readBundle();
const evaluator = new PolicyEvaluator(bundle, { govguard_today: "2026-12-05" });
const joins = joinsOf(evaluator);

type Plan = { configuration: { provider_config: Record<string, unknown>; root_module: { module_calls: Record<string, { expressions: Record<string, unknown>; module: Record<string, unknown> }> } } };

/** Buckets in modules a…f, and a provider declared in module `legacy` (nested in `inner` when
 * asked) whose region is the caller's `region` argument; `withResource`: a bucket under it. */
function planWithModuleProvider(region: string, nested: boolean, withResource: boolean): Record<string, unknown> {
  const specs = ["a", "b", "c", "d", "e", "f"].map((m) => bucket(m, `gov-${m}-data`));
  if (withResource) specs.push({ ...bucket("legacy", "gov-legacy-data"), provider: "module.legacy:alicloud" });
  else specs.push(bucket("legacy_neighbour", "gov-legacy-neighbour"));
  const plan = planOf(specs) as unknown as Plan;
  const calls = plan.configuration.root_module.module_calls;
  calls.legacy ??= { expressions: {}, module: { resources: [] } } as never;
  Object.assign(calls.legacy, { source: "./legacy" });
  calls.legacy.expressions.region = { constant_value: region };
  calls.legacy.module.variables = { region: {} };
  const path = nested ? "module.legacy.module.inner" : "module.legacy";
  if (nested) {
    calls.legacy.module.module_calls = { inner: { source: "./inner", expressions: { region: { references: ["var.region"] } }, module: { variables: { region: {} }, resources: [] } } };
  }
  plan.configuration.provider_config[`${path}:alicloud`] = {
    name: "alicloud",
    full_name: "registry.terraform.io/aliyun/alicloud",
    module_address: path,
    expressions: { region: { references: ["var.region"] } },
  };
  return plan as unknown as Record<string, unknown>;
}

describe.each([
  ["a mainland region", "cn-shanghai"],
  ["a region outside the mainland", "ap-southeast-1"],
])("a provider declared in a module, its region %s from the caller", (_label, region) => {
  test.each([
    ["in the module", false, true],
    ["in a module nested in it", true, true],
    ["in a module no change is under", false, false],
  ])("%s: in parts of one resource, the report of one pass", (_where, nested, withResource) => {
    const doc = jsonDocument("plan.json", planWithModuleProvider(region, nested, withResource), undefined, { attributes: bundle.attributes });
    const single = evaluator.evaluate(doc.content);
    const onProvider = single.findings.filter((f) => f.resource.endsWith(":alicloud"));
    // The region is read through the call: a mainland region gives no finding on the provider.
    expect(onProvider.length > 0).toBe(region === "ap-southeast-1");
    expectOnePassInParts(evaluator, joins, doc, 1);
  });
});

test("a part after the first carries only the calls its resources are under and the provider's", () => {
  const doc = jsonDocument("plan.json", planWithModuleProvider("cn-shanghai", false, false), undefined, { attributes: bundle.attributes });
  const parts = withPartSize(1, () => partition(doc, joins));
  const callsOf = (content: Buffer): string[] => Object.keys((JSON.parse(content.toString("utf8")) as Plan).configuration.root_module.module_calls).sort();
  expect(callsOf(parts[0].content)).toEqual(["a", "b", "c", "d", "e", "f", "legacy", "legacy_neighbour"]);
  const later = parts.slice(1).map((p) => callsOf(p.content));
  expect(later).toContainEqual(["b", "legacy"]);
  for (const calls of later) expect(calls.length).toBeLessThanOrEqual(2);
});

// A hostile author names the provider's module after an object-internal name and puts quotes, CR,
// ESC and backticks in the region its caller passes: the part that must carry the call still does,
// and the report cut into parts is the one-pass report (a finding on the provider included).
test.each(["__proto__", "constructor"])("a provider in a module named %s, a hostile region: the report of one pass", (name) => {
  const text = JSON.stringify(planWithModuleProvider('cn-"sh\r\u001b`x', false, true)).replaceAll("legacy", name);
  const doc = jsonDocument("plan.json", JSON.parse(text) as unknown, undefined, { attributes: bundle.attributes });
  const single = evaluator.evaluate(doc.content);
  expect(single.findings.filter((f) => f.resource === `module.${name}:alicloud`).length).toBeGreaterThan(0);
  expectOnePassInParts(evaluator, joins, doc, 1);
});

// The module calls go into a part's configuration where a marker stood. Put there with
// String.prototype.replace, text of the author's holding "$`", "$'" or "$&" was read as a
// replacement pattern and pasted the document's own text into the call: every part must carry
// the call exactly as written, and the report cut into parts is the one-pass report.
test("a caller passing text that looks like a replacement pattern: every part carries it as written", () => {
  const region = "cn-sh$`$'$&$$$1";
  const doc = jsonDocument("plan.json", planWithModuleProvider(region, false, true), undefined, { attributes: bundle.attributes });
  const parts = withPartSize(1, () => partition(doc, joins));
  expect(parts.length).toBeGreaterThan(1);
  for (const part of parts) {
    const calls = (JSON.parse(part.content.toString("utf8")) as Plan).configuration.root_module.module_calls;
    if (Object.hasOwn(calls, "legacy")) expect(calls.legacy.expressions.region).toEqual({ constant_value: region });
  }
  expect(evaluator.evaluate(doc.content).findings.some((f) => f.resource === "module.legacy:alicloud")).toBe(true);
  expectOnePassInParts(evaluator, joins, doc, 1);
});

// The same class everywhere a part copies the author's text from: bucket names, tag keys and
// values, every module call's arguments, and modules named after object internals. Every part must
// be JSON carrying the text as written, and the report cut into parts is the one-pass report.
// (A number no double holds is refused when the plan is read: inputs/json-limits.ts, json-scan.ts.)
const HOSTILE = "$&$'$`$$\"\r\n\u001b[31m`\u2028::error::x";

type Change = { address: string; change: { after: Record<string, unknown> } };

test.each(["legacy", "__proto__", "constructor"])("hostile text in names, tags and every call's arguments, a provider's module named %s: the text as written, the report of one pass", (name) => {
  const plan = planWithModuleProvider("cn-shanghai", false, true) as unknown as Plan & { resource_changes: Change[] };
  for (const change of plan.resource_changes) {
    change.change.after.bucket = `${String(change.change.after.bucket)}${HOSTILE}`;
    change.change.after.tags = { "data-classification": "internal", [`k${HOSTILE}`]: `v${HOSTILE}` };
  }
  for (const call of Object.values(plan.configuration.root_module.module_calls)) call.expressions.note = { constant_value: HOSTILE };
  const parsed = JSON.parse(JSON.stringify(plan).replaceAll("legacy", () => name)) as unknown;
  const doc = jsonDocument("plan.json", parsed, undefined, { attributes: bundle.attributes });
  const parts = withPartSize(1, () => partition(doc, joins));
  expect(parts.length).toBeGreaterThan(1);
  let calls = 0;
  let changes = 0;
  for (const part of parts) {
    const content = JSON.parse(part.content.toString("utf8")) as Plan & { resource_changes: Change[] };
    for (const call of Object.values(content.configuration.root_module.module_calls)) {
      calls++;
      expect(call.expressions.note).toEqual({ constant_value: HOSTILE });
    }
    for (const change of content.resource_changes) {
      changes++;
      expect(String(change.change.after.bucket).endsWith(HOSTILE)).toBe(true);
      expect(change.change.after.tags).toEqual({ "data-classification": "internal", [`k${HOSTILE}`]: `v${HOSTILE}` });
    }
  }
  expect([calls > parts.length, changes >= plan.resource_changes.length]).toEqual([true, true]);
  expectOnePassInParts(evaluator, joins, doc, 1);
});

// The parts owning hubs hold resources under most calls: their calls are made in one sweep, each
// call parsed once for all of them, when the first is built; a part read again makes its calls one
// by one. Both ways must give the same bytes, for every hub part of an estate with several.
test("the calls of the parts owning hubs: made in one sweep, the same bytes as made part by part", () => {
  const plan = generatePlan({ resources: 3000, seed: 7 });
  const doc = jsonDocument("plan.json", plan, undefined, { attributes: bundle.attributes });
  const parts = withPartSize(200, () => partition(doc, joins));
  const hubs = parts.filter((p) => p.hub);
  expect(hubs.length).toBeGreaterThanOrEqual(2);
  const swept = parts.map((p) => p.content);
  const oneByOne = parts.map((p) => p.content);
  expect(oneByOne.map((c, k) => c.equals(swept[k]))).toEqual(parts.map(() => true));
  const carried = (content: Buffer): number => Object.keys((JSON.parse(content.toString("utf8")) as Plan).configuration.root_module.module_calls).length;
  for (const p of hubs) expect(carried(p.content)).toBeGreaterThan(1);
});
