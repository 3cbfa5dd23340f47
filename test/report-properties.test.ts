// Property tests over every report format: for generated check results whose every input-derived
// string (addresses, file names, messages, attribute names, waiver fields, notes) is drawn from
// hostile payloads, each format keeps its structure as its real consumer parses it. Results come
// from the real engine on generated plans, and, for what the engine refuses (lone surrogates),
// are built by hand.
import * as fs from "node:fs";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import Ajv2020 from "ajv/dist/2020";
import { XMLParser } from "fast-xml-parser";
import { CheckResult } from "../src/engine";
import { Lang } from "../src/report/lang";
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
  hostileStrings,
  hostileWaivers,
  htmlStructure,
  INVISIBLE,
  jsonStrings,
  markdownTables,
  markdownTokens,
  OUR_ZWSP,
  PAYLOADS,
  prng,
  SGR,
  SURROGATES,
} from "./report-hostile";

const VERSION = "0.0.0-test";
const LANGS: Lang[] = ["both", "zh", "en"];

interface Case {
  name: string;
  result: CheckResult;
  lang: Lang;
}

/** Results built by hand, payloads and lone surrogates everywhere, and from the real engine. */
function cases(): Case[] {
  const out: Case[] = [];
  for (let seed = 1; seed <= 24; seed++) {
    const random = prng(seed * 7919);
    const result = constructedResult(hostileStrings(seed, SURROGATES), { findings: Math.floor(random() * 30), waivers: Math.floor(random() * 6) });
    out.push({ name: `constructed-${seed}`, result, lang: LANGS[seed % 3] });
  }
  for (let seed = 1; seed <= 6; seed++) {
    const random = prng(seed);
    const picked = PAYLOADS.filter(() => random() < 0.3);
    const strings = picked.length > 0 ? picked : [PAYLOADS[seed]];
    const pick = hostileStrings(seed);
    const waivers = hostileWaivers(strings).map((w) => ({ ...w, reason: pick(), owner: random() < 0.3 ? "" : pick() }));
    const result = engineResult(strings, { file: `${pick()}.json`, waivers, failOn: random() < 0.5 ? "low" : "high" });
    out.push({ name: `engine-${seed}`, result, lang: LANGS[seed % 3] });
  }
  return out;
}

let all: Case[];
beforeAll(() => {
  all = cases();
});

test("the generated results are hostile: payloads in findings and waivers, and some lone surrogates", () => {
  const strings = all.flatMap((c) => jsonStrings(JSON.parse(JSON.stringify({ f: c.result.findings, w: c.result.waivers }))));
  expect(all.reduce((n, c) => n + c.result.findings.length, 0)).toBeGreaterThan(300);
  expect(all.reduce((n, c) => n + c.result.waivers.length, 0)).toBeGreaterThan(40);
  expect(strings.filter((s) => /\p{Cs}/u.test(s)).length).toBeGreaterThan(20);
  expect(strings.filter((s) => s.includes("\r")).length).toBeGreaterThan(100);
  expect(all.filter((c) => c.result.summary.passed).length).toBeGreaterThan(0);
  // Baselines with hostile files and stale entries, baselined findings, and module mode.
  expect(all.filter((c) => (c.result.baseline?.stale.length ?? 0) > 1).length).toBeGreaterThan(3);
  expect(all.filter((c) => c.result.findings.some((f) => f.baselined)).length).toBeGreaterThan(3);
  expect(all.filter((c) => c.result.mode === "module").length).toBeGreaterThan(3);
});

describe("markdown, parsed by markdown-it (CommonMark with GFM tables)", () => {
  const OUR_HTML = /^(<details><summary>[^<]*<\/summary>|<\/details>|<\/?sub>|<br>)$/;

  test("exactly one heading, the first token, saying the verdict; no HTML, link or image from input", () => {
    for (const c of all) {
      const md = renderMarkdown(c.result, c.lang);
      const tokens = markdownTokens(md);
      const problems = {
        name: c.name,
        headings: tokens.filter((t) => t.type === "heading_open").length,
        first: tokens[0].type,
        verdict: /^(✅|❌) govguard: /.test(tokens[1].content) && tokens[1].content.includes(c.result.summary.passed ? (c.lang === "en" ? "PASSED" : "通过") : c.lang === "en" ? "FAILED" : "未通过"),
        html: tokens.filter((t) => (t.type === "html_inline" || t.type === "html_block") && !OUR_HTML.test(t.content.trim())).map((t) => t.content),
        links: tokens.filter((t) => t.type === "link_open" || t.type === "image").length,
        mentions: tokens.filter((t) => t.type === "text" && /(^|[^\w])@[A-Za-z0-9]|www\.|:\/\//i.test(t.content)).map((t) => t.content),
      };
      expect(problems).toEqual({ name: c.name, headings: 1, first: "heading_open", verdict: true, html: [], links: 0, mentions: [] });
    }
  });

  test("as many finding rows as the JSON report has findings the baseline did not accept, one waiver row per waiver, every row complete", () => {
    for (const c of all) {
      const json = JSON.parse(renderJson(c.result, VERSION)) as { findings: { baselined?: boolean }[]; waivers: unknown[] };
      const tables = markdownTables(renderMarkdown(c.result, c.lang));
      const controlHead = { both: "控制项 / Control", zh: "控制项", en: "Control" }[c.lang];
      const findingTables = tables.filter((t) => t.head[0] === controlHead);
      const waiverTables = tables.filter((t) => t.head[0] === "#");
      const ragged = tables.flatMap((t) => t.rows.filter((r) => r.length !== t.head.length));
      expect({ name: c.name, findings: findingTables.flatMap((t) => t.rows).length, waivers: waiverTables.flatMap((t) => t.rows).length, ragged }).toEqual({
        name: c.name,
        findings: json.findings.filter((f) => f.baselined !== true).length,
        waivers: json.waivers.length,
        ragged: [],
      });
    }
  });

  test("no control, bidi, zero-width or invalid character from input", () => {
    for (const c of all) {
      const md = renderMarkdown(c.result, c.lang).replace(OUR_ZWSP, "");
      expect({ name: c.name, invisible: md.match(INVISIBLE)?.[0] }).toEqual({ name: c.name, invisible: undefined });
    }
  });
});

describe("text, as a CI log shows it", () => {
  function allowedStarts(c: Case): (line: string) => boolean {
    const titles = new Set(c.result.controls.flatMap((k) => [k.title.zh, k.title.en]));
    const labels =
      /^(! |✗ |~ |⚑ |第\d+条|Article \d+|问题：|Problem: |修复：|Fix: |豁免：|Waiver: |理由|Reason: |负责人|Owner: |到期|Expires: |已豁免的违规（|Waived findings \(|豁免项（|Waivers \(|结果：|Result: |≡ |− |◆ |可从基线删除的条目（|Baseline entries that can be removed \()/;
    return (line) => line === "" || labels.test(line) || titles.has(line);
  }

  test("every line starts with govguard's own mark or label; no control character; no '##'; the verdict is last", () => {
    for (const c of all) {
      for (const color of [false, true]) {
        const out = renderText(c.result, { lang: c.lang, color });
        const plain = out.replace(SGR, "");
        const lines = plain.split("\n");
        const allowed = allowedStarts(c);
        const problems = {
          name: c.name,
          color,
          controls: (plain.replace(/\n/g, "").match(INVISIBLE) ?? []).length,
          // Colour is govguard's only escape sequence.
          // eslint-disable-next-line no-control-regex
          escapes: (out.match(/\u001b/g) ?? []).length === (out.match(SGR) ?? []).length,
          foreign: lines.map((l) => l.trimStart()).filter((l) => !allowed(l)),
          hashes: lines.filter((l) => l.includes("##")),
          last: /^(结果：|Result: )/.test(lines[lines.length - 2]),
        };
        expect(problems).toEqual({ name: c.name, color, controls: 0, escapes: true, foreign: [], hashes: [], last: true });
      }
    }
  });
});

describe("JUnit XML", () => {
  test("every report parses with expat (strict XML 1.0), with a failure per failing finding", () => {
    const docs = all.map((c) => renderJunit(c.result, c.lang));
    expect(expatErrors(docs).map((e, i) => [all[i].name, e])).toEqual(all.map((c) => [c.name, null]));
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
    for (const [i, c] of all.entries()) {
      const doc = parser.parse(docs[i]) as { testsuites: { failures: string; skipped: string } };
      // In module mode every stack-scoped control is one more skipped case: left to the calling root.
      const leftToCaller = c.result.mode === "module" ? c.result.controls.filter((control) => control.scope === "stack").length : 0;
      const skipped = c.result.findings.filter((f) => f.waiver?.status === "active" || f.baselined).length + leftToCaller;
      expect([c.name, Number(doc.testsuites.failures), Number(doc.testsuites.skipped)]).toEqual([c.name, c.result.summary.failing, skipped]);
    }
  });
});

describe("SARIF and JSON", () => {
  test("strict JSON: every string well-formed; every finding a result; the JSON report matches its schema", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(repo, "docs", "report.schema.json"), "utf8")) as object;
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    for (const c of all) {
      const sarif = JSON.parse(renderSarif(c.result, VERSION, c.lang)) as { runs: { results: { message: { text: string } }[] }[] };
      const json = JSON.parse(renderJson(c.result, VERSION)) as object;
      const bad = [...jsonStrings(sarif), ...jsonStrings(json)].filter((s) => /\p{Cs}/u.test(s));
      const shown = sarif.runs[0].results.map((r) => r.message.text).filter((s) => INVISIBLE.test(s) || /[\r\n]/.test(s));
      expect({ name: c.name, bad, shown, results: sarif.runs[0].results.length, valid: validate(json), errors: validate.errors }).toEqual({
        name: c.name,
        bad: [],
        shown: [],
        results: c.result.findings.length,
        valid: true,
        errors: null,
      });
    }
  });

  test("Microsoft's SARIF validator finds no error in any of them", () => {
    const dir = tempDir("govguard-report-properties-");
    try {
      for (const c of all) fs.writeFileSync(path.join(dir, `${c.name}.sarif`), renderSarif(c.result, VERSION, c.lang));
      // A file the validator must refuse, so a validator that checked nothing cannot pass the test.
      fs.writeFileSync(path.join(dir, "canary.sarif"), JSON.stringify({ version: "2.1.0", runs: [], unknown: 1 }));
      const multitool = path.join(repo, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
      const out = path.join(dir, "validation.json");
      const checked = spawnSync(multitool, ["validate", path.join(dir, "*.sarif"), "--output", out], { encoding: "utf8" });
      expect(checked.stdout).toContain(`${all.length + 1} files scanned`);
      const validation = JSON.parse(fs.readFileSync(out, "utf8")) as { runs: { results?: { level?: string; locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      const errors = (validation.runs[0].results ?? []).filter((x) => x.level === "error").map((x) => path.basename(x.locations?.[0].physicalLocation.artifactLocation.uri ?? "?"));
      expect([...new Set(errors)]).toEqual(["canary.sarif"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("HTML", () => {
  const TAGS = ["html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "div", "span", "main", "code", "dl", "dt", "dd", "br", "table", "thead", "tbody", "tr", "th", "td", "p", "footer", "ul", "li", "details", "summary"];

  test("only govguard's tags and attributes, no comment, one finding block per finding, no hidden character", () => {
    const pages = htmlStructure(all.map((c) => renderHtml(c.result, VERSION, c.lang)));
    for (const [i, c] of all.entries()) {
      const page = pages[i];
      expect({
        name: c.name,
        tags: page.tags.filter((t) => !TAGS.includes(t)),
        attrs: page.attrs.filter((a) => !["lang", "charset", "name", "content", "class"].includes(a)),
        comments: page.comments,
        findings: page.findings,
        invisible: page.text.match(INVISIBLE)?.[0],
      }).toEqual({ name: c.name, tags: [], attrs: [], comments: [], findings: c.result.findings.length, invisible: undefined });
    }
  });
});
