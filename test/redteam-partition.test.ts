// Red team on the partitioner (issue 12): a big plan evaluated as parts must give exactly the
// single-pass report. Each plan in test/fixtures/redteam-partition/cases is written as the author of
// a change could write it, with the relations a control follows crossing top-level modules: literal
// names, root variables, module outputs, hubs, nested modules, one name on two buckets, instance
// keys, stack-wide controls, waivers, deletions, unknown values, providers in modules, addresses
// the author wrote inconsistently. GOVGUARD_PART_RESOURCES forces tiny parts.
//
// expected.json beside each plan is what the committed single-pass gate said (record.mjs, run on a
// build of the commit before the partitioner): the default run must still say it, and so must every
// partitioned run, to the byte.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CliRun, fixtures, repo, runCli } from "./helpers";

const root = path.join(fixtures, "redteam-partition");
const casesDir = path.join(root, "cases");
const env = { GOVGUARD_TODAY: "2026-12-05", NO_COLOR: "1" };
const cases = fs.readdirSync(casesDir).filter((name) => fs.existsSync(path.join(casesDir, name, "plan.json"))).sort();

interface Finding {
  control: string;
  resource: string;
  attribute?: string;
  failing: boolean;
  message: { zh: string; en: string };
  location?: unknown;
  waiver?: unknown;
}
interface Report {
  findings: Finding[];
  waivers: unknown[];
  notes: unknown[];
  summary: unknown;
}

/** Kept in step with outcome() in record.mjs. */
function outcome(r: CliRun): unknown {
  if (r.status !== 0 && r.status !== 1) return { status: r.status, stderr: r.stderr.trimEnd() };
  const report = JSON.parse(r.stdout) as Report;
  return {
    status: r.status,
    findings: report.findings
      .map((f) => ({ control: f.control, resource: f.resource, attribute: f.attribute, failing: f.failing, message: f.message, location: f.location, ...(f.waiver ? { waiver: f.waiver } : {}) }))
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
    waivers: report.waivers,
    notes: report.notes,
    summary: report.summary,
  };
}

function check(name: string, extra: Record<string, string> = {}, args: string[] = []): CliRun {
  return runCli(["check", "plan.json", "--format", "json", ...args], { cwd: path.join(casesDir, name), env: { ...env, ...extra } });
}

/** The whole JSON report with the run's own identity left out: what must not depend on parts. */
function whole(r: CliRun): unknown {
  if (r.status !== 0 && r.status !== 1) return { status: r.status, stderr: r.stderr };
  const report = JSON.parse(r.stdout) as Record<string, unknown>;
  return { status: r.status, ...report };
}

const singlePass = new Map<string, CliRun>();
function single(name: string): CliRun {
  let r = singlePass.get(name);
  if (!r) {
    r = check(name);
    singlePass.set(name, r);
  }
  return r;
}

test("the partitioner exists and reads GOVGUARD_PART_RESOURCES (otherwise every test below proves nothing)", () => {
  expect(fs.existsSync(path.join(repo, "src", "engine", "partition", "index.ts"))).toBe(true);
  const built = spawnSync("grep", ["-rl", "GOVGUARD_PART_RESOURCES", path.join(repo, "dist", "src")], { encoding: "utf8" });
  expect(built.stdout.trim()).not.toBe("");
});

describe.each(cases)("%s", (name) => {
  test("the default run says what the committed single-pass gate said", () => {
    const expected = JSON.parse(fs.readFileSync(path.join(casesDir, name, "expected.json"), "utf8")) as unknown;
    expect(outcome(single(name))).toEqual(expected);
  });

  test.each(["1", "2", "3", "5"])("GOVGUARD_PART_RESOURCES=%s gives the single-pass report exactly", (n) => {
    const parted = check(name, { GOVGUARD_PART_RESOURCES: n });
    expect(whole(parted)).toEqual(whole(single(name)));
    expect(parted.stdout).toBe(single(name).stdout);
  });

  // The streaming reader (GOVGUARD_INDEX_PLANS_OVER=0 reads every plan with it) cut into tiny parts.
  test("streamed and cut into parts of one resource, the single-pass report exactly", () => {
    const parted = check(name, { GOVGUARD_PART_RESOURCES: "1", GOVGUARD_INDEX_PLANS_OVER: "0" });
    expect(whole(parted)).toEqual(whole(single(name)));
  });
});

// With workers (issue 12, --jobs), parts of one plan are evaluated in parallel: the merge must not
// depend on which part finishes first.
describe("parts evaluated by workers", () => {
  const hasJobs = runCli(["--help"]).stdout.includes("--jobs");
  test("--jobs is offered (otherwise the tests below are skipped in effect)", () => {
    expect(hasJobs).toBe(true);
  });
  test.each(cases)("%s: --jobs 2 with GOVGUARD_PART_RESOURCES=1 gives the single-pass report", (name) => {
    if (!hasJobs) return;
    const parted = check(name, { GOVGUARD_PART_RESOURCES: "1" }, ["--jobs", "2"]);
    expect(whole(parted)).toEqual(whole(single(name)));
  });
});

// A plan above any default part size: the default run itself is partitioned, and must still say
// what the committed single-pass gate said (its outcome is recorded as a digest: large-expected.json).
describe("a large plan partitioned by default", () => {
  test("c-large: the default run says what the committed single-pass gate said", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "govguard-rt-large-"));
    try {
      const made = spawnSync(process.execPath, [path.join(root, "generate-large.mjs"), path.join(dir, "plan.json")], { encoding: "utf8" });
      expect(made.status).toBe(0);
      const expected = JSON.parse(fs.readFileSync(path.join(root, "large-expected.json"), "utf8")) as { sha256: string; status: number; findings: number; byControl: Record<string, number> };
      // As read by default (whole, below the streaming reader's size), streamed, and streamed in parts of 700.
      for (const extra of [{}, { GOVGUARD_INDEX_PLANS_OVER: "0" }, { GOVGUARD_INDEX_PLANS_OVER: "0", GOVGUARD_PART_RESOURCES: "700" }]) {
        const r = runCli(["check", "plan.json", "--format", "json"], { cwd: dir, env: { ...env, ...extra } });
        const got = outcome(r) as { status: number; findings?: Finding[] };
        const byControl: Record<string, number> = {};
        for (const f of got.findings ?? []) byControl[f.control] = (byControl[f.control] ?? 0) + 1;
        expect({ extra, status: got.status, findings: got.findings?.length, byControl }).toEqual({ extra, status: expected.status, findings: expected.findings, byControl: expected.byControl });
        const digest = createHash("sha256").update(JSON.stringify(got)).digest("hex");
        expect({ extra, digest }).toEqual({ extra, digest: expected.sha256 });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The same collision at the default part size, no environment needed: 5,000 buckets fill one part,
// and a resource that is not alicloud's, addressed "(stack)", is alone in the next. Its part sees no
// alicloud resource and so raises no stack-wide finding, and as the owner of "(stack)" it is the
// only part whose "(stack)" findings count: the missing audit trail and alarms go unreported.
test("default parts: a resource addressed (stack) does not silence the stack-wide findings", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "govguard-rt-stack-"));
  try {
    const changes: unknown[] = [];
    for (let i = 0; i < 5000; i++) {
      changes.push({
        address: `module.m.alicloud_oss_bucket.b${i}`,
        module_address: "module.m",
        mode: "managed",
        type: "alicloud_oss_bucket",
        name: `b${i}`,
        provider_name: "registry.terraform.io/aliyun/alicloud",
        change: { actions: ["create"], before: null, after: { bucket: `rt-stack-${i}`, tags: { "data-classification": "internal" } }, after_unknown: {}, after_sensitive: {} },
      });
    }
    changes.push({
      address: "(stack)",
      module_address: "module.z",
      mode: "managed",
      type: "random_id",
      name: "x",
      provider_name: "registry.terraform.io/hashicorp/random",
      change: { actions: ["create"], before: null, after: { byte_length: 4 }, after_unknown: {}, after_sensitive: {} },
    });
    const plan = {
      format_version: "1.2",
      terraform_version: "1.5.7",
      resource_changes: changes,
      configuration: { provider_config: { alicloud: { name: "alicloud", full_name: "registry.terraform.io/aliyun/alicloud", expressions: { region: { constant_value: "cn-hangzhou" } } } }, root_module: {} },
    };
    fs.writeFileSync(path.join(dir, "plan.json"), JSON.stringify(plan));
    const byDefault = runCli(["check", "plan.json", "--format", "json"], { cwd: dir, env });
    const onePass = runCli(["check", "plan.json", "--format", "json"], { cwd: dir, env: { ...env, GOVGUARD_PART_RESOURCES: "1000000" } });
    const stackFindings = (r: CliRun): string[] =>
      (JSON.parse(r.stdout) as Report).findings.filter((f) => f.resource === "(stack)").map((f) => f.control).sort();
    expect(stackFindings(onePass)).toEqual(expect.arrayContaining(["A20.2", "A36.1"]));
    expect(stackFindings(byDefault)).toEqual(stackFindings(onePass));
    expect(whole(byDefault)).toEqual(whole(onePass));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
