// The baseline through the real CLI: `govguard baseline` records today's findings, `govguard check
// --baseline` fails only on findings not in it; fingerprints survive line moves and reformatting;
// entries that match nothing are listed as removable; a bad or hostile baseline file is exit 2 in
// one line naming the file and the entry.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { fingerprint, normaliseMessage } from "../src/baseline/fingerprint";
import { CliRun, repo, runCli, tempDir } from "./helpers";

const source = path.join(repo, "policies", "govguard", "controls", "a21_2", "cases", "unencrypted", "main.tf");
const env = { GOVGUARD_TODAY: "2026-11-21", NO_COLOR: "1" };
let dir: string;

interface Entry {
  control: string;
  resource: string;
  attribute?: string;
  input?: string;
  fingerprint: string;
  message: { zh: string; en: string };
}
interface BaselineDoc {
  govguard_baseline: number;
  tool: { name: string; version: string };
  created: string;
  entries: Entry[];
}
interface JsonReport {
  findings: { control: string; resource: string; failing: boolean; baselined?: boolean }[];
  summary: { failing: number; findings: number; passed: boolean };
  baseline?: { file: string; sha256: string; suppressed: number; stale: Entry[] };
  mode?: string;
}

beforeEach(() => {
  dir = tempDir("govguard-baseline-");
  fs.mkdirSync(path.join(dir, "stack"));
  fs.copyFileSync(source, path.join(dir, "stack", "main.tf"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): CliRun {
  return runCli(args, { cwd: dir, env });
}

function at(name: string): string {
  return path.join(dir, name);
}

function readBaseline(name = "govguard-baseline.json"): BaselineDoc {
  return JSON.parse(fs.readFileSync(at(name), "utf8")) as BaselineDoc;
}

function writeBaseline(doc: unknown, name = "b.json"): string {
  fs.writeFileSync(at(name), typeof doc === "string" ? doc : JSON.stringify(doc, null, 2));
  return name;
}

function report(args: string[]): { r: CliRun; json: JsonReport } {
  const r = run(["check", "--format", "json", ...args]);
  return { r, json: JSON.parse(r.stdout || "{}") as JsonReport };
}

function editMain(edit: (text: string) => string): void {
  const file = at(path.join("stack", "main.tf"));
  fs.writeFileSync(file, edit(fs.readFileSync(file, "utf8")));
}

/** A report as a reader sees its text: Markdown's backslash escapes removed. */
function shown(format: string, out: string): string {
  return format === "markdown" ? out.replace(/\\([!-/:-@[-`{-~])/g, "$1") : out;
}

function expectOneLineError(r: CliRun, ...parts: (string | RegExp)[]): void {
  expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: "" });
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  for (const part of parts) expect(lines[0]).toMatch(part);
}

test("baseline --help is bilingual and names the options", () => {
  const r = run(["baseline", "--help"]);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain("govguard baseline");
  expect(r.stdout).toMatch(/基线/);
  expect(r.stdout).toMatch(/--baseline <文件 file>/);
});

test("round trip: the baseline records today's findings and check --baseline passes on them", () => {
  const before = run(["check", "stack"]);
  expect(before.status).toBe(1);
  const made = run(["baseline", "stack", "-o", "govguard-baseline.json"]);
  expect([made.status, made.stderr]).toEqual([0, ""]);
  expect(made.stdout).toMatch(/19/);
  const doc = readBaseline();
  expect(doc.govguard_baseline).toBe(1);
  expect(doc.tool.name).toBe("govguard");
  expect(doc.created).toBe("2026-11-21");
  expect(doc.entries).toHaveLength(19);
  const disk = doc.entries.find((e) => e.resource === "alicloud_ecs_disk.scans");
  expect(disk).toMatchObject({ control: "A21.2", attribute: "encrypted", input: "stack" });
  expect(disk?.fingerprint).toBe(fingerprint({ control: "A21.2", resource: "alicloud_ecs_disk.scans", attribute: "encrypted", message: disk!.message }));
  const { r, json } = report(["--baseline", "govguard-baseline.json", "stack"]);
  expect(r.status).toBe(0);
  expect(json.summary).toMatchObject({ findings: 19, failing: 0, passed: true });
  expect(json.findings.every((f) => f.baselined === true && !f.failing)).toBe(true);
  expect(json.baseline).toMatchObject({ file: "govguard-baseline.json", suppressed: 19, stale: [] });
  expect(json.baseline?.sha256).toBe(createHash("sha256").update(fs.readFileSync(at("govguard-baseline.json"))).digest("hex"));
  const text = run(["check", "--baseline", "govguard-baseline.json", "stack"]);
  expect(text.status).toBe(0);
  expect(text.stdout).toMatch(/基线.*19/);
  expect(text.stdout).toMatch(/baseline.*19/i);
});

test("fingerprints survive line moves and reformatting", () => {
  expect(run(["baseline", "stack", "-o", "govguard-baseline.json"]).status).toBe(0);
  editMain((t) => "\n\n\n# moved down\n\n" + t.replace(/ = /g, "   =   ").replace(/^resource/gm, "\n\nresource"));
  const { r, json } = report(["--baseline", "govguard-baseline.json", "stack"]);
  expect(r.status).toBe(0);
  expect(json.baseline?.suppressed).toBe(19);
  expect(json.baseline?.stale).toEqual([]);
});

test("a new finding fails the gate; the old ones stay suppressed", () => {
  expect(run(["baseline", "stack", "-o", "govguard-baseline.json"]).status).toBe(0);
  editMain((t) => t + '\nresource "alicloud_ecs_disk" "fresh" {\n  zone_id   = "cn-hangzhou-h"\n  size      = 20\n  encrypted = false\n}\n');
  const { r, json } = report(["--baseline", "govguard-baseline.json", "stack"]);
  expect(r.status).toBe(1);
  const failing = json.findings.filter((f) => f.failing);
  expect(failing.length).toBeGreaterThan(0);
  expect(failing.every((f) => f.resource === "alicloud_ecs_disk.fresh")).toBe(true);
  expect(json.baseline?.suppressed).toBe(19);
  const text = run(["check", "--baseline", "govguard-baseline.json", "stack"]);
  expect(text.status).toBe(1);
  expect(text.stdout).toContain("alicloud_ecs_disk.fresh");
  expect(text.stdout).not.toContain("alicloud_ecs_disk.scans");
});

test("a changed finding of a baselined resource is new: the baseline hides only what it names", () => {
  expect(run(["baseline", "stack", "-o", "govguard-baseline.json"]).status).toBe(0);
  // The same resource and control, a different problem: the message, so the fingerprint, changes.
  editMain((t) => t.replace('bucket          = "gov-portal-uploads"', 'bucket          = "gov-portal-uploads"\n  acl             = "public-read"'));
  const { r, json } = report(["--baseline", "govguard-baseline.json", "stack"]);
  expect(r.status).toBe(1);
  expect(json.findings.filter((f) => f.failing).map((f) => [f.control, f.resource])).toContainEqual(["A22.1", "alicloud_oss_bucket.uploads"]);
});

test("duplicates count: two identical findings against one entry leave one failing", () => {
  expect(run(["baseline", "stack", "-o", "govguard-baseline.json"]).status).toBe(0);
  const doc = readBaseline();
  const disk = doc.entries.filter((e) => e.resource === "alicloud_ecs_disk.scans");
  expect(disk).toHaveLength(1);
  // The same stack twice: every finding appears twice, the baseline holds each once.
  fs.cpSync(at("stack"), at("copy"), { recursive: true });
  const { r, json } = report(["--baseline", "govguard-baseline.json", "stack", "copy"]);
  expect(r.status).toBe(1);
  expect(json.summary.findings).toBe(38);
  expect(json.baseline?.suppressed).toBe(19);
  expect(json.summary.failing).toBe(19);
  // Entries name their input, so the stack they were taken from is the one suppressed.
  expect(json.findings.filter((f) => f.baselined).length).toBe(19);
  const both = run(["baseline", "stack", "copy", "-o", "two.json"]);
  expect(both.status).toBe(0);
  expect(readBaseline("two.json").entries).toHaveLength(38);
  expect(report(["--baseline", "two.json", "stack", "copy"]).r.status).toBe(0);
});

test("entries that no longer match are listed as removable in every format", () => {
  expect(run(["baseline", "stack", "-o", "govguard-baseline.json"]).status).toBe(0);
  editMain((t) => t.replace(/resource "alicloud_ecs_disk" "scans" \{[\s\S]*?\n\}\n/, ""));
  const { r, json } = report(["--baseline", "govguard-baseline.json", "stack"]);
  expect(r.status).toBe(0);
  expect(json.baseline?.stale.map((e) => [e.control, e.resource])).toEqual([["A21.2", "alicloud_ecs_disk.scans"]]);
  const outputs: Record<string, string> = {};
  for (const format of ["text", "markdown", "html", "sarif", "junit"]) {
    const out = run(["check", "--format", format, "--baseline", "govguard-baseline.json", "stack"]);
    expect([format, out.status]).toEqual([format, 0]);
    outputs[format] = out.stdout;
    expect([format, shown(format, out.stdout).includes("alicloud_ecs_disk.scans")]).toEqual([format, true]);
  }
  expect(outputs.text).toMatch(/可以删除|can be removed/);
  const sarif = JSON.parse(outputs.sarif) as { runs: { results: { baselineState?: string }[]; properties: { baseline: { suppressed: number; stale: unknown[] } } }[] };
  expect(new Set(sarif.runs[0].results.map((x) => x.baselineState))).toEqual(new Set(["unchanged"]));
  expect(sarif.runs[0].properties.baseline.suppressed).toBe(18);
  expect(sarif.runs[0].properties.baseline.stale).toHaveLength(1);
  const record = run(["check", "--baseline", "govguard-baseline.json", "--record", "record.json", "stack"]);
  expect(record.status).toBe(0);
  const rec = JSON.parse(fs.readFileSync(at("record.json"), "utf8")) as { baseline: { file: string; sha256: string; suppressed: number; stale: number } };
  expect(rec.baseline).toMatchObject({ file: "govguard-baseline.json", suppressed: 18, stale: 1 });
  expect(rec.baseline.sha256).toBe(createHash("sha256").update(fs.readFileSync(at("govguard-baseline.json"))).digest("hex"));
});

test("an active waiver comes first: a waived finding does not use up a baseline entry", () => {
  expect(run(["baseline", "stack", "-o", "govguard-baseline.json"]).status).toBe(0);
  fs.writeFileSync(at("waivers.yaml"), "- control: A21.2\n  resource: alicloud_ecs_disk.scans\n  reason: test\n  owner: ops\n  expires: 2099-01-01\n");
  const { r, json } = report(["--baseline", "govguard-baseline.json", "stack"]);
  expect(r.status).toBe(0);
  expect(json.baseline?.suppressed).toBe(18);
  expect(json.baseline?.stale.map((e) => e.resource)).toEqual(["alicloud_ecs_disk.scans"]);
  // And the baseline command leaves waived findings out.
  expect(run(["baseline", "stack", "-o", "again.json"]).status).toBe(0);
  expect(readBaseline("again.json").entries.map((e) => e.resource)).not.toContain("alicloud_ecs_disk.scans");
});

describe("baseline writes safely", () => {
  test("refuses to overwrite an input", () => {
    const r = run(["baseline", "stack", "-o", path.join("stack", "main.tf")]);
    expectOneLineError(r, /main\.tf/, /is an input of this run/);
    expect(fs.readFileSync(at(path.join("stack", "main.tf")), "utf8")).toBe(fs.readFileSync(source, "utf8"));
  });

  test("no report or record of check --baseline is written over the baseline it read", () => {
    expect(run(["baseline", "stack", "-o", "govguard-baseline.json"]).status).toBe(0);
    const before = fs.readFileSync(at("govguard-baseline.json"));
    expectOneLineError(run(["check", "--baseline", "govguard-baseline.json", "--format", "json", "-o", "govguard-baseline.json", "stack"]), /is an input of this run/);
    expectOneLineError(run(["check", "--baseline", "govguard-baseline.json", "--record", "govguard-baseline.json", "stack"]), /is an input of this run/);
    expect(fs.readFileSync(at("govguard-baseline.json"))).toEqual(before);
  });

  test("a finding too long to record is refused (exit 2, the entry and the cap named), nothing written", () => {
    const name = `b${"x".repeat(17_000)}`;
    const change = { actions: ["create"], before: null, after: { bucket: "x", acl: "public-read" }, after_unknown: {}, before_sensitive: false, after_sensitive: {} };
    const plan = {
      format_version: "1.2",
      terraform_version: "1.5.7",
      planned_values: { root_module: {} },
      resource_changes: [{ address: `alicloud_oss_bucket.${name}`, mode: "managed", type: "alicloud_oss_bucket", name, provider_name: "registry.terraform.io/aliyun/alicloud", change }],
      configuration: { provider_config: { alicloud: { name: "alicloud", full_name: "registry.terraform.io/aliyun/alicloud", expressions: { region: { constant_value: "cn-hangzhou" } } } }, root_module: {} },
    };
    fs.writeFileSync(at("plan.json"), JSON.stringify(plan));
    expectOneLineError(run(["baseline", "plan.json", "-o", "long.json"]), /long\.json/, /entries\[\d+\]\.resource/, /16384/);
    expect(fs.existsSync(at("long.json"))).toBe(false);
  });

  test("needs a path, and takes no --format", () => {
    expect(run(["baseline"]).status).toBe(2);
    expect(run(["baseline", "stack", "--format", "json"]).status).toBe(2);
  });
});

describe("a bad baseline file is exit 2 in one line naming the file and the entry", () => {
  function good(): BaselineDoc {
    expect(run(["baseline", "stack", "-o", "govguard-baseline.json"]).status).toBe(0);
    return readBaseline();
  }

  test("missing, not JSON, not a baseline, wrong version", () => {
    expectOneLineError(run(["check", "--baseline", "nope.json", "stack"]), /nope\.json/, /no such file/);
    expectOneLineError(run(["check", "--baseline", writeBaseline("{"), "stack"]), /b\.json/, /JSON/);
    expectOneLineError(run(["check", "--baseline", writeBaseline([]), "stack"]), /b\.json/, /govguard_baseline/);
    const doc = good();
    expectOneLineError(run(["check", "--baseline", writeBaseline({ ...doc, govguard_baseline: 2 }), "stack"]), /b\.json/, /govguard_baseline/);
    const { r } = report(["--baseline", writeBaseline({ ...doc, extra: 1 }), "stack"]);
    expectOneLineError(r, /b\.json/, /extra/);
  });

  test("an entry with a wrong field is named by its index", () => {
    const doc = good();
    const bad = (i: number, change: Record<string, unknown>): BaselineDoc => ({ ...doc, entries: doc.entries.map((e, j) => (j === i ? { ...e, ...change } : e)) });
    expectOneLineError(run(["check", "--baseline", writeBaseline(bad(3, { control: "A99" })), "stack"]), /b\.json/, /entries\[3\]/, /control/);
    expectOneLineError(run(["check", "--baseline", writeBaseline(bad(4, { fingerprint: "abc" })), "stack"]), /entries\[4\]/, /fingerprint/);
    expectOneLineError(run(["check", "--baseline", writeBaseline(bad(5, { resource: 7 })), "stack"]), /entries\[5\]/, /resource/);
    expectOneLineError(run(["check", "--baseline", writeBaseline(bad(6, { surprise: true })), "stack"]), /entries\[6\]/, /surprise/);
  });

  test("an entry whose fingerprint does not match what it names is refused: it cannot hide another finding", () => {
    const doc = good();
    const disk = doc.entries.findIndex((e) => e.resource === "alicloud_ecs_disk.scans");
    // Renamed to another resource, the old fingerprint kept: it would hide the scans disk's finding.
    const forged = { ...doc, entries: doc.entries.map((e, j) => (j === disk ? { ...e, resource: "alicloud_ecs_disk.other" } : e)) };
    expectOneLineError(run(["check", "--baseline", writeBaseline(forged), "stack"]), /b\.json/, new RegExp(`entries\\[${disk}\\]`), /fingerprint/);
  });

  test("hostile strings in a baseline are data: escaped in every report, one line on error", () => {
    const doc = good();
    const hostile = "x\r\n::error::PASSED\u001b[32m<b>@team</b>\u202e";
    const message = { zh: hostile, en: hostile };
    const entry = { control: "A21.2", resource: `alicloud_oss_bucket.${hostile}`, attribute: hostile, input: hostile, message, fingerprint: "" };
    entry.fingerprint = fingerprint(entry);
    const name = writeBaseline({ ...doc, entries: [...doc.entries, entry] });
    for (const format of ["text", "markdown", "html", "junit"]) {
      const out = run(["check", "--format", format, "--baseline", name, "stack"]);
      expect([format, out.status]).toEqual([format, 0]);
      expect([format, out.stdout.includes("\u001b"), out.stdout.includes("\u202e"), /^::error/m.test(out.stdout)]).toEqual([format, false, false, false]);
      // Markup only means something outside a terminal.
      expect([format, format !== "text" && out.stdout.includes("<b>@team")]).toEqual([format, false]);
      expect([format, shown(format, out.stdout).includes("alicloud_oss_bucket.x")]).toEqual([format, true]);
    }
    const bad = { ...doc, entries: [{ ...entry, control: `A21.2\n::error::x\u001b[2K` }] };
    const r = run(["check", "--baseline", writeBaseline(bad, "bad.json"), "stack"]);
    expectOneLineError(r, /bad\.json/, /entries\[0\]/);
    expect(r.stderr).not.toContain("\u001b");
  });

  test("caps: too many entries, too long a string", () => {
    const doc = good();
    const e = doc.entries[0];
    // The count is checked before any entry is read.
    const many = { ...doc, entries: Array.from({ length: 100_001 }, () => 0) };
    expectOneLineError(run(["check", "--baseline", writeBaseline(many), "stack"]), /b\.json/, /100000|100,000/);
    const long = { ...doc, entries: [{ ...e, message: { zh: "x".repeat(20_000), en: e.message.en } }] };
    expectOneLineError(run(["check", "--baseline", writeBaseline(long), "stack"]), /entries\[0\]/, /16384|16,384/);
  });
});

describe("the fingerprint", () => {
  test("normalisation removes whitespace and Unicode form differences, nothing else", () => {
    expect(normaliseMessage("a  b\n\tc")).toBe(normaliseMessage("a b c"));
    expect(normaliseMessage("var.x ? 1 : 0")).toBe(normaliseMessage("var.x?1:0"));
    expect(normaliseMessage("caf\u0065\u0301")).toBe(normaliseMessage("caf\u00e9"));
    expect(normaliseMessage("port 22")).not.toBe(normaliseMessage("port 23"));
    expect(normaliseMessage("Enabled")).not.toBe(normaliseMessage("enabled"));
  });

  test("each named part changes it; the Chinese message does not", () => {
    const base = { control: "A21.2", resource: "alicloud_disk.a", attribute: "encrypted", message: { zh: "甲", en: "encrypted is false" } };
    const f = fingerprint(base);
    expect(f).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint({ ...base, control: "A21.1" })).not.toBe(f);
    expect(fingerprint({ ...base, resource: "alicloud_disk.b" })).not.toBe(f);
    expect(fingerprint({ ...base, attribute: undefined })).not.toBe(f);
    expect(fingerprint({ ...base, message: { zh: "甲", en: "encrypted is true" } })).not.toBe(f);
    expect(fingerprint({ ...base, message: { zh: "乙", en: "encrypted  is\nfalse" } })).toBe(f);
    // No delimiter ambiguity between parts.
    expect(fingerprint({ control: "A21.2", resource: "a|b", attribute: "c", message: { zh: "", en: "d" } })).not.toBe(
      fingerprint({ control: "A21.2", resource: "a", attribute: "b|c", message: { zh: "", en: "d" } }),
    );
  });
});
