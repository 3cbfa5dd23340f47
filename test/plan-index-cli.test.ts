// The CLI on plans read as an index (src/inputs/plan-index.ts) gives what it gives on plans read
// whole: the same findings, pointing at the same lines, the same exit code; a malformed indexed plan
// is refused with exit 2 and one line naming it; a plan longer than V8's longest string is read.
import { constants as bufferConstants } from "node:buffer";
import * as fs from "node:fs";
import * as path from "node:path";
import { generatePlan } from "../bench/generate-plan";
import { writeJsonFile } from "../bench/write-json";
import { listCases } from "./corpus/corpus";
import { runCli, tempDir } from "./helpers";

const dir = tempDir("govguard-plan-index-cli-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const WHOLE = { GOVGUARD_INDEX_PLANS_OVER: String(2 ** 50) };
const INDEXED = { GOVGUARD_INDEX_PLANS_OVER: "0" };

interface JsonReport {
  findings: { control: string; resource: string; location: { file: string; line: number } }[];
  inputs: unknown[];
  summary: unknown;
}

function check(files: string[], env: NodeJS.ProcessEnv, extra: string[] = []): { status: number; report: JsonReport; stderr: string } {
  // Run in an empty folder: no govguard.yaml or waivers.yaml but the defaults.
  const run = runCli(["check", "--format", "json", ...extra, ...files], { env, cwd: dir });
  return { status: run.status, report: JSON.parse(run.stdout || "null") as JsonReport, stderr: run.stderr };
}

test("every corpus plan: the same findings and locations, indexed or whole", () => {
  const plans = listCases()
    .map((c) => path.join(c.dir, "plan.json"))
    .filter((f) => fs.existsSync(f));
  expect(plans.length).toBeGreaterThan(50);
  const whole = check(plans, WHOLE);
  const indexed = check(plans, INDEXED);
  expect(whole.report.findings.length).toBeGreaterThan(100);
  // Locations of resources and of providers (configuration.provider_config) are compared too.
  expect(whole.report.findings.filter((f) => f.location.line > 1).length).toBeGreaterThan(100);
  expect(whole.report.findings.filter((f) => /^(.*:)?alicloud(\..*)?$/.test(f.resource) && f.location.line > 1).length).toBeGreaterThan(5);
  expect(indexed.stderr).toBe(whole.stderr);
  expect(indexed.status).toBe(whole.status);
  expect(indexed.report).toEqual(whole.report);
});

test("a generated plan: the same findings and locations, indexed or whole", () => {
  const file = path.join(dir, "bench.json");
  writeJsonFile(file, generatePlan({ resources: 1200, seed: 3 }));
  const whole = check([file], WHOLE);
  const indexed = check([file], INDEXED);
  expect(whole.report.findings.length).toBeGreaterThan(50);
  expect(indexed.status).toBe(whole.status);
  expect(indexed.report).toEqual(whole.report);
});

test("a malformed indexed plan is refused with exit 2 and one line naming it", () => {
  const file = path.join(dir, "truncated.json");
  const text = JSON.stringify(generatePlan({ resources: 100, seed: 3 }));
  fs.writeFileSync(file, text.slice(0, text.length - 40));
  const run = runCli(["check", file], { env: INDEXED });
  expect(run.status).toBe(2);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).toContain(file);
  expect(run.stderr).toMatch(/truncated/);
});

test("a plan longer than the longest string V8 can hold is read and judged", () => {
  const file = path.join(dir, "huge.json");
  const plan = JSON.stringify(generatePlan({ resources: 100, seed: 5 }));
  const small = path.join(dir, "small.json");
  fs.writeFileSync(small, plan);
  // The plan, with enough whitespace between two members to pass the limit.
  const cut = plan.indexOf(',"resource_changes"');
  const fd = fs.openSync(file, "w");
  try {
    fs.writeSync(fd, plan.slice(0, cut));
    const spaces = Buffer.alloc(16 * 1024 * 1024, " ");
    for (let written = 0; written <= bufferConstants.MAX_STRING_LENGTH; written += spaces.length) fs.writeSync(fd, spaces);
    fs.writeSync(fd, plan.slice(cut));
  } finally {
    fs.closeSync(fd);
  }
  const huge = check([file], {});
  expect(huge.stderr).toBe("");
  const reference = check([small], WHOLE);
  expect(huge.status).toBe(reference.status);
  expect(huge.report.findings.map((f) => [f.control, f.resource])).toEqual(reference.report.findings.map((f) => [f.control, f.resource]));
  fs.rmSync(file);
});
