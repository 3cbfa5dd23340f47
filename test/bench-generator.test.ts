// The benchmark's plan generator (bench/generate-plan.ts): deterministic from its seed, exactly the
// number of resources asked for, plans govguard reads without input errors, about one resource in
// ten with findings (none when no violations are asked for), and govguard (wasm) and opa eval agree
// on them finding for finding.
import * as fs from "node:fs";
import * as path from "node:path";
import { generatePlan, MIN_RESOURCES } from "../bench/generate-plan";
import { JsonObject } from "../bench/plan-model";
import { writeJsonFile } from "../bench/write-json";
import { check } from "../src/engine";
import { PolicyEvaluator } from "../src/engine/policy";
import { readJsonInput } from "../src/inputs/discover";
import { opaEvalReport, pairs, sameReport, tempDir } from "./helpers";

interface Change {
  address: string;
  module_address?: string;
  type: string;
  name: string;
  index?: number | string;
  change: { actions: string[]; before: unknown; after: Record<string, unknown>; after_unknown: unknown; before_sensitive: unknown; after_sensitive: unknown };
}

interface Plan {
  format_version: string;
  terraform_version: string;
  variables: Record<string, { value: unknown }>;
  planned_values: { root_module: { resources?: unknown[]; child_modules?: { address: string; child_modules?: unknown[] }[] } };
  resource_changes: Change[];
  configuration: { provider_config: Record<string, unknown>; root_module: { module_calls?: Record<string, unknown> } };
}

let scratch: string;

beforeAll(() => {
  scratch = tempDir("govguard-bench-");
});

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function write(name: string, plan: JsonObject): string {
  const file = path.join(scratch, name);
  writeJsonFile(file, plan);
  return file;
}

test("the same seed gives the same plan, another seed another plan", () => {
  const a = JSON.stringify(generatePlan({ resources: 500, seed: 7 }));
  const b = JSON.stringify(generatePlan({ resources: 500, seed: 7 }));
  const c = JSON.stringify(generatePlan({ resources: 500, seed: 8 }));
  expect(a).toBe(b);
  expect(c).not.toBe(a);
});

test.each([MIN_RESOURCES, 50, 100, 317, 1000, 2500])("%d resources, each with a unique, well-formed address", (n) => {
  const plan = generatePlan({ resources: n, seed: 3 }) as unknown as Plan;
  expect(plan.resource_changes).toHaveLength(n);
  const addresses = plan.resource_changes.map((c) => c.address);
  expect(new Set(addresses).size).toBe(n);
  for (const c of plan.resource_changes) {
    const key = c.index === undefined ? "" : typeof c.index === "number" ? `[${c.index}]` : `[${JSON.stringify(c.index)}]`;
    expect(c.address).toBe(`${c.module_address ? `${c.module_address}.` : ""}${c.type}.${c.name}${key}`);
  }
});

test("fewer resources than the platform needs are refused", () => {
  expect(() => generatePlan({ resources: MIN_RESOURCES - 1, seed: 1 })).toThrow(/at least/);
});

test("plans have Terraform 1.5's shape: nested modules, references, unknown values, existing resources", () => {
  const plan = generatePlan({ resources: 1000, seed: 11 }) as unknown as Plan;
  expect(plan.format_version).toBe("1.2");
  expect(plan.terraform_version).toBe("1.5.7");
  expect(Object.keys(plan.variables)).toContain("region");
  expect(plan.configuration.provider_config.alicloud).toBeDefined();
  const modules = new Set(plan.resource_changes.map((c) => c.module_address ?? ""));
  expect(modules).toContain("");
  expect([...modules].some((m) => /^module\.app_\d+\.module\.net\.module\.firewall$/.test(m))).toBe(true);
  expect(plan.planned_values.root_module.child_modules?.length).toBeGreaterThan(0);
  const text = JSON.stringify(plan.configuration);
  expect(text).toContain('"references":["alicloud_oss_bucket.');
  expect(text).toContain("for_each_expression");
  expect(text).toContain("count_expression");
  const actions = new Set(plan.resource_changes.map((c) => c.change.actions.join()));
  expect(actions).toEqual(new Set(["create", "no-op", "update"]));
  expect(plan.resource_changes.some((c) => JSON.stringify(c.change.after_unknown).includes("true"))).toBe(true);
  expect(plan.resource_changes.some((c) => c.index !== undefined)).toBe(true);
});

test("the streamed file is the plan's JSON exactly", () => {
  const plan = generatePlan({ resources: 300, seed: 5 });
  expect(fs.readFileSync(write("streamed.json", plan), "utf8")).toBe(JSON.stringify(plan));
});

test("govguard reads the plans without input errors; a plan without violations passes", async () => {
  const files = [write("clean.json", generatePlan({ resources: 1500, seed: 21, violationRate: 0 })), write("mixed.json", generatePlan({ resources: 200, seed: 22 }))];
  // The assessment reference is the user's to declare (A24.1); the estate itself is clean.
  const result = await check(files, { today: "2025-06-02", config: { cloud: { assessment_reference: "CSA-2021-003" } } });
  expect(result.inputs.map((i) => i.kind)).toEqual(["plan", "plan"]);
  expect(result.inputs[0].findings).toBe(0);
  expect(result.inputs[1].findings).toBeGreaterThan(0);
});

test("about one resource in ten has findings", () => {
  for (const seed of [1, 2]) {
    const file = write(`rate-${seed}.json`, generatePlan({ resources: 2000, seed }));
    const evaluator = PolicyEvaluator.load(undefined, {}, { largestInputBytes: fs.statSync(file).size });
    const report = evaluator.evaluate(readJsonInput(file).content);
    expect(report.errors).toEqual([]);
    const flagged = new Set(report.findings.map((f) => f.resource));
    expect(flagged.size / 2000).toBeGreaterThan(0.07);
    expect(flagged.size / 2000).toBeLessThan(0.13);
  }
});

test("govguard (wasm, on the plan as it reads it) and opa eval (on the plan as written) agree on a 100-resource plan", () => {
  const file = write("agree.json", generatePlan({ resources: 100, seed: 42 }));
  const evaluator = PolicyEvaluator.load(undefined, {}, { largestInputBytes: fs.statSync(file).size });
  const wasm = evaluator.evaluate(readJsonInput(file).content);
  const opa = opaEvalReport(fs.readFileSync(file));
  expect(wasm.findings.length).toBeGreaterThan(0);
  expect(pairs(wasm.findings)).toEqual(pairs(opa.findings));
  expect(sameReport(wasm, opa)).toBe(true);
});
