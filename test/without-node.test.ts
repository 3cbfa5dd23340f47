// The policy bundle without Node: opa eval and conftest with a data file holding the settings,
// the waivers and the date, as the README and examples/ci/govguard-data.yaml document them. They
// must fail exactly the findings the CLI fails with the same govguard.yaml and waivers.yaml.
// Also runs the govguard commands of the CI examples, so the flags they show are real.
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { fixtures, regoBundle, repo, runCli, tempDir, tool } from "./helpers";

const plan = path.join(fixtures, "a23_1", "hongkong", "plan.json");
const examples = path.join(repo, "examples", "ci");

interface Deny {
  msg: string;
}

function opaQuery(dataFile: string, query: string): unknown {
  const out = execFileSync(tool("opa"), ["eval", "--format", "json", "--bundle", regoBundle, "--data", dataFile, "--input", plan, query], { encoding: "utf8" });
  return (JSON.parse(out) as { result: { expressions: { value: unknown }[] }[] }).result[0].expressions[0].value;
}

function conftest(dataFile: string): { status: number; failures: string[]; warnings: string[] } {
  const r = spawnSync(tool("conftest"), ["test", "--no-color", "--namespace", "govguard", "--policy", path.join(repo, "policies", "govguard"), "--data", dataFile, "--output", "json", plan], { encoding: "utf8" });
  const [result] = JSON.parse(r.stdout) as { failures?: Deny[]; warnings?: Deny[] }[];
  return { status: r.status ?? -1, failures: (result.failures ?? []).map((f) => f.msg).sort(), warnings: (result.warnings ?? []).map((w) => w.msg).sort() };
}

let dir: string;
beforeAll(() => {
  dir = tempDir("govguard-nonode-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const settings = { regions: { allowed: ["cn-hangzhou", "cn-shanghai"] }, cloud: { assessment_reference: "CSSA-2025-0117" } };
const waivers = [
  { control: "A26.2", resource: "alicloud_oss_bucket.*", reason: "ZRS migration in GOV-1234", owner: "platform", expires: "2027-03-31" },
  { control: "A21.1", resource: "alicloud_oss_bucket.data", reason: "expired on purpose", owner: "platform", expires: "2026-01-31" },
];

function dataFile(name: string, content: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

// YAML as a person writes it; dates quoted, since Go's YAML reader turns bare dates into timestamps.
const yamlData = [
  "govguard_config:",
  "  regions:",
  "    allowed: [cn-hangzhou, cn-shanghai]",
  "  cloud:",
  '    assessment_reference: "CSSA-2025-0117"',
  "govguard_waivers:",
  ...waivers.flatMap((w) => [`  - control: ${w.control}`, `    resource: "${w.resource}"`, `    reason: "${w.reason}"`, `    owner: ${w.owner}`, `    expires: "${w.expires}"`]),
  'govguard_today: "2026-11-21"',
].join("\n");

test("opa eval, conftest and the CLI fail the same findings with the same settings and waivers", () => {
  const data = dataFile("govguard-data.yaml", yamlData);
  fs.writeFileSync(path.join(dir, "govguard.yaml"), JSON.stringify(settings));
  fs.writeFileSync(path.join(dir, "waivers.yaml"), JSON.stringify(waivers));
  const cli = runCli(["check", "--format", "json", plan], { cwd: dir, env: { GOVGUARD_TODAY: "2026-11-21" } });
  expect(cli.status).toBe(1);
  const report = JSON.parse(cli.stdout) as { findings: { control: string; resource: string; message: { en: string }; failing: boolean; waiver?: { status: string } }[] };
  const msg = (f: { control: string; resource: string; message: { en: string } }) => `${f.control} ${f.resource} ${f.message.en}`;
  const failing = report.findings.filter((f) => f.failing).map(msg).sort();
  const waived = report.findings.filter((f) => f.waiver?.status === "active");
  expect(waived.map((f) => f.control)).toEqual(["A26.2"]);
  expect(report.findings.find((f) => f.control === "A21.1")?.waiver?.status).toBe("expired");

  const opaDeny = (opaQuery(data, "data.govguard.deny") as Deny[]).map((d) => d.msg).sort();
  expect(opaDeny).toEqual(failing);
  const fromConftest = conftest(data);
  expect(fromConftest.status).toBe(1);
  expect(fromConftest.failures).toEqual(failing);
  expect(fromConftest.warnings).toEqual(["A26.2 alicloud_oss_bucket.data waived: ZRS migration in GOV-1234"]);
});

test("a mistake in the data file fails opa eval and conftest with the setting's path", () => {
  const data = dataFile("bad-data.json", JSON.stringify({ govguard_config: { regions: { allowed: "cn-hangzhou" } } }));
  const deny = (opaQuery(data, "data.govguard.deny") as Deny[]).map((d) => d.msg);
  expect(deny).toContainEqual(expect.stringMatching(/^input invalid_config setting regions\.allowed must be a list/));
  const r = conftest(data);
  expect(r.status).toBe(1);
  expect(r.failures).toContainEqual(expect.stringMatching(/^input invalid_config setting regions\.allowed must be a list/));
});

test("examples/ci/govguard-data.yaml is a valid data file", () => {
  const data = path.join(examples, "govguard-data.yaml");
  expect(opaQuery(data, "data.govguard.about.configuration_errors")).toEqual([]);
  expect(opaQuery(data, "data.govguard.report.summary.findings")).toBeGreaterThan(0);
});

describe("the CI examples", () => {
  /** The govguard command of a CI step, with the local CLI in place of the npm package. */
  function govguardArgs(script: string): string[] {
    const line = script.replace(/\\\n/g, " ").split("\n").find((l) => l.includes("npx govguard check"));
    if (!line) throw new Error("no govguard command in the example");
    return line.trim().replace(/^.*npx govguard /, "").split(/\s+/);
  }

  function runExample(args: string[]): string {
    const cwd = tempDir("govguard-ci-example-");
    fs.copyFileSync(plan, path.join(cwd, "plan.json"));
    const r = runCli(args, { cwd });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1); // the fixture breaks A23.1, so the gate must fail
    return cwd;
  }

  test("GitHub Actions: plan, show -json, govguard with SARIF uploaded", () => {
    const workflow = parse(fs.readFileSync(path.join(examples, "github-actions.yml"), "utf8")) as {
      jobs: { gate: { steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] } };
    };
    const steps = workflow.jobs.gate.steps;
    const runs = steps.map((s) => s.run ?? "").join("\n");
    expect(runs).toContain("terraform plan -input=false -out=tfplan");
    expect(runs).toContain("terraform show -json tfplan > plan.json");
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif"));
    expect(upload?.with?.sarif_file).toBe("govguard.sarif");
    const cwd = runExample(govguardArgs(runs));
    try {
      const sarif = JSON.parse(fs.readFileSync(path.join(cwd, "govguard.sarif"), "utf8"));
      expect(sarif.version).toBe("2.1.0");
      for (const f of ["govguard.html", "govguard.md", "govguard-record.json"]) expect(fs.statSync(path.join(cwd, f)).size).toBeGreaterThan(0);
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });

  test("GitLab CI: the JUnit report the job declares is the one govguard writes", () => {
    const pipeline = parse(fs.readFileSync(path.join(examples, "gitlab-ci.yml"), "utf8")) as {
      govguard: { script: string[]; artifacts: { reports: { junit: string } } };
    };
    const cwd = runExample(govguardArgs(pipeline.govguard.script.join("\n")));
    try {
      const junit = fs.readFileSync(path.join(cwd, pipeline.govguard.artifacts.reports.junit), "utf8");
      expect(junit).toMatch(/<testsuites[^>]*failures="[1-9]/);
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });

  test("examples/ci/waivers.yaml is accepted by the CLI", () => {
    const r = runCli(["check", "--waivers", path.join(examples, "waivers.yaml"), "--format", "json", plan], { env: { GOVGUARD_TODAY: "2026-11-21" } });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    // It names a module this fixture lacks, so the run says the waiver matched nothing.
    expect(JSON.parse(r.stdout).notes.map((n: { en: string }) => n.en).join("\n")).toMatch(/waiver waivers\[0\] \(A26.2 module.legacy_site.alicloud_oss_bucket.\*\) matches no finding/);
  });
});
