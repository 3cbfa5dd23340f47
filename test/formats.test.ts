// Every output format, checked the way its consumer checks it: the JSON report against its
// documented schema, SARIF by Microsoft's SARIF validator, JUnit as XML, the HTML page rendered in
// headless Chromium; and the options that shape them (--output, --lang, colour, --record).
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { repo, runCli, tempDir } from "./helpers";

// Findings on providers, on resources in main.tf and on the stack; a waiver for one of them.
const input = path.join(repo, "policies", "govguard", "controls", "a23_1", "cases", "hongkong-alias");
const env = { GOVGUARD_TODAY: "2026-11-21", NO_COLOR: "1" };
let dir: string;

beforeAll(() => {
  dir = tempDir("govguard-formats-");
  fs.writeFileSync(
    path.join(dir, "waivers.yaml"),
    "- control: A23.1\n  resource: alicloud.hk\n  reason: Hong Kong liaison office, approved 2026-03-02\n  owner: ops@hz.gov.cn\n  expires: 2027-03-01\n",
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[], extraEnv: NodeJS.ProcessEnv = {}): ReturnType<typeof runCli> {
  return runCli(args, { cwd: dir, env: { ...env, ...extraEnv } });
}

function file(name: string): string {
  return path.join(dir, name);
}

test("json: the report matches docs/report.schema.json and carries waivers, failing flags and locations", () => {
  const r = run(["check", "--format", "json", input]);
  expect(r.status).toBe(1);
  const report = JSON.parse(r.stdout) as {
    findings: { control: string; resource: string; failing: boolean; waiver?: { status: string }; location: { file: string; line: number } }[];
    summary: { waived: number; failing: number; findings: number };
  };
  const schema = JSON.parse(fs.readFileSync(path.join(repo, "docs", "report.schema.json"), "utf8")) as object;
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  expect(validate.errors ?? []).toEqual([]);
  expect([validate(report), validate.errors]).toEqual([true, null]);
  const hk = report.findings.find((f) => f.control === "A23.1" && f.resource === "alicloud.hk");
  expect(hk).toMatchObject({ failing: false, waiver: { status: "active" } });
  expect(hk?.location.line).toBeGreaterThan(1);
  expect(report.summary.waived).toBe(1);
  expect(report.summary.failing).toBe(report.summary.findings - 1);
});

test("sarif: valid SARIF 2.1.0 by Microsoft's validator, one rule per control, results on .tf lines", () => {
  const r = run(["check", "--format", "sarif", "--output", file("out.sarif"), input]);
  expect(r.status).toBe(1);
  expect(r.stdout).toBe("");
  const multitool = path.join(repo, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
  const checked = spawnSync(multitool, ["validate", file("out.sarif"), "--output", file("validation.sarif")], { encoding: "utf8" });
  expect(checked.status).toBe(0);
  const validation = JSON.parse(fs.readFileSync(file("validation.sarif"), "utf8")) as { runs: { results?: { level: string; message: { text?: string } }[] }[] };
  const problems = (validation.runs[0].results ?? []).filter((x) => x.level === "error");
  expect(problems).toEqual([]);
  const sarif = JSON.parse(fs.readFileSync(file("out.sarif"), "utf8")) as {
    runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; suppressions?: unknown[] }[] }[];
  };
  const run0 = sarif.runs[0];
  expect(run0.tool.driver.rules).toHaveLength(45);
  const bucket = run0.results.find((x) => x.ruleId === "A21.2");
  expect(bucket?.locations[0].physicalLocation.artifactLocation.uri).toMatch(/a23_1\/cases\/hongkong-alias\/main\.tf$/);
  const line = bucket?.locations[0].physicalLocation.region.startLine ?? 0;
  expect(fs.readFileSync(path.join(input, "main.tf"), "utf8").split("\n")[line - 1]).toMatch(/^resource "alicloud_oss_bucket"/);
  expect(run0.results.filter((x) => x.suppressions)).toHaveLength(1);
});

test("junit: well-formed XML, a suite per control, failures for failing findings, skipped for waived ones", () => {
  const r = run(["check", "--format", "junit", "-o", file("out.xml"), input]);
  expect(r.status).toBe(1);
  const xml = fs.readFileSync(file("out.xml"), "utf8");
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml) as {
    testsuites: { tests: string; failures: string; skipped: string; testsuite: { name: string; failures: string }[] };
  };
  expect(doc.testsuites.testsuite).toHaveLength(45);
  const json = JSON.parse(run(["check", "--format", "json", input]).stdout) as { summary: { failing: number; waived: number } };
  expect(Number(doc.testsuites.failures)).toBe(json.summary.failing);
  expect(Number(doc.testsuites.skipped)).toBe(json.summary.waived);
  expect(doc.testsuites.testsuite.find((s) => s.name.startsWith("A21.2"))?.failures).toBe("2");
});

test("markdown: the verdict, counts and a table of failing findings", () => {
  const r = run(["check", "--format", "markdown", input]);
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/^### ❌ govguard: 结果：未通过/);
  expect(r.stdout).toContain("| A21.2 | 高 high | `alicloud_oss_bucket.notices` |");
  expect(r.stdout).toContain("<details><summary>已豁免或低于阈值的违规（1） / Waived or below the threshold (1)</summary>");
});

describe("html", () => {
  const chromium = "/usr/bin/chromium";
  const flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

  test("renders in headless Chromium with the findings, the waived section and all 44 articles", () => {
    expect([chromium, fs.existsSync(chromium)]).toEqual([chromium, true]); // scripts/install-tools.sh installs it
    const r = run(["check", "--format", "html", "--output", file("report.html"), input]);
    expect(r.status).toBe(1);
    const args = [...flags, `--user-data-dir=${file("chrome")}`];
    const dom = execFileSync(chromium, [...args, "--dump-dom", `file://${file("report.html")}`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    expect(dom).toContain("未通过 / FAILED");
    expect(dom).toContain("alicloud_oss_bucket.notices");
    expect(dom).toContain("已豁免的违规（1） / Waived findings (1)");
    expect(dom.match(/<tr><td>\d+<\/td>/g)).toHaveLength(44); // the matrix
    const shot = path.join(repo, "test", "output", "report.png");
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    execFileSync(chromium, [...args, "--hide-scrollbars", "--window-size=1280,2000", `--screenshot=${shot}`, `file://${file("report.html")}`], { stdio: "ignore" });
    const png = fs.readFileSync(shot);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(50_000); // a rendered page, not a blank one
  });

  test("the matrix shows each control's failing findings: a waived finding is not counted", () => {
    const json = JSON.parse(run(["check", "--format", "json", input]).stdout) as { findings: { control: string; failing: boolean; waiver?: { status: string } }[] };
    const failing = new Map<string, number>();
    for (const f of json.findings) if (f.failing) failing.set(f.control, (failing.get(f.control) ?? 0) + 1);
    const waived = json.findings.filter((f) => f.waiver?.status === "active").map((f) => f.control);
    expect(waived).toEqual(["A23.1"]);
    run(["check", "--format", "html", "-o", file("matrix.html"), input]);
    const shown = new Map<string, string>();
    for (const m of fs.readFileSync(file("matrix.html"), "utf8").matchAll(/<span class="ctl (?:bad|good)">([A-Z0-9.]+) (✗\d+|✓)<\/span>/g)) shown.set(m[1], m[2]);
    expect(shown.size).toBe(45); // every control, each once
    expect(failing.size).toBeGreaterThan(1);
    for (const [control, mark] of shown) expect([control, mark]).toEqual([control, failing.has(control) ? `✗${failing.get(control)}` : "✓"]);
  });

  test("is self-contained: no scripts and nothing loaded from elsewhere", () => {
    run(["check", "--format", "html", "-o", file("plain.html"), input]);
    const html = fs.readFileSync(file("plain.html"), "utf8");
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
  });
});

test("--lang chooses the language of every human format", () => {
  const zh = run(["check", "--lang", "zh", input]).stdout;
  const en = run(["check", "--lang", "en", input]).stdout;
  expect(zh).toContain("问题：");
  expect(zh).not.toContain("Problem:");
  expect(en).toContain("Problem:");
  expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  expect(run(["check", "--lang", "en", "--format", "markdown", input]).stdout).not.toMatch(/[\u4e00-\u9fff]/);
  expect(run(["check", "--lang", "fr", input]).status).toBe(2);
});

test("text is coloured when forced and plain with NO_COLOR or when piped", () => {
  expect(run(["check", input], { NO_COLOR: "", FORCE_COLOR: "1" }).stdout).toContain("\u001b[");
  expect(run(["check", input], { NO_COLOR: "1", FORCE_COLOR: "1" }).stdout).not.toContain("\u001b[");
  expect(run(["check", input], { NO_COLOR: "" }).stdout).not.toContain("\u001b[");
});

test("several formats at once; only one may go to stdout; --output needs a --format", () => {
  const r = run(["check", "--format", "json", "-o", file("a.json"), "--format", "text", "--format", "junit", "-o", file("a.xml"), input]);
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/Result: FAILED/);
  expect(fs.existsSync(file("a.json")) && fs.existsSync(file("a.xml"))).toBe(true);
  const two = run(["check", "--format", "json", "--format", "text", input]);
  expect([two.status, two.stderr.trim().split("\n").length]).toEqual([2, 1]);
  expect(two.stderr).toContain("only one format can go to stdout");
  expect(run(["check", "-o", file("x"), input]).stderr).toContain("--output must follow the --format it is for");
  expect(run(["check", "--format", "pdf", input]).stderr).toContain("unknown format pdf");
});

test("--record writes the assessment record with the digest of every input file", () => {
  const r = run(["check", "--record", file("record.json"), "--format", "json", input]);
  expect(r.status).toBe(1);
  const record = JSON.parse(fs.readFileSync(file("record.json"), "utf8")) as {
    date: string;
    bundle: { sha256: string };
    waivers: { sha256: string };
    inputs: { sources: { file: string; sha256: string }[] }[];
    summary: { findings: number };
    articles: { automated: number[]; manual: number[]; not_applicable: number[] };
  };
  const report = JSON.parse(r.stdout) as { tool: { bundle: { sha256: string } }; summary: { findings: number } };
  expect(record.date).toBe("2026-11-21");
  expect(record.bundle.sha256).toBe(report.tool.bundle.sha256);
  expect(record.summary.findings).toBe(report.summary.findings);
  const main = record.inputs[0].sources.find((s) => s.file.endsWith("main.tf"));
  expect(main?.sha256).toBe(createHash("sha256").update(fs.readFileSync(path.join(input, "main.tf"))).digest("hex"));
  expect(record.waivers.sha256).toBe(createHash("sha256").update(fs.readFileSync(file("waivers.yaml"))).digest("hex"));
  const { automated, manual, not_applicable } = record.articles;
  expect(automated.length + manual.length + not_applicable.length).toBe(44);
});
