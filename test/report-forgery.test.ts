// A hostile author against each report format, one attack at a time: the plan, the file names and
// the waivers carry strings that try to forge the verdict, hide findings, ping people, inject CI
// workflow commands or break the consumer's parser. Each test names what it defends.
import * as fs from "node:fs";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import Ajv2020 from "ajv/dist/2020";
import { CheckResult } from "../src/engine";
import { renderHtml } from "../src/report/html";
import { renderJson } from "../src/report/json";
import { renderJunit } from "../src/report/junit";
import { renderMarkdown } from "../src/report/markdown";
import { renderSarif } from "../src/report/sarif";
import { renderText } from "../src/report/text";
import { repo, tempDir } from "./helpers";
import {
  constructedResult,
  engineResult,
  expatErrors,
  htmlStructure,
  INVISIBLE,
  jsonStrings,
  markdownTables,
  markdownTokens,
  markdownVisibleText,
  OUR_ZWSP,
  PAYLOADS,
  SURROGATES,
} from "./report-hostile";

const VERSION = "0.0.0-test";
let hostile: CheckResult;
let surrogates: CheckResult;

beforeAll(() => {
  hostile = engineResult(PAYLOADS);
  let i = 0;
  const pool = [...SURROGATES, ...PAYLOADS];
  surrogates = constructedResult(() => pool[i++ % pool.length], { findings: 12, waivers: 4 });
});

test("the engine really carries the payloads into findings, messages and waivers", () => {
  const resources = new Set(hostile.findings.map((f) => f.resource));
  for (const [i, p] of PAYLOADS.entries()) expect(resources.has(`alicloud_oss_bucket.b${i}${p}`)).toBe(true);
  expect(hostile.findings.some((f) => f.message.en.includes(PAYLOADS[0]))).toBe(true); // the region
  expect(hostile.findings.filter((f) => f.waiver?.status === "active").length).toBeGreaterThan(10);
  expect(hostile.waivers).toHaveLength(PAYLOADS.length);
});

describe("markdown (pull-request comment)", () => {
  const md = (): string => renderMarkdown(hostile);

  test("one heading, first, and it is the verdict: a lone CR or a newline cannot start a fake one", () => {
    const tokens = markdownTokens(md());
    const headings = tokens.filter((t) => t.type === "heading_open");
    expect(headings).toHaveLength(1);
    expect(tokens[0].type).toBe("heading_open");
    expect(tokens[1].content).toMatch(/^❌ govguard: 结果：未通过/);
  });

  test("no HTML from input: <img>, <!--, </details> and <script> are text", () => {
    const html = markdownTokens(md()).filter((t) => t.type === "html_inline" || t.type === "html_block");
    const ours = /^(<details><summary>[^<]*<\/summary>|<\/details>|<\/?sub>|<br>)$/;
    expect(html.map((t) => t.content.trim()).filter((c) => !ours.test(c))).toEqual([]);
  });

  test("no links, images or autolinks from input", () => {
    const tokens = markdownTokens(md());
    expect(tokens.filter((t) => t.type === "link_open" || t.type === "image").map((t) => t.attrGet("href") ?? t.attrGet("src"))).toEqual([]);
    // GitHub autolinks www. and scheme:// in text, which markdown-it's linkify does not fully imitate.
    const text = markdownTokens(md()).filter((t) => t.type === "text").map((t) => t.content);
    expect(text.filter((s) => /www\.|:\/\/|[\w.-]@[\w-]+\./i.test(s))).toEqual([]);
  });

  test("@-mentions are inert", () => {
    const text = markdownTokens(md()).filter((t) => t.type === "text").map((t) => t.content);
    expect(text.filter((s) => /(^|[^\w])@[A-Za-z0-9]/.test(s))).toEqual([]);
  });

  test("every finding is a row of a findings table: an HTML comment opener or a backtick hides none", () => {
    const findingTables = markdownTables(md()).filter((t) => t.head[0] === "控制项 / Control");
    const rows = findingTables.flatMap((t) => t.rows);
    expect(rows).toHaveLength(hostile.findings.length);
    expect(rows.filter((r) => r.length !== findingTables[0].head.length)).toEqual([]);
  });

  test("no control, bidi or zero-width character from input", () => {
    expect(markdownVisibleText(md())).not.toMatch(INVISIBLE);
    expect(md().replace(OUR_ZWSP, "")).not.toMatch(INVISIBLE);
  });
});

describe("text (CI log)", () => {
  // As a terminal or a log viewer shows it: CR, VT, FF, NEL and U+2028/9 end a line there too.
  const lines = (): string[] => renderText(hostile).split(/\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/);

  test("no control character from input reaches the log; they are shown escaped", () => {
    const out = renderText(hostile);
    // eslint-disable-next-line no-control-regex
    expect(out.replace(/\n/g, "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(out).not.toMatch(INVISIBLE);
    expect(out).toContain("\\r::error title=govguard::all controls passed");
    expect(out).toContain("\\x1b[2K");
    expect(out).toContain("\\u202e");
  });

  test("no line begins with input, so no GitHub workflow command can be formed", () => {
    expect(lines().filter((l) => l.trimStart().startsWith("::"))).toEqual([]);
  });

  test("no Azure Pipelines logging command anywhere in a line", () => {
    expect(lines().filter((l) => /##vso\[|^\s*##\[/i.test(l))).toEqual([]);
  });

  test("the verdict is the last line and input cannot print another", () => {
    const out = lines().filter((l) => l !== "");
    expect(out[out.length - 1]).toMatch(/^Result: FAILED/);
    expect(out.filter((l) => /^\s*(Result|结果)[:：]/.test(l))).toHaveLength(2);
  });
});

describe("JUnit XML", () => {
  test("a strict parser (expat) accepts it: U+FFFE, U+FFFF, C0 controls and lone surrogates are replaced", () => {
    expect(expatErrors([renderJunit(hostile), renderJunit(surrogates)])).toEqual([null, null]);
  });
});

describe("SARIF and JSON", () => {
  test("every string is well-formed Unicode: no lone surrogate survives", () => {
    for (const out of [renderSarif(surrogates, VERSION), renderJson(surrogates, VERSION)]) {
      expect(jsonStrings(JSON.parse(out)).filter((s) => /\p{Cs}/u.test(s))).toEqual([]);
    }
  });

  // The findings are stringified a batch of 32 at a time, and only a batch whose text holds a lone
  // surrogate is copied well-formed: one past the first batch, and one in the last, partial batch.
  test("a lone surrogate in any batch of findings is made well-formed, and the findings beside it are written as they are", () => {
    let n = 0;
    const plain = constructedResult(() => `plain-${n++}`, { findings: 100, waivers: 0 });
    plain.findings[45].message = { ...plain.findings[45].message, en: `before${SURROGATES[0]}after` };
    plain.findings[99].resource = `alicloud_oss_bucket.b${SURROGATES[1]}`;
    for (const out of [renderSarif(plain, VERSION), renderJson(plain, VERSION)]) expect(jsonStrings(JSON.parse(out)).filter((s) => /\p{Cs}/u.test(s))).toEqual([]);
    const json = JSON.parse(renderJson(plain, VERSION)) as { findings: { resource: string; message: { en: string } }[] };
    expect(json.findings[45].message.en).toBe("before\ufffdafter");
    expect(json.findings.map((f) => f.resource)).toEqual(plain.findings.map((f, k) => (k === 99 ? "alicloud_oss_bucket.bx\ufffdy" : f.resource)));
    expect(json.findings[44].message).toEqual(plain.findings[44].message);
  });

  test("SARIF messages and justifications show control and bidi characters escaped, and form no embedded link", () => {
    const sarif = JSON.parse(renderSarif(hostile, VERSION)) as { runs: { results: { message: { text: string }; suppressions?: { justification: string }[] }[] }[] };
    const shown = sarif.runs[0].results.flatMap((r) => [r.message.text, ...(r.suppressions ?? []).map((s) => s.justification)]);
    expect(shown.filter((s) => INVISIBLE.test(s) || /[\r\n]/.test(s))).toEqual([]);
    expect(sarif.runs[0].results.map((r) => r.message.text).filter((s) => /(^|[^\\])\[[^\]]*\]\(/.test(s))).toEqual([]);
  });
});

describe("HTML", () => {
  test("no tag, attribute or comment from input; no control, bidi or zero-width character", () => {
    const [page] = htmlStructure([renderHtml(hostile, VERSION)]);
    expect(page.tags.filter((t) => !["html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "div", "span", "main", "code", "dl", "dt", "dd", "br", "table", "thead", "tbody", "tr", "th", "td", "p", "footer", "ul", "li", "strong"].includes(t))).toEqual([]);
    expect(page.attrs.filter((a) => !["lang", "charset", "name", "content", "class"].includes(a))).toEqual([]);
    expect(page.comments).toEqual([]);
    expect(page.text).not.toMatch(INVISIBLE);
  });
});

describe("waivers are listed in every format with their pattern, reason, owner, expiry, count and warnings", () => {
  const waiver = { control: "A21.2", resource: "alicloud_oss_bucket.b0*", reason: "Hong Kong office approved 2026-03 by the CAC", owner: "ops@hz.gov.cn", expires: "2099-01-01" };
  let result: CheckResult;
  beforeAll(() => {
    result = engineResult(["-plain"], { waivers: [waiver] });
    // Helper W fills in the governance warnings; the reports show whatever is there.
    result.waivers[0].warnings = [{ zh: "匹配该控制项的多个资源", en: "it matches several resources of its control" }];
  });

  test("the engine applied it", () => {
    expect(result.waivers[0]).toMatchObject({ control: "A21.2", resource: waiver.resource, status: "active" });
    expect(result.waivers[0].findings).toBeGreaterThan(0);
  });

  const fields = (): string[] => [waiver.resource, waiver.reason, waiver.owner, waiver.expires, "it matches several resources of its control"];

  test("text", () => {
    const out = renderText(result);
    for (const f of fields()) expect(out).toContain(f);
    expect(out).toMatch(new RegExp(`waivers\\[0\\] A21\\.2 .*${result.waivers[0].findings} finding`));
  });

  test("markdown", () => {
    const md = renderMarkdown(result);
    const visible = markdownVisibleText(md);
    for (const f of fields()) expect(visible).toContain(f);
    const table = markdownTables(md).find((t) => t.head.some((h) => h.includes("Pattern")));
    expect(table?.rows).toHaveLength(1);
  });

  test("junit", () => {
    const xml = renderJunit(result);
    expect(expatErrors([xml])).toEqual([null]);
    for (const f of fields()) expect(xml).toContain(f);
    expect(xml).toContain(`name="waivers[0].findings" value="${result.waivers[0].findings}"`);
  });

  test("sarif", () => {
    const sarif = JSON.parse(renderSarif(result, VERSION)) as { runs: { properties: { waivers: unknown[] } }[] };
    expect(sarif.runs[0].properties.waivers).toEqual([expect.objectContaining({ index: 0, control: "A21.2", resource: waiver.resource, reason: waiver.reason, owner: waiver.owner, expires: waiver.expires, findings: result.waivers[0].findings })]);
  });

  test("html", () => {
    const [page] = htmlStructure([renderHtml(result, VERSION)]);
    for (const f of fields()) expect(page.text).toContain(f);
  });

  test("json, valid against docs/report.schema.json", () => {
    const report = JSON.parse(renderJson(result, VERSION)) as { waivers: unknown[] };
    expect(report.waivers).toEqual(result.waivers);
    const schema = JSON.parse(fs.readFileSync(path.join(repo, "docs", "report.schema.json"), "utf8")) as object;
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect([validate(report), validate.errors]).toEqual([true, null]);
  });
});

test("SARIF with every payload passes Microsoft's SARIF validator", () => {
  const dir = tempDir("govguard-report-forgery-");
  try {
    fs.writeFileSync(path.join(dir, "hostile.sarif"), renderSarif(hostile, VERSION));
    const multitool = path.join(repo, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
    const checked = spawnSync(multitool, ["validate", path.join(dir, "hostile.sarif"), "--output", path.join(dir, "validation.sarif")], { encoding: "utf8" });
    expect(checked.status).toBe(0);
    const validation = JSON.parse(fs.readFileSync(path.join(dir, "validation.sarif"), "utf8")) as { runs: { results?: { level: string; message: { text?: string } }[] }[] };
    expect((validation.runs[0].results ?? []).filter((x) => x.level === "error")).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
