// One thread evaluates the largest part first (partition/index.ts evaluationOrder): its loaded
// policy is sized for the largest document it has seen and loaded again, in fresh memory, for a
// larger one, so the largest first means one load and memory already touched for the rest. The
// report is the same whatever the order.
import { readBundle } from "../src/engine/bundle";
import { evaluatePartsSync, evaluationOrder, joinsOf, partition } from "../src/engine/partition";
import { evaluateReports } from "../src/engine/evaluate-reports";
import { PolicyEvaluator } from "../src/engine/policy";
import { jsonDocument } from "../src/inputs/discover";
import { generatePlan } from "../bench/generate-plan";
import { differences, withPartSize } from "./partition-support";

const bundle = readBundle();
const runData = { govguard_today: "2026-12-06" };
const evaluator = new PolicyEvaluator(bundle, runData);
const joins = joinsOf(evaluator);

test("the order: the part holding the most resources, then the rest as cut", () => {
  expect(evaluationOrder([{ held: 5 }, { held: 9 }, { held: 2 }, { held: 9 }])).toEqual([1, 0, 2, 3]);
  expect(evaluationOrder([{ held: 7 }, { held: 1 }])).toEqual([0, 1]);
  expect(evaluationOrder([])).toEqual([]);
});

describe("a 3,000-resource estate in parts of 200", () => {
  const doc = jsonDocument("plan.json", generatePlan({ resources: 3000, seed: 11, estate: "legacy" }), undefined, { attributes: bundle.attributes });
  const sizes = withPartSize(200, () => partition(doc, joins).map((p) => p.content.length));
  const largest = Math.max(...sizes);

  test("is cut with its largest part after the first", () => {
    expect(sizes.length).toBeGreaterThan(5);
    expect(sizes.indexOf(largest)).toBeGreaterThan(0);
  });

  test("in one thread, the largest part is evaluated first, and the report is that of one pass", () => {
    const fresh = new PolicyEvaluator(bundle, runData);
    const seen: number[] = [];
    const evaluate = fresh.evaluate.bind(fresh);
    fresh.evaluate = (content: Buffer) => {
      seen.push(content.length);
      return evaluate(content);
    };
    const report = withPartSize(200, () => evaluatePartsSync(fresh, doc, joins));
    expect(seen).toHaveLength(sizes.length);
    expect(seen[0]).toBe(largest);
    expect(differences(evaluator.evaluate(doc.content), report)).toEqual({ missing: [], extra: [], rest: [] });
  });

  test("with one job, the largest part is evaluated first, and the report is that of one pass", async () => {
    const seen: number[] = [];
    const given = new PolicyEvaluator(bundle, runData);
    const evaluate = given.evaluate.bind(given);
    given.evaluate = (content: Buffer) => {
      seen.push(content.length);
      return evaluate(content);
    };
    const [report] = await withPartSize(200, () => evaluateReports(bundle, runData, [doc], { jobs: 1, evaluator: given }));
    expect(seen[0]).toBe(largest);
    expect(differences(evaluator.evaluate(doc.content), report)).toEqual({ missing: [], extra: [], rest: [] });
  });
});
