// Reports of an estate's first day: a legacy plan of 100,000 resources has 137,040 findings. Every
// format renders them (none may overflow the stack: a text report is ten lines a finding), and the
// reports in every format are written a block at a time, never as one string (142 million characters
// of JSON there; past V8's longest string, about 512 MiB, one string cannot be made at all).
import * as fs from "node:fs";
import * as path from "node:path";
import { generatePlan } from "../bench/generate-plan";
import { runCheck } from "../src/cli/check-command";
import { check } from "../src/engine";
import { CheckResult } from "../src/model";
import { escapesLoneSurrogate } from "../src/report/escape-json";
import { renderHtml } from "../src/report/html";
import { joined } from "../src/report/chunks";
import { jsonReport, renderJson } from "../src/report/json";
import { assessmentRecord, assessmentRecordChunks } from "../src/report/record";
import { renderJunit } from "../src/report/junit";
import { renderMarkdown } from "../src/report/markdown";
import { renderSarif } from "../src/report/sarif";
import { renderText } from "../src/report/text";
import { tempDir } from "./helpers";

const TODAY = "2026-12-05";
// Past what one call's arguments can hold (about 120,000 on Node's default stack) in every format's
// lines, and in findings themselves.
const MANY = 130_000;
let dir: string;
let plan: string;
let largePlan: string;
let result: CheckResult;

beforeAll(async () => {
  dir = tempDir("govguard-scale-");
  plan = path.join(dir, "legacy.json");
  fs.writeFileSync(plan, JSON.stringify(generatePlan({ resources: 300, seed: 7, estate: "legacy" })));
  largePlan = path.join(dir, "legacy-large.json");
  fs.writeFileSync(largePlan, JSON.stringify(generatePlan({ resources: 3000, seed: 7, estate: "legacy" })));
  const small = await check([plan], { jobs: 1, today: TODAY });
  expect(small.findings.length).toBeGreaterThan(100);
  // The same findings many times over, each on a resource of its own.
  const findings = Array.from({ length: MANY }, (_, i) => {
    const f = small.findings[i % small.findings.length];
    return { ...f, resource: `${f.resource}_${i}` };
  });
  result = { ...small, findings, summary: { ...small.summary, findings: findings.length, failing: findings.length } };
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe(`a report of ${MANY.toLocaleString("en")} findings`, () => {
  test.each([
    ["text", () => renderText(result, { lang: "both" })],
    ["markdown", () => renderMarkdown(result, "both")],
    ["html", () => renderHtml(result, "0.1.0", "both")],
    ["junit", () => renderJunit(result, "both")],
    ["json", () => renderJson(result, "0.1.0")],
    ["sarif", () => renderSarif(result, "0.1.0", "both")],
  ])("renders as %s, naming the last finding", (_format, render) => {
    const text = render();
    expect(text).toContain(`_${MANY - 1}`);
  });

});

describe("JSON, SARIF and the assessment record in pieces", () => {
  test("are byte for byte the report stringified whole, whatever the findings hold", () => {
    const hostile = ['a"b\\c\nd', "\u2028\u2029", "lone \ud800 surrogate", '"govguard-array-00000000-0000-0000-0000-000000000000"', "{\n  \"x\": [\n"];
    const few = result.findings.slice(0, 40).map((f, i) => ({ ...f, resource: `${f.resource}${hostile[i % hostile.length]}` }));
    const small = { ...result, findings: few };
    expect(renderJson(small, "0.1.0")).toBe(JSON.stringify(jsonReport(small, "0.1.0"), null, 2) + "\n");
    const sarif = renderSarif(small, "0.1.0", "both");
    expect(sarif).toBe(JSON.stringify(JSON.parse(sarif), null, 2) + "\n");
    expect((JSON.parse(sarif) as { runs: { results: unknown[] }[] }).runs[0].results).toHaveLength(40);
    const now = new Date("2026-12-05T08:00:00Z");
    expect(joined(assessmentRecordChunks(small, "0.1.0", now))).toBe(JSON.stringify(assessmentRecord(small, "0.1.0", now), null, 2) + "\n");
    const none = { ...result, findings: [] };
    expect(joined(assessmentRecordChunks(none, "0.1.0", now))).toBe(JSON.stringify(assessmentRecord(none, "0.1.0", now), null, 2) + "\n");
    expect(renderJson(none, "0.1.0")).toBe(JSON.stringify(jsonReport(none, "0.1.0"), null, 2) + "\n");
    expect(renderSarif(none, "0.1.0", "both")).toContain('"results": []');
  });
});

describe("JSON and SARIF written without copying every finding", () => {
  // A batch is stringified as it is and written again from well-formed copies only when its text
  // escapes a lone surrogate (json-chunks.ts): the reports are still the well-formed ones.
  test.each([
    ["in the first batch", 3],
    ["in a later batch only", 700],
    ["in the last finding", 999],
  ])("a lone surrogate %s is replaced, and the rest is byte for byte the whole report", (_where, at) => {
    const texts = ["literal \\ud800 text", "\\\\ud83d", "pair \ud83d\ude00", "\\"];
    const findings = result.findings.slice(0, 1000).map((f, i) => ({ ...f, resource: `${f.resource}${i === at ? "\udc00" : texts[i % texts.length]}` }));
    const many = { ...result, findings };
    const json = renderJson(many, "0.1.0");
    expect(json).toBe(JSON.stringify(jsonReport(many, "0.1.0"), null, 2) + "\n");
    const resources = (JSON.parse(json) as { findings: { resource: string }[] }).findings.map((f) => f.resource);
    expect(resources.filter((r) => /\p{Cs}/u.test(r))).toEqual([]);
    expect(resources.filter((r) => r.endsWith("\ufffd"))).toHaveLength(1);
    const sarif = renderSarif(many, "0.1.0", "both");
    expect(sarif).toBe(JSON.stringify(JSON.parse(sarif), null, 2) + "\n");
    expect(/\\ud[89a-f]/.test(sarif.replace(/\\\\/g, ""))).toBe(false);
  });

  test.each([
    [JSON.stringify("\ud800"), true],
    [JSON.stringify("x\udfffy"), true],
    [JSON.stringify("\\\ud800"), true],
    [JSON.stringify("\\ud800"), false],
    [JSON.stringify("\\\\ud800"), false],
    [JSON.stringify("\ud83d\ude00"), false],
    [JSON.stringify("\\u0041 \\ud7ff"), false],
    [JSON.stringify({ ["k\udbff"]: 1 }), true],
  ])("escapesLoneSurrogate(%s) is %s", (text, expected) => {
    expect(escapesLoneSurrogate(text)).toBe(expected);
  });
});

describe("the CLI writes a large report a block at a time", () => {
  test.each(["json", "sarif", "text", "markdown", "html", "junit"])("%s on stdout: no write of more than about a mebibyte, and the whole is the report", async (format) => {
    const writes: string[] = [];
    const status = await runCheck([largePlan, "--format", format], { stdout: (t) => void writes.push(t), stderr: () => undefined }, "0.1.0");
    expect(status).toBe(1);
    const whole = writes.join("");
    expect(whole.length).toBeGreaterThan(1.2 * (1 << 20));
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(1.1 * (1 << 20));
    const last = (await check([largePlan], { jobs: 1 })).findings.at(-1)!.resource;
    if (format === "json" || format === "sarif") {
      expect(whole).toBe(JSON.stringify(JSON.parse(whole), null, 2) + "\n");
    } else {
      expect(whole.endsWith("\n")).toBe(true);
    }
    // The last finding (in the report's order) is there, and so is what follows the findings.
    expect(whole).toContain(format === "html" || format === "junit" ? last.replace(/"/g, "&quot;") : last);
    expect(whole).toMatch({ text: /Result: FAILED/, markdown: /<sub>govguard/, html: /<\/html>\n$/, junit: /<\/testsuites>\n$/, json: /"summary"/, sarif: /"results"/ }[format]!);
  });
});
