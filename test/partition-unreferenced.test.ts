// The mechanical check of the policy's joins. The partitioner keeps together what refers to each
// other in a module instance, and what the libs declare they join by literal name
// (govguard/about/joins); a rule that related resources by a name no lib declares would see, in
// parts, only some of them. In the corpus most related resources also refer to each other, which
// keeps them in one part whatever is declared. So: every corpus plan with the references taken out
// of its configuration (each value stays as the plan gives it), split into parts as small as its
// groups allow, gives exactly the report of one pass over the same plan.
import * as fs from "node:fs";
import * as path from "node:path";
import { evaluatePartsSync, joinsOf, partition } from "../src/engine/partition";
import { readBundle } from "../src/engine/bundle";
import { jsonDocument } from "../src/inputs/discover";
import { listCases } from "./corpus/corpus";
import { corpusEvaluators, differences, withPartSize } from "./partition-support";

const bundle = readBundle();
const evaluatorFor = corpusEvaluators(bundle);
const joins = joinsOf(evaluatorFor({}));

/** `value` without any `references` list, at any depth. */
function unreferenced(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unreferenced);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "references").map(([k, v]) => [k, unreferenced(v)]));
}

const runs = listCases()
  .filter((c) => c.shapes.includes("plan"))
  .map((c) => {
    const plan = JSON.parse(fs.readFileSync(path.join(c.dir, "plan.json"), "utf8")) as Record<string, unknown>;
    return { c, plan: { ...plan, configuration: unreferenced(plan.configuration) } };
  });
const split = new Set<string>();

test.each(runs.map((r) => [r.c.name, r] as const))("%s, references taken out: in parts, the report of one pass", (name, { c, plan }) => {
  const evaluator = evaluatorFor(c.expected.config ?? {});
  const doc = jsonDocument("unreferenced.json", plan, undefined, { attributes: bundle.attributes });
  const single = evaluator.evaluate(doc.content);
  const parts = withPartSize(1, () => partition(doc, joins));
  if (parts.length > 1) split.add(name);
  expect(differences(single, withPartSize(1, () => evaluatePartsSync(evaluator, doc, joins)))).toEqual({ missing: [], extra: [], rest: [] });
});

test("most plans are cut into parts", () => {
  expect(split.size).toBeGreaterThan(runs.length / 2);
});
