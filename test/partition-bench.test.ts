// The partitioner's proof on the benchmark's estates (bench/generate-plan.ts): evaluated in parts
// of one group each, a plan gives exactly the report of one pass.
import { generatePlan } from "../bench/generate-plan";
import { PolicyEvaluator } from "../src/engine/policy";
import { evaluatePartsSync, joinsOf, partition } from "../src/engine/partition";
import { readBundle } from "../src/engine/bundle";
import { jsonDocument } from "../src/inputs/discover";
import { differences, withPartSize } from "./partition-support";

const bundle = readBundle();
const evaluator = new PolicyEvaluator(bundle, { govguard_today: "2026-12-05" });
const joins = joinsOf(evaluator);

describe.each([
  ["bench", 3000, 7],
  ["legacy", 2500, 11],
] as const)("the %s estate, %d resources", (estate, resources, seed) => {
  const doc = jsonDocument(`${estate}.json`, generatePlan({ resources, seed, estate }), undefined, { attributes: bundle.attributes });
  const single = evaluator.evaluate(doc.content);

  test("reading counted its resource changes, as the parts need them", () => {
    // The partitioner takes a plan of at most one pass's resources whole by this count, without
    // parsing the document again: a count too low would evaluate a large plan in one pass.
    expect(doc.changes).toBe((JSON.parse(doc.content.toString("utf8")) as { resource_changes: unknown[] }).resource_changes.length);
    expect(doc.changes).toBeGreaterThanOrEqual(resources);
  });

  test.each([1, 700])("in parts of %d resources, the findings of one pass", (size) => {
    const parts = withPartSize(size, () => partition(doc, joins));
    expect(parts.length).toBeGreaterThan(1);
    const merged = withPartSize(size, () => evaluatePartsSync(evaluator, doc, joins));
    expect(single.findings.length).toBeGreaterThan(100);
    expect(differences(single, merged)).toEqual({ missing: [], extra: [], rest: [] });
  });
});

// Issue 12: memory is bounded only if what every part holds besides its own resources (hubs and
// what they relate to) stays small as the estate grows. The bench's 100,000 resources once put
// 7,345 there: every log store, because a store's deprecated `project` attribute, unknown until
// apply, was read as "any project" although project_name, which the rules read first, was known.
describe("what a part holds besides its own resources", () => {
  const heldBesides = (resources: number): number => {
    const doc = jsonDocument("bench.json", generatePlan({ resources, seed: 42 }), undefined, { attributes: bundle.attributes });
    const parts = withPartSize(500, () => partition(doc, joins));
    expect(parts.length).toBeGreaterThan(3);
    let most = 0;
    // A hub's part holds what names the hub, which grows with the estate by design.
    for (const part of parts.slice(1).filter((p) => !p.hub)) {
      const changes = (JSON.parse(part.content.toString("utf8")) as { resource_changes: { address: string }[] }).resource_changes;
      most = Math.max(most, changes.filter((c) => !part.owns(c.address)).length);
    }
    return most;
  };

  test("does not grow with the estate", () => {
    const small = heldBesides(3000);
    const large = heldBesides(12000);
    expect(large).toBeLessThanOrEqual(64);
    expect(large).toBeLessThanOrEqual(small + 8);
  });
});

// Issue 12: every hub's neighbours in each hub's part took the bench's 100,000 resources to 778 MiB
// at peak; each hub's part holds what names that hub only.
describe("the parts of hubs with neighbours", () => {
  test("each holds its own hub's neighbours, not another hub's", () => {
    const doc = jsonDocument("bench.json", generatePlan({ resources: 12000, seed: 42 }), undefined, { attributes: bundle.attributes });
    const parts = withPartSize(500, () => partition(doc, joins));
    const addresses = (part: (typeof parts)[number]): string[] => (JSON.parse(part.content.toString("utf8")) as { resource_changes: { address: string }[] }).resource_changes.map((c) => c.address);
    const held = (part: (typeof parts)[number]): string[] => addresses(part).filter((a) => !part.owns(a));
    const hubParts = parts.filter((p) => p.hub);
    expect(hubParts.length).toBeGreaterThanOrEqual(2);
    // What every part holds (hubs, the first of each witness type).
    const everywhere = parts.map((p) => new Set(addresses(p))).reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
    expect(everywhere.size).toBeGreaterThan(0);
    const times = new Map<string, number>();
    for (const part of hubParts) for (const a of held(part)) if (!everywhere.has(a)) times.set(a, (times.get(a) ?? 0) + 1);
    expect(times.size).toBeGreaterThan(500);
    expect([...times].filter(([, n]) => n > 1)).toEqual([]);
  });
});

// Issue 12: every part once carried every module call of the plan (stripped of other parts'
// resources): 2 of a part's 2.7 MB at 100,000 resources, 8 MB a part at 1,000,000. A part other
// than the first carries the calls its resources are under and those a provider is declared in.
describe("the module calls a part carries", () => {
  const carried = (resources: number): { most: number; calls: number } => {
    const doc = jsonDocument("bench.json", generatePlan({ resources, seed: 42 }), undefined, { attributes: bundle.attributes });
    const parts = withPartSize(500, () => partition(doc, joins));
    expect(parts.length).toBeGreaterThan(3);
    const callsOf = (content: Buffer): number =>
      Object.keys((JSON.parse(content.toString("utf8")) as { configuration: { root_module: { module_calls: object } } }).configuration.root_module.module_calls).length;
    let most = 0;
    for (const part of parts.slice(1)) if (!part.outsized && !part.hub) most = Math.max(most, callsOf(part.content));
    return { most, calls: callsOf(parts[0].content) };
  };

  test("do not grow with the estate; the first part carries them all", () => {
    const small = carried(3000);
    const large = carried(12000);
    expect(large.calls).toBeGreaterThan(small.calls);
    expect(large.most).toBeLessThanOrEqual(small.most + 2);
    expect(large.most).toBeLessThan(large.calls / 4);
  });
});
