// The command line as a CI job and a person meet it: exit codes, the JSON schema, and one-line
// errors naming the file for every kind of bad input, never a stack trace.
import * as fs from "node:fs";
import * as path from "node:path";
import { fixtures, runCli, tempDir } from "./helpers";

const a23 = path.join(fixtures, "a23_1");
// A real plan that creates nothing and configures a provider in cn-hangzhou: no control applies.
const clean = path.join(fixtures, "cli", "provider_only", "plan.json");
let scratch: string;

beforeAll(() => {
  scratch = tempDir();
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(scratch, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** An error run: exit 2, nothing on stdout, exactly one line on stderr naming `file`. */
function expectInputError(args: string[], file: string, pattern: RegExp): void {
  const r = runCli(args);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/); // no stack trace
}

describe("exit codes", () => {
  test("0 when nothing fails", () => {
    const r = runCli(["check", clean]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/结果：通过/);
    expect(r.stdout).toMatch(/Result: PASSED/);
  });

  test("1 when a finding fails the gate, with the finding in both languages", () => {
    const r = runCli(["check", path.join(a23, "hongkong", "plan.json")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("第23条 / Article 23");
    expect(r.stdout).toContain("A23.1");
    expect(r.stdout).toContain("region 为 cn-hongkong，不在允许的中国内地区域列表中");
    expect(r.stdout).toContain("region is cn-hongkong, which is not an allowed mainland region");
    expect(r.stdout).toMatch(/结果：未通过/);
    expect(r.stdout).toMatch(/Result: FAILED/);
  });

  test("1 when any of several inputs fails", () => {
    const r = runCli(["check", clean, path.join(a23, "missing_region")]);
    expect(r.status).toBe(1);
  });

  test("2 with usage on no arguments, unknown commands and unknown formats", () => {
    expect(runCli([]).status).toBe(2);
    const unknown = runCli(["scan", "x"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command scan/);
    const format = runCli(["check", "--format", "xml", clean]);
    expect(format.status).toBe(2);
    expect(format.stderr).toMatch(/unknown format xml/);
    const flag = runCli(["check", "--colour", clean]);
    expect(flag.status).toBe(2);
    expect(flag.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(runCli(["check"]).status).toBe(2);
  });

  test("--help is bilingual and exits 0", () => {
    const r = runCli(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("用法 Usage");
    expect(r.stdout).toContain("退出码 Exit codes");
  });
});

describe("--format json", () => {
  test("has the documented shape", () => {
    const r = runCli(["check", "--format", "json", path.join(a23, "hongkong", "main.tf"), clean]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.tool.name).toBe("govguard");
    expect(report.tool.bundle.sha256).toMatch(/^[0-9a-f]{64}$/);
    const a23Finding = report.findings.find((f: { control: string }) => f.control === "A23.1");
    expect(a23Finding).toEqual({
      control: "A23.1",
      article: 23,
      severity: "critical",
      attribute: "region",
      resource: "alicloud",
      file: path.join(a23, "hongkong", "main.tf"),
      location: { file: path.join(a23, "hongkong", "main.tf"), line: 11 },
      failing: true,
      title: { zh: "阿里云提供方必须显式设置境内允许的区域", en: "Every alicloud provider sets an allowed mainland region explicitly" },
      message: {
        zh: "region 为 cn-hongkong，不在允许的中国内地区域列表中",
        en: "region is cn-hongkong, which is not an allowed mainland region",
      },
      remediation: { zh: expect.stringContaining("region"), en: expect.stringContaining("region") },
    });
    const bySeverity = { critical: 0, high: 0, medium: 0, low: 0 } as Record<string, number>;
    for (const f of report.findings as { severity: string }[]) bySeverity[f.severity]++;
    expect(report.summary).toEqual({
      inputs: 2,
      findings: report.findings.length,
      by_severity: bySeverity,
      waived: 0,
      failing: report.findings.length,
      fail_on: "low",
      passed: false,
    });
    expect(report.inputs.map((i: { kind: string; findings: number }) => [i.kind, i.findings])).toEqual([
      ["hcl", report.findings.length],
      ["plan", 0],
    ]);
  });

  test("is byte-for-byte the same on every run", () => {
    const args = ["check", "--format", "json", path.join(a23, "provider_in_module"), path.join(a23, "compliant", "plan.json")];
    expect(runCli(args).stdout).toBe(runCli(args).stdout);
  });
});

describe("bad input: one line naming the file, exit 2", () => {
  test("a path that does not exist", () => {
    const missing = path.join(scratch, "nope.json");
    expectInputError(["check", missing], missing, /no such file/);
  });

  test("malformed JSON, with its position", () => {
    const file = write("bad.json", '{\n  "format_version": "1.2",\n  "x": }\n');
    expectInputError(["check", file], file, /not valid JSON \(line 3 column 8\)/);
  });

  test("truncated JSON", () => {
    const plan = fs.readFileSync(path.join(a23, "hongkong", "plan.json"), "utf8");
    const file = write("truncated.json", plan.slice(0, plan.length / 2));
    expectInputError(["check", file], file, /truncated/);
  });

  test("an empty file", () => {
    const file = write("empty.json", "");
    expectInputError(["check", file], file, /file is empty/);
  });

  test("a state file instead of a plan", () => {
    const file = write("terraform.tfstate.json", JSON.stringify({ version: 4, terraform_version: "1.5.7", serial: 3, lineage: "x", resources: [] }));
    expectInputError(["check", file], file, /state file, not a plan.*terraform show -json/);
  });

  test("the JSON of a state (terraform show -json without a plan)", () => {
    const file = write("show-state.json", JSON.stringify({ format_version: "1.0", terraform_version: "1.5.7", values: { root_module: {} } }));
    expectInputError(["check", file], file, /JSON of a state/);
  });

  test("a binary plan file", () => {
    const file = write("tfplan", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    expectInputError(["check", file], file, /binary plan file.*terraform show -json/);
  });

  test("another tool's JSON", () => {
    const file = write("package.json", JSON.stringify({ name: "x", version: "1.0.0" }));
    expectInputError(["check", file], file, /neither Terraform plan JSON/);
  });

  test("JSON that is not an object", () => {
    const file = write("list.json", "[1, 2, 3]");
    expectInputError(["check", file], file, /not a JSON object/);
  });

  test("a .tf file with a syntax error names the file and line", () => {
    const dir = path.join(scratch, "broken-tf");
    write(path.join("broken-tf", "main.tf"), 'provider "alicloud" {\n  region = "cn-hangzhou"\n');
    expectInputError(["check", dir], path.join(dir, "main.tf"), /HCL syntax error: main\.tf:\d+/);
  });

  test("a folder with nothing to check", () => {
    const dir = path.join(scratch, "nothing");
    write(path.join("nothing", "README.md"), "hello");
    expectInputError(["check", dir], dir, /no plan JSON, cdk\.tf\.json, cdktf\.out or \.tf files/);
  });

  test("a local module whose source is missing", () => {
    const dir = path.join(scratch, "missing-module");
    write(path.join("missing-module", "main.tf"), 'module "m" {\n  source = "./gone"\n}\n');
    expectInputError(["check", dir], dir, /module\.m \(line 1\): the source "\.\/gone" is not an existing folder/);
  });
});

test("a remote module that was not read fails the gate (A18.1), not silently skipped", () => {
  const dir = path.join(scratch, "remote-module");
  write(path.join("remote-module", "main.tf"), 'provider "alicloud" {\n  region = "cn-hangzhou"\n}\nmodule "vpc" {\n  source = "alibaba/vpc/alicloud"\n}\n');
  const r = runCli(["check", dir]);
  expect(r.status).toBe(1);
  expect(r.stdout).toContain("A18.1 [高 high] module.vpc");
  expect(r.stdout).toContain("the module source alibaba/vpc/alicloud is not a local folder");
});

test("input without any alicloud provider says there was nothing to check", () => {
  const file = write("aws-only.json", JSON.stringify({
    format_version: "1.2",
    terraform_version: "1.5.7",
    configuration: { provider_config: { aws: { name: "aws", full_name: "registry.terraform.io/hashicorp/aws" } } },
  }));
  const r = runCli(["check", file]);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain("no alicloud provider configuration found");
});
