// `govguard input` prints the document the gate evaluates, so that `opa eval` and conftest can judge
// exactly it. A plan over 8 MiB is read as an index and never held whole: it printed an empty line
// (exit 0). It is printed a resource change at a time, the same bytes as a plan read whole.
import * as fs from "node:fs";
import * as path from "node:path";
import { generatePlan } from "../bench/generate-plan";
import { runCli, tempDir } from "./helpers";
import { canonical } from "./partition-support";

let dir: string;
beforeAll(() => {
  dir = tempDir("govguard-input-indexed-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test.each([
  ["a legacy estate", generatePlan({ resources: 300, seed: 5, estate: "legacy" }) as Record<string, unknown>],
  // Author-written top-level members: an integer-like key goes first in any JSON.stringify, and
  // __proto__ is a member like any other.
  ["hostile top-level members", { ...(generatePlan({ resources: 50, seed: 6 }) as Record<string, unknown>), ...(JSON.parse('{"7": "seven", "__proto__": {"x": 1}}') as object) }],
])("%s read as an index prints what a plan read whole prints", (_name, plan) => {
  const file = path.join(dir, "plan.json");
  fs.writeFileSync(file, JSON.stringify(plan));
  const whole = runCli(["input", file], { env: { GOVGUARD_INDEX_PLANS_OVER: String(1 << 30) } });
  const indexed = runCli(["input", file], { env: { GOVGUARD_INDEX_PLANS_OVER: "1000" } });
  expect([whole.status, whole.stderr]).toEqual([0, ""]);
  expect([indexed.status, indexed.stderr]).toEqual([0, ""]);
  expect(whole.stdout.length).toBeGreaterThan(10_000);
  // The same document; a member the plan writes after resource_changes comes before it when indexed.
  expect(canonical(JSON.parse(indexed.stdout))).toBe(canonical(JSON.parse(whole.stdout)));
  if (!Object.hasOwn(plan, "__proto__")) expect(indexed.stdout).toBe(whole.stdout);
  const printed = JSON.parse(indexed.stdout) as { resource_changes: unknown[] };
  expect(printed.resource_changes.length).toBe((plan.resource_changes as unknown[]).length);
});
