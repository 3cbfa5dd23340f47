// The mechanical check of lib/stack's witnesses. A witness type is one that controls read only for
// whether the stack has one, so every part holds just the first of its type (in plan order); a
// rule that judged anything by the settings of another of them would see, in parts, only that
// first one, and a plan cut into parts would get another report than one pass over it. Nothing but
// this check stops a new rule from doing so: for every corpus case holding a resource of a witness
// type, the same plan with a bare resource of that type put first (the witness every part then
// holds, with none of the case's settings) gives, in parts as small as its groups allow, exactly
// the report of one pass.
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
const rulesType = (type: string): string => joins.aliases[type] ?? type;
const witnesses = new Set(joins.witnesses.map(rulesType));

interface Change {
  address: string;
  mode?: string;
  type: string;
  name: string;
  provider_name?: string;
}

/** The plan with a bare resource of `type` (no settings at all) before every resource change. */
function withBareWitnessFirst(plan: { resource_changes: Change[] }, type: string, provider: string | undefined): unknown {
  const bare = {
    address: `${type}.govguard_bare_witness`,
    mode: "managed",
    type,
    name: "govguard_bare_witness",
    ...(provider === undefined ? {} : { provider_name: provider }),
    change: { actions: ["create"], before: null, after: {}, after_unknown: {}, before_sensitive: false, after_sensitive: {} },
  };
  return { ...plan, resource_changes: [bare, ...plan.resource_changes] };
}

const runs = listCases()
  .filter((c) => c.shapes.includes("plan"))
  .flatMap((c) => {
    const plan = JSON.parse(fs.readFileSync(path.join(c.dir, "plan.json"), "utf8")) as { resource_changes?: Change[] };
    const changes = (plan.resource_changes ?? []).filter((r) => (r.mode ?? "managed") === "managed" && witnesses.has(rulesType(r.type)));
    const types = [...new Set(changes.map((r) => r.type))];
    return types.map((type) => ({ c, plan: plan as { resource_changes: Change[] }, type, provider: changes.find((r) => r.type === type)?.provider_name }));
  });
const split = new Set<string>();

test.each(runs.map((r) => [`${r.c.name}: ${r.type}`, r] as const))("%s, a bare one put first: in parts, the report of one pass", (_, { c, plan, type, provider }) => {
  const evaluator = evaluatorFor(c.expected.config ?? {});
  const doc = jsonDocument("witness.json", withBareWitnessFirst(plan, type, provider), undefined, { attributes: bundle.attributes });
  const single = evaluator.evaluate(doc.content);
  if (withPartSize(1, () => partition(doc, joins)).length > 1) split.add(`${c.name}: ${type}`);
  expect(differences(single, withPartSize(1, () => evaluatePartsSync(evaluator, doc, joins)))).toEqual({ missing: [], extra: [], rest: [] });
});

// The check has weight only where a case holds a witness and is cut into parts.
test("every witness type is in some case, and most runs are cut into parts", () => {
  expect([...witnesses].filter((w) => !runs.some((r) => rulesType(r.type) === w))).toEqual([]);
  expect(split.size).toBeGreaterThan(runs.length / 2);
});
