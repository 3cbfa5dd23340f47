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

  test.each([1, 700])("in parts of %d resources, the findings of one pass", (size) => {
    const parts = withPartSize(size, () => partition(doc, joins));
    expect(parts.length).toBeGreaterThan(1);
    const merged = withPartSize(size, () => evaluatePartsSync(evaluator, doc, joins));
    expect(single.findings.length).toBeGreaterThan(100);
    expect(differences(single, merged)).toEqual({ missing: [], extra: [], rest: [] });
  });
});
