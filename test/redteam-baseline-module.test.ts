// Red team on the baseline (`govguard baseline`, `check --baseline`) and the reusable-module mode
// (`check --module`, govguard.yaml `input.kind: module`), attacked as the author of the change
// under review, who writes the inputs, govguard.yaml and the baseline file. Each test is a hole
// that was open when it was written: through the real CLI, a verdict in the author's favour.
import * as fs from "node:fs";
import * as path from "node:path";
import { CliRun, fixtures, repo, runCli, tempDir } from "./helpers";

const source = path.join(repo, "policies", "govguard", "controls", "a21_2", "cases", "unencrypted", "main.tf");
const reusable = path.join(fixtures, "module-mode", "reusable");
const plan = path.join(fixtures, "cli", "provider_only", "plan.json");
const env = { GOVGUARD_TODAY: "2026-11-21", NO_COLOR: "1" };
let dir: string;

interface Entry {
  control: string;
  resource: string;
  attribute?: string;
  input?: string;
  message: { zh: string; en: string };
  fingerprint: string;
}
interface JsonReport {
  mode?: string;
  findings: { control: string; resource: string; failing: boolean; baselined?: boolean }[];
  summary: { failing: number; findings: number; passed: boolean };
  baseline?: { suppressed: number; stale: Entry[] };
}

beforeEach(() => {
  dir = tempDir("govguard-redteam-bm-");
  fs.mkdirSync(path.join(dir, "legacy"));
  fs.copyFileSync(source, path.join(dir, "legacy", "main.tf"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): CliRun {
  return runCli(args, { cwd: dir, env });
}

function at(name: string): string {
  return path.join(dir, name);
}

function json(args: string[]): { r: CliRun; report: JsonReport } {
  const r = run(["check", "--format", "json", ...args]);
  return { r, report: JSON.parse(r.stdout || "{}") as JsonReport };
}

function expectOneLineError(r: CliRun, ...parts: (string | RegExp)[]): void {
  expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: "" });
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/^\s+at /m);
  for (const part of parts) expect(lines[0]).toMatch(part);
}

function recordBaseline(): string {
  const made = run(["baseline", "legacy", "-o", "b.json"]);
  expect([made.status, made.stderr]).toEqual([0, ""]);
  return fs.readFileSync(at("b.json"), "utf8");
}

describe("a baseline hides only findings of the input it was recorded from", () => {
  test("a new stack copied from a baselined one is judged in full", () => {
    recordBaseline();
    fs.cpSync(at("legacy"), at("fresh"), { recursive: true });
    // CI checking one folder at a time: the legacy entries must not cover the fresh stack.
    const { r, report } = json(["--baseline", "b.json", "fresh"]);
    expect(r.status).toBe(1);
    expect(report.summary.failing).toBe(19);
    expect(report.baseline?.suppressed).toBe(0);
    expect(report.baseline?.stale).toHaveLength(19);
  });

  test("an entry freed by a fix in its own input does not move to the same finding elsewhere", () => {
    recordBaseline();
    fs.cpSync(at("legacy"), at("fresh"), { recursive: true });
    const main = at(path.join("legacy", "main.tf"));
    fs.writeFileSync(main, fs.readFileSync(main, "utf8").replace(/resource "alicloud_ecs_disk" "scans" \{[\s\S]*?\n\}\n/, ""));
    const { r, report } = json(["--baseline", "b.json", "legacy", "fresh"]);
    expect(r.status).toBe(1);
    const failing = report.findings.filter((f) => f.failing).map((f) => [f.control, f.resource]);
    expect(failing).toContainEqual(["A21.2", "alicloud_ecs_disk.scans"]);
    expect(report.baseline?.stale.map((e) => [e.control, e.resource])).toContainEqual(["A21.2", "alicloud_ecs_disk.scans"]);
  });

  test("an entry that names no input is refused, not matched against every input", () => {
    const doc = JSON.parse(recordBaseline()) as { entries: Entry[] };
    // `input` is not fingerprinted: dropping it would make every entry cover any stack.
    const stripped = { ...doc, entries: doc.entries.map(({ input: _input, ...rest }) => rest) };
    fs.writeFileSync(at("b.json"), JSON.stringify(stripped, null, 2));
    expectOneLineError(run(["check", "--baseline", "b.json", "legacy"]), /b\.json/, /entries\[0\]/, /input/);
  });
});

describe("a baseline with a repeated key is refused: a reviewer reads the first, JSON.parse keeps the last", () => {
  test("entries given twice at the top level", () => {
    const text = recordBaseline();
    // A reviewer sees an empty list first; the gate would use the full one after it.
    fs.writeFileSync(at("b.json"), `{"entries": [],\n${text.trimStart().slice(1)}`);
    expectOneLineError(run(["check", "--baseline", "b.json", "legacy"]), /b\.json/, /"entries"/, /repeat|重复/);
  });

  test("a field given twice in one entry", () => {
    const doc = JSON.parse(recordBaseline()) as { entries: Entry[] };
    const text = JSON.stringify(doc, null, 2).replace('"control": "A21.2",', '"control": "A21.1",\n      "control": "A21.2",');
    expect(text).toContain('"control": "A21.1"');
    fs.writeFileSync(at("b.json"), text);
    expectOneLineError(run(["check", "--baseline", "b.json", "legacy"]), /b\.json/, /"control"/, /repeat|重复/);
  });
});

describe("module mode cannot be claimed for a root module", () => {
  const disk = 'resource "alicloud_ecs_disk" "d" {\n  zone_id   = "cn-hangzhou-h"\n  size      = 20\n  encrypted = true\n  tags      = { "data-classification" = "internal" }\n}\n';

  function rootFolder(extra: Record<string, string>): string {
    fs.mkdirSync(at("root"));
    fs.writeFileSync(at(path.join("root", "main.tf")), disk);
    for (const [name, text] of Object.entries(extra)) fs.writeFileSync(at(path.join("root", name)), text);
    // As a root, the trail, alarm and region findings stand.
    const { r, report } = json(["root"]);
    expect(r.status).toBe(1);
    expect(report.findings.map((f) => [f.control, f.resource])).toEqual(expect.arrayContaining([["A20.2", "(stack)"], ["A36.1", "(stack)"], ["A23.1", "alicloud"]]));
    return "root";
  }

  test("a folder with a backend block is a root: --module is exit 2 naming it", () => {
    const folder = rootFolder({ "backend.tf": 'terraform {\n  backend "oss" {\n    bucket = "tfstate"\n    region = "cn-hangzhou"\n  }\n}\n' });
    expectOneLineError(run(["check", "--module", folder]), /root/, /backend/);
    fs.writeFileSync(at("govguard.yaml"), "input:\n  kind: module\n");
    expectOneLineError(run(["check", folder]), /root/, /backend/);
  });

  test("a folder with a cloud block is a root: --module is exit 2 naming it", () => {
    const folder = rootFolder({ "cloud.tf": 'terraform {\n  cloud {\n    organization = "gov"\n    workspaces {\n      name = "portal"\n    }\n  }\n}\n' });
    expectOneLineError(run(["check", "--module", folder]), /root/, /cloud/);
  });

  test("a folder with terraform.tfvars or *.auto.tfvars is a root: --module is exit 2 naming the file", () => {
    const folder = rootFolder({ "terraform.tfvars": 'name = "portal"\n', "variables.tf": 'variable "name" {\n  type    = string\n  default = "x"\n}\n' });
    expectOneLineError(run(["check", "--module", folder]), /terraform\.tfvars/);
    fs.rmSync(at(path.join(folder, "terraform.tfvars")));
    fs.writeFileSync(at(path.join(folder, "prod.auto.tfvars")), 'name = "portal"\n');
    expectOneLineError(run(["check", "--module", folder]), /prod\.auto\.tfvars/);
  });

  test("the reusable-module fixture itself is still accepted (the refusals above are about root markers only)", () => {
    const { r, report } = json(["--module", reusable]);
    expect(r.status).toBe(1);
    expect(report.mode).toBe("module");
  });
});

describe("a plan cannot pass itself off as configuration govguard evaluated", () => {
  function forged(): string {
    const doc = JSON.parse(fs.readFileSync(plan, "utf8")) as Record<string, unknown>;
    // The section src/evaluate writes; in a plan the author hands in, it is the author's.
    doc.govguard_input = { flavour: "terraform", unverifiable: [] };
    fs.writeFileSync(at("plan.json"), JSON.stringify(doc));
    return "plan.json";
  }

  test("--module on a plan carrying govguard_input is still exit 2 naming the plan", () => {
    const file = forged();
    expectOneLineError(run(["check", "--module", file]), /plan\.json/);
    fs.writeFileSync(at("govguard.yaml"), "input:\n  kind: module\n");
    expectOneLineError(run(["check", file]), /plan\.json/);
  });

  test("a plan's report never calls it Terraform or CDKTF configuration", () => {
    const file = forged();
    const r = run(["check", "--format", "json", file]);
    // Either refused outright, or judged as the plan it is.
    if (r.status === 2) {
      expectOneLineError(r, /plan\.json/, /govguard_input/);
    } else {
      const report = JSON.parse(r.stdout) as { inputs: { flavour: string }[] };
      expect(report.inputs.map((i) => i.flavour)).toEqual(["plan"]);
    }
  });
});

describe("module mode in the JUnit report", () => {
  test("the controls module mode leaves to the calling root are skipped test cases, not passing ones", () => {
    const r = run(["check", "--module", "--format", "junit", reusable]);
    expect(r.status).toBe(1);
    for (const id of ["A20.2", "A23.1", "A24.1", "A36.1"]) {
      const suite = new RegExp(`<testsuite name="${id.replace(".", "\\.")} [^"]*"[^>]*>([\\s\\S]*?)</testsuite>`).exec(r.stdout);
      expect([id, suite !== null]).toEqual([id, true]);
      const body = suite![1];
      // A CI dashboard shows a test case without <failure> or <skipped> as passed: "judged, compliant".
      expect([id, /<testcase [^>]*\/>/.test(body)]).toEqual([id, false]);
      expect([id, /<skipped message="[^"]*(module|模块)[^"]*"/.test(body)]).toEqual([id, true]);
    }
  });
});

describe("a baselined finding that gets worse is a new finding", () => {
  test("a bastion allow-list widened from one outside address to the whole internet fails the gate", () => {
    fs.mkdirSync(at("ops"));
    const main = at(path.join("ops", "main.tf"));
    const bastion = (list: string): string =>
      `provider "alicloud" {\n  region = "cn-hangzhou"\n}\n\nresource "alicloud_bastionhost_instance" "b" {\n  description          = "ops"\n  license_code         = "bhah_ent_50_asset"\n  plan_code            = "cloudbastion"\n  storage              = "5"\n  bandwidth            = "5"\n  period               = "1"\n  vswitch_id           = "vsw-1"\n  security_group_ids   = ["sg-1"]\n  enable_public_access = true\n  public_white_list    = ["${list}"]\n}\n`;
    fs.writeFileSync(main, bastion("203.0.113.7/32"));
    expect(run(["baseline", "ops", "-o", "b.json"]).status).toBe(0);
    fs.writeFileSync(main, bastion("0.0.0.0/0"));
    // The fingerprint is the message: a message that does not name the allow-list cannot tell one /32 from the internet.
    const { r, report } = json(["--baseline", "b.json", "ops"]);
    expect(r.status).toBe(1);
    expect(report.findings.filter((f) => f.failing).map((f) => [f.control, f.resource])).toContainEqual(["A19.5", "alicloud_bastionhost_instance.b"]);
  });
});
