// The partitioner's proof on the policy corpus: every case in every shape (plan.json, the .tf
// folder, the CDKTF stack), split into parts as small as its groups allow (GOVGUARD_PART_RESOURCES=1),
// gives exactly the report of one pass.
import * as path from "node:path";
import { evaluatePartsSync, joinsOf, partition } from "../src/engine/partition";
import { readBundle } from "../src/engine/bundle";
import { readInputs } from "../src/inputs/discover";
import { listCases, shapeInput } from "./corpus/corpus";
import { tempDir } from "./helpers";
import { corpusEvaluators, differences, withPartSize } from "./partition-support";

const bundle = readBundle();
const evaluatorFor = corpusEvaluators(bundle);
const joins = joinsOf(evaluatorFor({}));
const runs = listCases().flatMap((c) => c.shapes.map((shape) => ({ c, shape })));
const scratch = tempDir("govguard-partition-corpus-");
const split = new Set<string>();

test.each(runs.map((r) => [`${r.c.name} (${r.shape})`, r] as const))("%s: in parts, the report of one pass", async (_, { c, shape }) => {
  const docs = await readInputs([shapeInput(c, shape, path.join(scratch, c.name))], { attributes: bundle.attributes });
  const evaluator = evaluatorFor(c.expected.config ?? {});
  for (const doc of docs) {
    const single = evaluator.evaluate(doc.content);
    if (withPartSize(1, () => partition(doc, joins)).length > 1) split.add(`${c.name} (${shape})`);
    expect(differences(single, withPartSize(1, () => evaluatePartsSync(evaluator, doc, joins)))).toEqual({ missing: [], extra: [], rest: [] });
  }
});

// Most one-control cases are a resource or two that relate to each other: one part, as they should be.
test("the corpus is split: every family's realistic stack, and a third of all runs, in more than one part", () => {
  const stacks = runs.filter((r) => r.c.name.endsWith("/stack")).map((r) => `${r.c.name} (${r.shape})`);
  expect(stacks.length).toBeGreaterThan(5);
  expect(stacks.filter((s) => !split.has(s))).toEqual([]);
  expect(split.size).toBeGreaterThan(runs.length / 3);
});
