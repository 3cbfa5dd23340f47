// .tf, *.tf.json and cdk.tf.json go through the evaluator (src/evaluate) into a plan, and the
// plan through the same bundle as terraform's: checked here with the real CLI on real folders.
//   - a registry module that terraform init has not fetched cannot be read: an A18.1 finding, exit 1;
//   - once .terraform/modules/modules.json names its local copy, it is read and judged;
//   - `govguard input` prints the document the check judges: opa eval on it gives the same report;
//   - a cap is exit 2 with one line naming the file.
import * as fs from "node:fs";
import * as path from "node:path";
import { Finding, InputSummary } from "../src/engine";
import { opaEvalReport, pairs, runCli, tempDir } from "./helpers";

interface JsonReport {
  findings: Finding[];
  inputs: InputSummary[];
}

const REGISTRY = "registry.example.com/gov/site/alicloud";

const provider = ['provider "alicloud" {', '  region = "cn-hangzhou"', "}", ""].join("\n");

const publicBucket = ['resource "alicloud_oss_bucket" "site" {', '  bucket = "gov-site"', '  acl    = "public-read"', "}", ""].join("\n");

let scratch: string;

function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(scratch, name);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

function check(target: string): { status: number; report: JsonReport; stderr: string } {
  const r = runCli(["check", "--format", "json", target], { cwd: scratch });
  return { status: r.status, report: (r.stdout ? JSON.parse(r.stdout) : { findings: [], inputs: [] }) as JsonReport, stderr: r.stderr };
}

const of = (report: JsonReport, control: string): Finding[] => report.findings.filter((f) => f.control === control);

const lineOf = (file: string, start: string): number => fs.readFileSync(file, "utf8").split("\n").findIndex((l) => l.startsWith(start)) + 1;

beforeAll(() => {
  scratch = tempDir("govguard-wiring-");
});

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe("a registry module", () => {
  const call = ['module "site" {', `  source  = "${REGISTRY}"`, '  version = "1.0.0"', "}", ""].join("\n");

  test("without terraform init cannot be verified: an A18.1 finding at the module block, exit 1", () => {
    const dir = folder("registry-not-fetched", { "main.tf": provider + call });
    const { status, report, stderr } = check(dir);
    expect(stderr).toBe("");
    expect(status).toBe(1);
    const [finding, ...others] = of(report, "A18.1");
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ resource: "module.site", severity: "high", article: 18, failing: true });
    expect(finding.message.en).toContain(REGISTRY);
    expect(finding.location).toEqual({ file: path.join(dir, "main.tf"), line: lineOf(path.join(dir, "main.tf"), 'module "site"') });
    expect(report.inputs.map((i) => [i.kind, i.flavour])).toEqual([["hcl", "terraform"]]);
  });

  test("with .terraform/modules/modules.json naming a local copy is read and judged", () => {
    const copy = ".terraform/modules/site";
    const dir = folder("registry-fetched", {
      "main.tf": provider + call,
      ".terraform/modules/modules.json": JSON.stringify({
        Modules: [
          { Key: "", Source: "", Dir: "." },
          { Key: "site", Source: `${REGISTRY}`, Version: "1.0.0", Dir: copy },
        ],
      }),
      [`${copy}/main.tf`]: publicBucket,
    });
    const { status, report, stderr } = check(dir);
    expect(stderr).toBe("");
    expect(status).toBe(1);
    expect(of(report, "A18.1")).toEqual([]);
    const [bucket] = of(report, "A22.1");
    expect(bucket.resource).toBe("module.site.alicloud_oss_bucket.site");
    const file = path.join(dir, copy, "main.tf");
    expect(bucket.location).toEqual({ file, line: lineOf(file, 'resource "alicloud_oss_bucket"') });
  });

  test("in cdk.tf.json without terraform init is an A18.1 finding too", () => {
    const doc = {
      "//": { metadata: { backend: "local", stackName: "portal", version: "0.21.0" } },
      provider: { alicloud: [{ region: "cn-hangzhou" }] },
      module: { site: { source: REGISTRY, version: "1.0.0" } },
    };
    const dir = folder("cdktf-registry", { "cdk.tf.json": JSON.stringify(doc, null, 2) });
    const { status, report, stderr } = check(path.join(dir, "cdk.tf.json"));
    expect(stderr).toBe("");
    expect(status).toBe(1);
    expect(pairs(of(report, "A18.1"))).toEqual([["A18.1", "module.site"]]);
    expect(report.inputs.map((i) => [i.kind, i.flavour])).toEqual([["cdktf", "cdktf"]]);
  });
});

test("module instances are addressed and located as terraform addresses them", () => {
  const dir = folder("module-for-each", {
    "main.tf": provider + ['module "tier" {', '  source   = "./modules/site"', '  for_each = toset(["api", "web"])', "}", ""].join("\n"),
    "modules/site/main.tf": publicBucket,
  });
  const { status, report } = check(dir);
  expect(status).toBe(1);
  const found = of(report, "A22.1");
  expect(found.map((f) => f.resource).sort()).toEqual(['module.tier["api"].alicloud_oss_bucket.site', 'module.tier["web"].alicloud_oss_bucket.site']);
  const file = path.join(dir, "modules", "site", "main.tf");
  for (const f of found) expect(f.location).toEqual({ file, line: lineOf(file, 'resource "alicloud_oss_bucket"') });
});

test("govguard input prints the document the check judges, for opa eval and conftest", () => {
  const dir = folder("input-command", {
    "main.tf": provider + publicBucket + ['module "site" {', `  source = "${REGISTRY}"`, "}", ""].join("\n"),
  });
  const printed = runCli(["input", dir], { cwd: scratch });
  expect(printed.stderr).toBe("");
  expect(printed.status).toBe(0);
  const document = JSON.parse(printed.stdout) as { terraform_version: string; govguard_input: { flavour: string; unverifiable: { address: string }[] } };
  expect(document.terraform_version).toBe("govguard");
  expect(document.govguard_input.flavour).toBe("terraform");
  expect(document.govguard_input.unverifiable.map((u) => u.address)).toEqual(["module.site"]);
  const fromOpa = opaEvalReport(Buffer.from(printed.stdout));
  expect(fromOpa.flavour).toBe("terraform");
  const { report } = check(dir);
  expect(pairs(fromOpa.findings)).toEqual(pairs(report.findings));
  expect(pairs(of(report, "A18.1"))).toEqual([["A18.1", "module.site"]]);
});

test("govguard input takes one path that makes one document", () => {
  expect(runCli(["input"]).status).toBe(2);
  const r = runCli(["input", path.join(scratch, "no-such-folder")]);
  expect(r.status).toBe(2);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
});

test("a cap reached while evaluating is exit 2 with one line naming the file", () => {
  const dir = folder("cap", { "main.tf": provider + ['resource "alicloud_oss_bucket" "many" {', "  count  = 100000", '  bucket = "b-${count.index}"', "}", ""].join("\n") });
  const r = runCli(["check", dir], { cwd: scratch });
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^govguard: \S*cap\S*: /);
  expect(lines[0]).toContain("100000");
  expect(lines[0]).not.toContain("internal error");
});
