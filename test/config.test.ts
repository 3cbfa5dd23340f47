// govguard.yaml and waivers.yaml as a CI job meets them: found in the working directory or given,
// validated with errors that point at the line, applied to the gate; and `govguard init`.
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { check } from "../src/engine";
import { PolicyEvaluator } from "../src/engine/policy";
import { repo, runCli, tempDir } from "./helpers";

const hongkong = path.join(repo, "policies", "govguard", "controls", "a23_1", "cases", "hongkong-alias");
// A compliant-looking bucket only: the A21.1 tag decides, and the tag key is a parameter.
const tagged = path.join(repo, "policies", "govguard", "controls", "a21_1", "cases", "custom-tag-key");
const env = { GOVGUARD_TODAY: "2026-11-21", NO_COLOR: "1" };
let dir: string;

beforeEach(() => {
  dir = tempDir("govguard-config-");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function run(args: string[]): ReturnType<typeof runCli> {
  return runCli(args, { cwd: dir, env });
}

function oneLineError(r: ReturnType<typeof runCli>): string {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  return lines[0];
}

describe("govguard init", () => {
  test("writes a commented govguard.yaml that loads to exactly the catalogue's defaults", () => {
    const r = run(["init"]);
    expect(r.status).toBe(0);
    const text = fs.readFileSync(path.join(dir, "govguard.yaml"), "utf8");
    expect(text).toContain("# 日志最短保存天数");
    expect(text).toContain("# Minimum days logs are kept");
    const defaults: Record<string, Record<string, unknown>> = {};
    for (const p of PolicyEvaluator.load().parameters()) {
      const [section, key] = p.key.split(".");
      defaults[section] = { ...defaults[section], [key]: p.default };
    }
    expect(parse(text)).toEqual(defaults);
    // The assessment reference has no default: the line is marked for the user to fill in, and
    // left empty it is an A24.1 finding on the stack.
    expect(text).toContain('  assessment_reference: ""  # ← 必填 / required\n');
    expect(text).toMatch(/Required: .*A24\.1 reports a finding on \(stack\)/);
  });

  test("refuses to overwrite without --force", () => {
    write("govguard.yaml", "logs: {}\n");
    expect(oneLineError(run(["init"]))).toContain("govguard.yaml: 已存在；用 --force 覆盖 / already exists; use --force to overwrite it");
    expect(run(["init", "--force"]).status).toBe(0);
  });
});

describe("govguard.yaml", () => {
  test("is read from the working directory and changes the verdict", async () => {
    // The disk carries only the default tag key; the other resources only the configured one.
    const before = await check([tagged]);
    expect(before.findings.filter((f) => f.control === "A21.1").map((f) => f.resource)).not.toContain("alicloud_ecs_disk.scans");
    write("govguard.yaml", "data:\n  tag_key: classification\n");
    const r = run(["check", "--format", "json", tagged]);
    const report = JSON.parse(r.stdout) as { findings: { control: string; resource: string }[]; settings: { config: string } };
    expect(report.findings.filter((f) => f.control === "A21.1").map((f) => f.resource)).toEqual(["alicloud_ecs_disk.scans"]);
    expect(report.settings.config).toBe(path.join(dir, "govguard.yaml"));
  });

  test("--config names another file; a missing one is an error", () => {
    const other = write("ci.yaml", "data:\n  tag_key: classification\n");
    expect(JSON.parse(run(["check", "--format", "json", "--config", other, tagged]).stdout).settings.config).toBe(other);
    expect(oneLineError(run(["check", "--config", "nope.yaml", tagged]))).toContain("nope.yaml: 文件不存在 / no such file");
  });

  test.each([
    ["logs:\n  min_retention_days: 365\nadmin:\n  allowed_cidrs:\n    - 10.0.0.0/8\n    - 10.0.0/8\n", ":6: 配置项 admin.allowed_cidrs[1]", "setting admin.allowed_cidrs[1] is not a valid IP address or CIDR range"],
    ["logs:\n  retention_days: 400\n", ":2: 配置项 logs.retention_days", "setting logs.retention_days is not a setting govguard knows"],
    ["org:\n  type: ministry\n", ":2:", "setting org.type must be one of party_government, public_institution"],
    ["identity:\n  max_session_hours: \"6\"\n", ":2:", "setting identity.max_session_hours must be a whole number"],
    ["admn:\n  ports: [22]\n", ":1:", "setting admn is not a setting govguard knows"],
    ["logs:\n  min_retention_days: [\n", ":3: YAML 语法错误", "YAML syntax error"],
    ["- logs\n", ": 应为设置的映射", "must be a mapping of settings"],
    ["logs:\n  a: 1\n  b: 2\n", ":2:", "(and 1 more)"],
  ])("an invalid file is one error naming the line and the key: %j", (content, where, problem) => {
    write("govguard.yaml", content);
    const line = oneLineError(run(["check", tagged]));
    expect(line).toContain(`govguard.yaml${where}`);
    expect(line).toContain(problem);
  });
});

describe("waivers.yaml", () => {
  const waiver = (extra: string): string => `- control: A23.1\n  resource: alicloud*\n  reason: liaison office\n  owner: ops@hz.gov.cn\n${extra}`;

  test("an active waiver keeps its findings out of the gate, and they stay in the report", () => {
    const r = run(["check", "--fail-on", "critical", "--format", "json", hongkong]);
    expect(r.status).toBe(1); // two critical A23.1 findings (and A22.1)
    write("waivers.yaml", waiver("  expires: 2027-01-01\n- control: A22.1\n  resource: alicloud_oss_bucket.*\n  reason: buckets behind the CDN only\n"));
    const waived = run(["check", "--fail-on", "critical", "--format", "json", hongkong]);
    expect(waived.status).toBe(0);
    const report = JSON.parse(waived.stdout) as { findings: { control: string; failing: boolean; waiver?: { status: string } }[]; summary: { waived: number; passed: boolean } };
    const covered = report.findings.filter((f) => f.control === "A23.1" || f.control === "A22.1");
    expect(covered.length).toBeGreaterThanOrEqual(2);
    expect(covered.map((f) => [f.failing, f.waiver?.status])).toEqual(covered.map(() => [false, "active"]));
    expect(report.summary).toMatchObject({ waived: covered.length, passed: true });
  });

  test("an expired waiver fails its findings again and says so", () => {
    write("waivers.yaml", waiver("  expires: 2026-11-20\n"));
    const r = run(["check", "--fail-on", "critical", hongkong]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("waiver waivers[0] (A23.1 alicloud*) expired on 2026-11-20, so its findings count again");
    expect(r.stdout).toContain("Waiver: waiver expired (2026-11-20): liaison office");
  });

  test("a waiver that matches nothing is reported", () => {
    write("waivers.yaml", waiver("") + "- control: A20.1\n  resource: alicloud_log_store.gone\n  reason: removed last year\n");
    expect(run(["check", hongkong]).stdout).toContain("waiver waivers[1] (A20.1 alicloud_log_store.gone) matches no finding and can be removed");
  });

  test.each([
    ["- control: A23.1\n  resource: alicloud\n", ":1:", "waiver waivers[0].reason is required and must be a non-empty string"],
    ["- control: A99.9\n  resource: x\n  reason: r\n", ":1:", "waiver waivers[0].control A99.9 is not a known control"],
    ["waivers:\n  - control: A23.1\n    resource: x\n    reason: r\n    expires: 2026-13-01\n", ":5:", "waiver waivers[0].expires must be a date written YYYY-MM-DD"],
    ["- control: A23.1\n  resource: x\n  reason: r\n  approver: me\n", ":4:", "waiver waivers[0].approver is not a waiver field"],
    ["control: A23.1\n", ": 应为豁免项列表", "must be a list of waivers"],
  ])("an invalid waiver is one error naming the line: %j", (content, where, problem) => {
    write("waivers.yaml", content);
    const line = oneLineError(run(["check", hongkong]));
    expect(line).toContain(`waivers.yaml${where}`);
    expect(line).toContain(problem);
  });
});

test("--fail-on decides which severities fail the gate", () => {
  const low = run(["check", "--format", "json", path.join(repo, "policies", "govguard", "controls", "a36_1", "cases", "no-alarms")]);
  const report = JSON.parse(low.stdout) as { findings: { severity: string }[] };
  const worst = ["critical", "high", "medium", "low"].find((s) => report.findings.some((f) => f.severity === s));
  expect(low.status).toBe(1);
  // Above the worst severity present, nothing fails.
  const above = ["critical", "high", "medium", "low"].indexOf(worst as string) - 1;
  if (above >= 0) expect(run(["check", "--fail-on", ["critical", "high", "medium", "low"][above], path.join(repo, "policies", "govguard", "controls", "a36_1", "cases", "no-alarms")]).status).toBe(0);
  expect(oneLineError(run(["check", "--fail-on", "severe", hongkong]))).toContain("--fail-on must be one of critical, high, medium, low");
});
