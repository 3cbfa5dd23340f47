// The catalogue depends only on the bundle and the configuration given as data, so the engine
// evaluates it once per loaded policy (about/controls) and each document through
// govguard/report_without_catalogue: at 50 resources the catalogue was a third of an evaluation.
// What a caller gets must be exactly govguard/report, the entrypoint opa eval and conftest users read.
import * as fs from "node:fs";
import * as path from "node:path";
import { loadPolicySync } from "@open-policy-agent/opa-wasm";
import { ENGINE_ENTRYPOINT, ENTRYPOINT, readBundle } from "../src/engine/bundle";
import { PolicyEvaluator, RunData } from "../src/engine/policy";
import { listCases } from "./corpus/corpus";

const bundle = readBundle();
const plans = listCases()
  .map((c) => path.join(c.dir, "plan.json"))
  .filter((file) => fs.existsSync(file));

/** govguard/report as the bundle's own entrypoint gives it, for `data`. */
function fullReport(data: RunData, content: Buffer): unknown {
  const policy = loadPolicySync(bundle.wasm, { initial: 64 * 16 });
  policy.setData({ ...bundle.data, ...data });
  const [result] = policy.evaluate(JSON.parse(content.toString("utf8")) as object, ENTRYPOINT) as { result: unknown }[];
  return result.result;
}

describe.each([
  ["the default configuration", { govguard_today: "2026-12-05" }],
  [
    "a configuration with other parameters",
    { govguard_today: "2026-12-05", govguard_config: { logs: { min_retention_days: 400 }, regions: { allowed: ["cn-shanghai"] } } },
  ],
] as [string, RunData][])("with %s", (_label, data) => {
  const evaluator = new PolicyEvaluator(bundle, data);
  test(`every corpus plan (${plans.length}) gets exactly govguard/report`, () => {
    expect(plans.length).toBeGreaterThan(200);
    for (const file of plans.slice(0, 40)) {
      const content = fs.readFileSync(file);
      expect(evaluator.evaluate(content)).toEqual(fullReport(data, content));
    }
    // The rest against the first full report's catalogue (loading a policy per plan is slow).
    const catalogue = (fullReport(data, fs.readFileSync(plans[0])) as { catalogue: unknown }).catalogue;
    for (const file of plans.slice(40)) expect(evaluator.evaluate(fs.readFileSync(file)).catalogue).toEqual(catalogue);
  });
});

test("the engine's entrypoint leaves the catalogue out", () => {
  const policy = loadPolicySync(bundle.wasm, { initial: 64 * 16 });
  policy.setData(bundle.data);
  const [result] = policy.evaluate({ format_version: "1.2", resource_changes: [] }, ENGINE_ENTRYPOINT) as { result: Record<string, unknown> }[];
  expect(Object.keys(result.result).sort()).toEqual(["errors", "findings", "flavour", "kind", "mode", "notes", "summary", "waivers_used"]);
});
