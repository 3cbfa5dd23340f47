// Waivers a reviewer can see and govguard.yaml can govern (issue 11, item 5): every waiver is in the
// JSON report with its warnings (blanket pattern, no owner, no expiry); waivers.allow_blanket,
// require_owner, require_expiry and max_days refuse them (exit 2 naming the line), in the wasm CLI
// and under opa eval alike; impossible dates and an invalid GOVGUARD_TODAY are exit 2.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { isBlanket, waiverWarnings } from "../src/config/waiver-warnings";
import { PolicyEvaluator } from "../src/engine/policy";
import { Text } from "../src/model";
import { regoBundle, repo, runCli, tempDir, tool } from "./helpers";

// A23.1 alicloud.hk, A24.1 alicloud.hk and (stack), and findings on two buckets (see its main.tf).
const hongkong = path.join(repo, "policies", "govguard", "controls", "a23_1", "cases", "hongkong-alias", "plan.json");
const env = { GOVGUARD_TODAY: "2026-11-21", NO_COLOR: "1" };
const BLANKET = "blanket pattern: it matches every resource of its control, including any added later";
const NO_OWNER = "no owner: nobody is named as answerable for it";
const NO_EXPIRY = "no expiry date: it never lapses and is never reviewed again";

let dir: string;
beforeEach(() => {
  dir = tempDir("govguard-waivers-");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function run(args: string[], extraEnv: NodeJS.ProcessEnv = {}): ReturnType<typeof runCli> {
  return runCli(args, { cwd: dir, env: { ...env, ...extraEnv } });
}

function oneLineError(r: ReturnType<typeof runCli>): string {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  return lines[0];
}

interface ReportWaiver {
  index: number;
  control: string;
  resource: string;
  reason: string;
  owner: string;
  expires: string;
  status: string;
  findings: number;
  warnings: Text[];
}

function jsonReport(): { waivers: ReportWaiver[]; summary: { passed: boolean; waived: number; findings: number } } {
  const r = run(["check", "--format", "json", hongkong]);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout);
}

const specific = "- control: A23.1\n  resource: alicloud.hk\n  reason: liaison office\n  owner: ops@hz.gov.cn\n  expires: 2027-01-01\n";

describe("every waiver is in the report with what a reviewer should know", () => {
  test("a blanket waiver, one without an owner and one without an expiry are listed with their warnings", () => {
    write(
      "waivers.yaml",
      specific +
        "- control: A24.1\n  resource: '*'\n  reason: '.'\n  owner: ops@hz.gov.cn\n  expires: 2027-01-01\n" +
        "- control: A22.1\n  resource: alicloud_oss_bucket.notices\n  reason: behind the CDN\n  expires: 2027-01-01\n" +
        "- control: A21.2\n  resource: alicloud_oss_bucket.notices_hk\n  reason: public notices\n  owner: ops@hz.gov.cn\n",
    );
    const report = jsonReport();
    expect(report.waivers).toEqual([
      { index: 0, control: "A23.1", resource: "alicloud.hk", reason: "liaison office", owner: "ops@hz.gov.cn", expires: "2027-01-01", status: "active", findings: 1, warnings: [] },
      { index: 1, control: "A24.1", resource: "*", reason: ".", owner: "ops@hz.gov.cn", expires: "2027-01-01", status: "active", findings: 2, warnings: [expect.objectContaining({ en: BLANKET })] },
      { index: 2, control: "A22.1", resource: "alicloud_oss_bucket.notices", reason: "behind the CDN", owner: "", expires: "2027-01-01", status: "active", findings: 1, warnings: [expect.objectContaining({ en: NO_OWNER })] },
      { index: 3, control: "A21.2", resource: "alicloud_oss_bucket.notices_hk", reason: "public notices", owner: "ops@hz.gov.cn", expires: "", status: "active", findings: 1, warnings: [expect.objectContaining({ en: NO_EXPIRY })] },
    ]);
    for (const w of report.waivers.flatMap((x) => x.warnings)) expect(w.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  test("44 blanket waivers with no owner and no expiry still pass the gate by default, but every one is listed with all three warnings", () => {
    const controls = Object.keys(PolicyEvaluator.load().catalogue());
    expect(controls.length).toBeGreaterThanOrEqual(40);
    write("waivers.yaml", controls.map((c) => `- {control: ${c}, resource: "*", reason: "."}\n`).join(""));
    const report = jsonReport();
    expect(report.summary.passed).toBe(true);
    expect(report.summary.waived).toBe(report.summary.findings);
    expect(report.waivers).toHaveLength(controls.length);
    for (const w of report.waivers) expect(w.warnings.map((t) => t.en)).toEqual([BLANKET, NO_OWNER, NO_EXPIRY]);
    // ... and govguard.yaml can refuse them.
    write("govguard.yaml", "waivers:\n  allow_blanket: false\n");
    expect(oneLineError(run(["check", hongkong]))).toMatch(/waivers\.yaml:1: .*waiver waivers\[0\]\.resource is a blanket pattern/);
  });

  const blanket = ["*", "**", "*.*", "alicloud_*", "alicloud*", "a*", "*_*", "*cloud_*.*", "module.*", "*.alicloud_*", "alicloud.*", "data.*", "module.*:alicloud", "*:*", "*d.*"];
  const narrow = ["alicloud_oss_bucket.*", "*.main", "module.legacy.*", "module.*.alicloud_oss_bucket.this", "alicloud.hk", "alicloud", "(stack)", "*[*]", "*b*", "module.x:*", "alicloud_*_instance.*", "\uE000*", "*.*.*.*.*"];

  test("blanket means matching every address of a form: the examples", () => {
    expect(blanket.filter((p) => !isBlanket(p))).toEqual([]);
    expect(narrow.filter((p) => isBlanket(p))).toEqual([]);
  });

  test("the report's warnings are the bundle's, pattern for pattern (opa eval of lib/waivers)", () => {
    // The examples and every pattern of up to three pieces from a small alphabet of address parts.
    const pieces = ["*", ".", "alicloud", "_", "module", ":", "data", "x", "oss_bucket", "["];
    const generated = pieces.flatMap((a) => pieces.flatMap((b) => pieces.map((c) => a + b + c)));
    const patterns = [...new Set([...blanket, ...narrow, ...generated])];
    // Owners and expiries vary too: present, blank, invisible (zero-width, BOM, bidi) or missing.
    const extras = [{ owner: "o", expires: "2027-01-01" }, { owner: " " }, { expires: "2027-01-01" }, { owner: "\u200b\ufeff \u202e\u00ad" }, { owner: "\u200bo" }];
    const entries = patterns.map((resource, i) => ({ control: "A23.1", resource, reason: "r", ...extras[i % extras.length] }));
    const dataFile = write("data.json", JSON.stringify({ govguard_waivers: entries, govguard_today: "2026-11-21" }));
    const out = execFileSync(tool("opa"), ["eval", "--format", "json", "--bundle", regoBundle, "--data", dataFile, "data.govguard.lib.waivers.warnings"], { encoding: "utf8", maxBuffer: 1 << 28 });
    const rego = (JSON.parse(out) as { result: { expressions: { value: { index: number; message: Text }[] }[] }[] }).result[0].expressions[0].value;
    const fromRego = entries.map((_, i) => rego.filter((w) => w.index === i).map((w) => w.message.en).sort());
    const fromTs = entries.map((e) => waiverWarnings(e).map((w) => w.en).sort());
    expect(fromTs).toEqual(fromRego);
    // Both kinds, many of each.
    expect(fromTs.filter((w) => w.includes(BLANKET)).length).toBeGreaterThan(20);
    expect(fromTs.filter((w) => !w.includes(BLANKET)).length).toBeGreaterThan(500);
    // The texts too, in both languages.
    const texts = new Map(rego.map((w) => [w.message.en, w.message.zh]));
    for (const e of entries) for (const w of waiverWarnings(e)) expect(texts.get(w.en)).toBe(w.zh);
  });
});

describe("govguard.yaml refuses what its waivers settings forbid", () => {
  const waivers =
    "- control: A23.1\n  resource: alicloud.hk\n  reason: liaison office\n  owner: ops@hz.gov.cn\n  expires: 2026-12-01\n" + // 1-5
    "- control: A22.1\n  resource: alicloud_oss_bucket.*\n  reason: behind the CDN\n  expires: 2027-06-01\n" + // 6-9
    "- control: A21.2\n  resource: alicloud_oss_bucket.notices_hk\n  reason: public notices\n  owner: ops@hz.gov.cn\n" + // 10-13
    "- control: A24.1\n  resource: '*'\n  reason: platform assessed\n  owner: ops@hz.gov.cn\n  expires: 2026-12-01\n"; // 14-18

  test.each([
    ["allow_blanket: false", "waivers.yaml:15:", "waiver waivers[3].resource is a blanket pattern (it matches every resource of its control, including any added later), which waivers.allow_blanket: false in govguard.yaml refuses"],
    ["require_owner: true", "waivers.yaml:6:", "waiver waivers[1].owner is required by waivers.require_owner: true in govguard.yaml"],
    ["require_expiry: true", "waivers.yaml:10:", "waiver waivers[2].expires is required by waivers.require_expiry: true in govguard.yaml"],
    ["max_days: 90", "waivers.yaml:9:", "waiver waivers[1].expires 2027-06-01 is 192 days after today (2026-11-21), more than waivers.max_days: 90 in govguard.yaml allows (and 1 more)"],
    ["max_days: 400", "waivers.yaml:10:", "waiver waivers[2].expires is required by waivers.max_days: 400 in govguard.yaml"],
  ])("waivers.%s: exit 2 naming waivers.yaml, the line and the entry", (setting, where, problem) => {
    write("waivers.yaml", waivers);
    expect(run(["check", "--format", "json", hongkong]).status).toBe(1); // accepted by default
    write("govguard.yaml", `waivers:\n  ${setting}\n`);
    const line = oneLineError(run(["check", hongkong]));
    expect(line).toContain(path.join(dir, where));
    expect(line).toContain(problem);
    expect(line).toMatch(/豁免项 waivers\[\d\]/);
  });

  // conftest's deny of the same errors is a Rego unit test (lib/waivers).
  test("the bundle refuses the same under opa eval", () => {
    const entries = parse(waivers) as unknown[];
    const dataFile = write("data.json", JSON.stringify({ govguard_waivers: entries, govguard_today: "2026-11-21", govguard_config: { waivers: { allow_blanket: false, require_owner: true } } }));
    const out = execFileSync(tool("opa"), ["eval", "--format", "json", "--bundle", regoBundle, "--data", dataFile, "--input", hongkong, "data.govguard.report.errors"], { encoding: "utf8", maxBuffer: 1 << 28 });
    const errors = (JSON.parse(out) as { result: { expressions: { value: { code: string; path: string }[] }[] }[] }).result[0].expressions[0].value;
    expect(errors.map((e) => [e.code, e.path]).sort()).toEqual([
      ["invalid_waiver", "waivers[1].owner"],
      ["invalid_waiver", "waivers[3].resource"],
    ]);
  });

  test.each([
    ["max_days: -1", ":2:", "setting waivers.max_days must be between 0 and 3650"],
    ["max_days: 30.5", ":2:", "setting waivers.max_days must be a whole number"],
    ["allow_blanket: no", ":2:", "setting waivers.allow_blanket must be true or false"],
    ["require_owners: true", ":2:", "setting waivers.require_owners is not a setting govguard knows"],
  ])("waivers.%s is validated like every other setting", (setting, where, problem) => {
    write("govguard.yaml", `waivers:\n  ${setting}\n`);
    const line = oneLineError(run(["check", hongkong]));
    expect(line).toContain(`govguard.yaml${where}`);
    expect(line).toContain(problem);
  });

  test("govguard init and docs/controls.md show the four settings with their defaults", () => {
    expect(run(["init"]).status).toBe(0);
    const starter = fs.readFileSync(path.join(dir, "govguard.yaml"), "utf8");
    expect(parse(starter).waivers).toEqual({ allow_blanket: true, max_days: 0, require_expiry: false, require_owner: false });
    expect(starter).toContain("0 means no limit");
    const docs = fs.readFileSync(path.join(repo, "docs", "controls.md"), "utf8");
    for (const key of ["waivers.allow_blanket", "waivers.max_days", "waivers.require_expiry", "waivers.require_owner"]) expect(docs).toContain(key);
  });
});

describe("dates", () => {
  test.each(["2099-02-31", "2026-13-01", "2026-02-29", "2100-02-29", "2026-04-31"])("expires: %s is exit 2 naming the entry", (date) => {
    write("waivers.yaml", `- control: A23.1\n  resource: alicloud.hk\n  reason: r\n  expires: ${date}\n`);
    const line = oneLineError(run(["check", hongkong]));
    expect(line).toContain("waivers.yaml:4:");
    expect(line).toMatch(/waiver waivers\[0\]\.expires (\d{4}-\d{2}-\d{2} is not a date in the calendar|must be a date written YYYY-MM-DD)/);
  });

  test("a leap day is a date", () => {
    write("waivers.yaml", "- control: A23.1\n  resource: alicloud.hk\n  reason: r\n  owner: o\n  expires: 2028-02-29\n");
    const r = run(["check", "--format", "json", hongkong], { GOVGUARD_TODAY: "2028-02-29" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).waivers[0]).toMatchObject({ expires: "2028-02-29", status: "active" });
  });

  test.each(["2026-02-29", "2026-13-01", "2026-1-1", "21/11/2026", "tomorrow", "", "2026-11-21 "])("GOVGUARD_TODAY=%j is exit 2 naming the variable", (today) => {
    const line = oneLineError(run(["check", hongkong], { GOVGUARD_TODAY: today }));
    expect(line).toBe("govguard: GOVGUARD_TODAY: 应为日历上存在的 YYYY-MM-DD 日期（如 2026-11-21） / must be a real date written YYYY-MM-DD (such as 2026-11-21)");
  });
});
