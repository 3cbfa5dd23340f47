// A23.1 end to end on real inputs: every fixture folder holds .tf code, the real plan JSON that
// terraform and the alicloud provider made from it (scripts/plan-fixtures.sh), and the findings
// expected of both. Each is judged in wasm (as govguard runs) and by `opa eval`, which must agree.
import * as fs from "node:fs";
import * as path from "node:path";
import { check } from "../src/engine";
import { PolicyEvaluator } from "../src/engine/policy";
import { readInputs } from "../src/inputs/discover";
import { fixtures, opaEvalReport, pairs, sameReport } from "./helpers";

interface Expected {
  findings: { control: string; resource: string; message_en?: string }[];
  /** Where the .tf folder is judged differently: govguard evaluates locals that the plan JSON
   * shows only as references. */
  tf_findings?: Expected["findings"];
}

const dir = path.join(fixtures, "a23_1");
const cases = fs.readdirSync(dir).filter((c) => fs.existsSync(path.join(dir, c, "expected.json")));

const evaluator = PolicyEvaluator.load();

describe.each(cases)("A23.1 fixture %s", (name) => {
  const folder = path.join(dir, name);
  const expected = JSON.parse(fs.readFileSync(path.join(folder, "expected.json"), "utf8")) as Expected;
  const shapes: [string, string][] = [
    ["plan JSON", path.join(folder, "plan.json")],
    [".tf folder", folder],
  ];

  test.each(shapes)("%s gives the expected findings in wasm and in opa eval", async (_shape, target) => {
    const result = await check([target]);
    const a23 = result.findings.filter((f) => f.control === "A23.1");
    const findings = target === folder ? (expected.tf_findings ?? expected.findings) : expected.findings;
    expect(pairs(a23)).toEqual(pairs(findings));
    for (const e of findings.filter((f) => f.message_en)) {
      expect(a23.find((f) => f.resource === e.resource)?.message.en).toBe(e.message_en);
    }

    // wasm gets what govguard passes it (a plan without the parts no control reads); opa eval
    // gets the original file, so this also proves that dropping those parts changes nothing.
    const [doc] = await readInputs([target]);
    const wasm = evaluator.evaluate(doc.content);
    const original = target.endsWith(".json") ? fs.readFileSync(target) : doc.content;
    expect(sameReport(opaEvalReport(original), wasm)).toBe(true);
  });
});

test("the fixtures cover every case the walking-skeleton issue names", () => {
  expect(cases).toEqual(
    expect.arrayContaining(["compliant", "hongkong", "missing_region", "variable_from_tfvars", "alias_outside_mainland", "provider_in_module"]),
  );
});

test("a sensitive region never appears in a finding", async () => {
  const result = await check([path.join(dir, "sensitive_variable", "plan.json")]);
  expect(JSON.stringify(result)).not.toContain("ap-northeast-1");
  expect(result.findings.filter((f) => f.control === "A23.1")).toHaveLength(1);
});

test("configuration changes the allowed regions the same way in wasm and opa eval", async () => {
  const [doc] = await readInputs([path.join(dir, "alias_outside_mainland", "plan.json")]);
  const config = { regions: { allowed: ["cn-beijing", "ap-southeast-1"] } };
  const wasm = PolicyEvaluator.load(undefined, { govguard_config: config }).evaluate(doc.content);
  expect(wasm.findings.filter((f) => f.control === "A23.1")).toEqual([]);
  expect(sameReport(opaEvalReport(doc.content, config), wasm)).toBe(true);
});
