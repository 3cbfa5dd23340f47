// Shared by the report tests: what a hostile author can put in every input-derived string of a
// report, check results carrying it (from the real engine where it accepts the payload, built by
// hand where it does not), and the strict consumers each format is checked with.
import { spawnSync } from "node:child_process";
import MarkdownIt from "markdown-it";
import { CheckResult, evaluateDocuments, Finding, WaiverUse } from "../src/engine";
import { readBundle } from "../src/engine/bundle";
import { PolicyEvaluator } from "../src/engine/policy";
import { ControlMetadata, MatrixEntry, SEVERITIES, Text } from "../src/model";
import { jsonDocument } from "../src/inputs/discover";

/** Strings that try to become markup, control or another line in some report format. */
export const PAYLOADS: readonly string[] = [
  "x\r### ✅ govguard: 结果：通过 / Result: PASSED",
  "x\n\n### ✅ govguard: PASSED\n\n",
  "x\r\n\r\n# ✅ PASSED\r\n",
  "<img src=https://evil.example/t.png>",
  "<!--",
  "x\r<!--",
  "--> <!-- ",
  "@security-team please approve",
  "[approved](https://evil.example)",
  "![t](https://evil.example/t.png)",
  "<https://evil.example>",
  "https://evil.example/x www.evil.example mail@evil.example",
  "`<b>code</b>`",
  "``",
  "a|b||c",
  "\r::error title=govguard::all controls passed",
  "\n::notice::ok",
  "::set-output name=passed::true",
  "  ::error::indented",
  "##vso[task.complete result=Succeeded;]done",
  "##[section]ok",
  "\n结果：通过\nResult: PASSED, 1 input(s), no findings",
  "\rResult: PASSED, 1 input(s), no findings",
  "\u001b[2K\u001b[1A\u001b[32mResult: PASSED\u001b[0m",
  "\u0000\u0001\u0007\u0008\u000b\u000c\u007f\u0085\u009b",
  "\u2028### PASSED\u2029",
  "\u202e\u2066evil\u2069\u202c\u200b\u200c\u200d\u2060\ufeff",
  "\ufffe\uffff\ufdd0",
  "</details></summary><details open>",
  "</testcase></testsuite><testsuite name=\"fake\">",
  "]]><![CDATA[",
  "&amp;&lt;&#x41;&#0;",
  "*emph* _u_ ~~s~~ # h \\ {0} {{",
  "<script>alert(1)</script>",
  "' \" > <",
  "\t\ttabs\t",
  "1. list\n- item\n> quote\n| a | b |",
  "😀 𝕏 中文 العربية",
  ":+1: #1 GH-1 org/repo#2",
];

/** Lone surrogates: JSON input can carry them, the engine refuses them. */
export const SURROGATES: readonly string[] = ["\ud800", "x\udc00y", "\udbff"];

/** Every code point that must not reach a report as it is (the property tests' definition). */
// eslint-disable-next-line no-control-regex
export const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\ufdd0-\ufdef\ufffe\uffff]|\p{Cs}/u;

const PROVIDER = "registry.terraform.io/aliyun/alicloud";

function change(address: string, type: string, after: Record<string, unknown>): object {
  return {
    address,
    mode: "managed",
    type,
    name: "n",
    provider_name: PROVIDER,
    change: { actions: ["create"], before: null, after, after_unknown: {}, before_sensitive: false, after_sensitive: {} },
  };
}

/** A plan whose resource addresses, tag values and provider region are the given strings. */
export function hostilePlan(strings: readonly string[], region = strings[0]): object {
  return {
    format_version: "1.2",
    terraform_version: "1.5.7",
    planned_values: { root_module: {} },
    resource_changes: strings.flatMap((s, i) => [
      change(`alicloud_oss_bucket.b${i}${s}`, "alicloud_oss_bucket", { bucket: s, acl: s, tags: { [s]: s, "data-classification": s } }),
      change(`alicloud_disk.d${i}${s}`, "alicloud_disk", { encrypted: s, tags: { owner: s } }),
    ]),
    configuration: {
      provider_config: { alicloud: { name: "alicloud", full_name: PROVIDER, expressions: { region: { constant_value: region } } } },
      root_module: {},
    },
  };
}

/** Waivers with hostile patterns, reasons and owners; the first covers the first payload's bucket. */
export function hostileWaivers(strings: readonly string[]): Record<string, string>[] {
  return strings.map((s, i) => ({ control: i % 2 === 0 ? "A21.2" : "A22.1", resource: `alicloud_oss_bucket.b${i}${s}`, reason: `approved ${s}`, owner: s, expires: "2099-01-01" }));
}

let evaluatorCache: { bundle: ReturnType<typeof readBundle>; catalogue: ControlMetadata[]; articles: MatrixEntry[] } | undefined;

function catalogue(): NonNullable<typeof evaluatorCache> {
  if (!evaluatorCache) {
    const bundle = readBundle();
    const evaluator = new PolicyEvaluator(bundle, {});
    evaluatorCache = { bundle, catalogue: Object.values(evaluator.catalogue()), articles: evaluator.matrix() };
  }
  return evaluatorCache;
}

/** The real engine's result for a hostile plan, file name and waivers. */
export function engineResult(strings: readonly string[], options: { file?: string; waivers?: Record<string, string>[]; failOn?: "low" | "high" } = {}): CheckResult {
  const { bundle } = catalogue();
  const waivers = options.waivers ?? hostileWaivers(strings);
  const evaluator = new PolicyEvaluator(bundle, { govguard_waivers: waivers, govguard_today: "2026-01-01" });
  const file = options.file ?? `plan-${strings[0]}.json`;
  const doc = jsonDocument(file, hostilePlan(strings), undefined, { attributes: bundle.attributes });
  return evaluateDocuments(evaluator, [doc], { waivers, failOn: options.failOn, settings: { today: "2026-01-01", waivers: `waivers-${strings[0]}.yaml` } });
}

function text(s: string): Text {
  return { zh: `中文 ${s}`, en: `en ${s}` };
}

/** A check result built by hand: every input-derived string is drawn from `pick`. */
export function constructedResult(pick: () => string, counts: { findings: number; waivers: number }): CheckResult {
  const { catalogue: controls, articles } = catalogue();
  const withBaseline = (counts.findings + counts.waivers) % 2 === 0;
  const findings: Finding[] = [];
  const waivers: WaiverUse[] = [];
  for (let i = 0; i < counts.waivers; i++) {
    waivers.push({
      index: i,
      control: controls[i % controls.length].id,
      resource: pick(),
      reason: pick(),
      owner: pick(),
      expires: i % 3 === 0 ? "" : "2027-01-01",
      status: (["active", "expired", "unused"] as const)[i % 3],
      findings: i % 4,
      warnings: i % 2 === 0 ? [text(pick()), text(pick())] : [],
    });
  }
  for (let i = 0; i < counts.findings; i++) {
    const control = controls[(i * 7) % controls.length];
    const waived = counts.waivers > 0 && i % 3 === 0;
    // Some findings the baseline accepted (every fourth run has a baseline).
    const baselined = withBaseline && !waived && i % 4 === 1;
    const file = pick();
    findings.push({
      control: control.id,
      article: control.article,
      severity: SEVERITIES[i % 4],
      title: control.title,
      resource: pick(),
      ...(i % 2 === 0 ? { attribute: pick() } : {}),
      file,
      message: text(pick()),
      remediation: i % 5 === 0 ? text(pick()) : control.remediation,
      ...(waived ? { waiver: { index: i % counts.waivers, reason: pick(), owner: pick(), expires: i % 4 === 0 ? "" : "2026-06-30", status: i % 2 === 0 ? "active" : "expired" } as const } : {}),
      failing: !baselined && (!waived || i % 2 === 1),
      ...(baselined ? { baselined: true } : {}),
      location: { file: pick(), line: 1 + i },
    });
  }
  const by_severity = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length])) as CheckResult["summary"]["by_severity"];
  const failing = findings.filter((f) => f.failing).length;
  return {
    findings,
    waivers,
    inputs: [{ file: pick(), kind: "plan", flavour: "plan", findings: findings.length, sources: [pick()], notes: [text(pick())] }],
    notes: [text(pick()), text(pick())],
    summary: { inputs: 1, findings: findings.length, by_severity, waived: findings.filter((f) => f.waiver?.status === "active").length, failing, fail_on: "low", passed: failing === 0 },
    bundle: { revision: "test", sha256: "0".repeat(64) },
    settings: { today: "2026-01-01", config: pick(), waivers: pick() },
    controls,
    articles,
    mode: counts.findings % 3 === 0 ? "module" : "root",
    ...(withBaseline
      ? {
          baseline: {
            file: pick(),
            sha256: "1".repeat(64),
            suppressed: findings.filter((f) => f.baselined).length,
            stale: Array.from({ length: 1 + (counts.findings % 3) }, (_, i) => ({
              control: i === 0 ? pick() : controls[i].id,
              resource: pick(),
              ...(i % 2 === 0 ? { attribute: pick() } : {}),
              ...(i === 1 ? {} : { input: pick() }),
              message: text(pick()),
              fingerprint: "2".repeat(64),
            })),
          },
        }
      : {}),
  };
}


/** A generator of hostile strings: one payload, or a mix of payload pieces and ordinary text. */
export function hostileStrings(seed: number, extra: readonly string[] = []): () => string {
  const random = prng(seed);
  const pool = [...PAYLOADS, ...extra];
  const one = (): string => pool[Math.floor(random() * pool.length)];
  return () => {
    const parts = 1 + Math.floor(random() * 3);
    return Array.from({ length: parts }, () => (random() < 0.2 ? "alicloud_oss_bucket.ok" : one())).join(random() < 0.5 ? "" : "\r");
  };
}

// --- strict consumers ---------------------------------------------------------------------------

export const markdownParser = new MarkdownIt({ html: true, linkify: true });

export type MdToken = ReturnType<InstanceType<typeof MarkdownIt>["parse"]>[number];

/** Every token, inline children included, in document order. */
export function markdownTokens(md: string): MdToken[] {
  return markdownParser.parse(md, {}).flatMap((t) => [t, ...(t.children ?? [])]);
}

/** The zero-width spaces the Markdown escaper puts after "@", ":" and "www" to break mentions and links. */
export const OUR_ZWSP = /(?<=@|:|www)\u200b/gi;

/** The text a reader sees (text and code spans), zero-width spaces the escaper adds removed. */
export function markdownVisibleText(md: string): string {
  return markdownTokens(md)
    .filter((t) => t.type === "text" || t.type === "code_inline")
    .map((t) => t.content)
    .join("\n")
    .replace(OUR_ZWSP, "");
}

/** The rows of each table, as the cells' inline source, keyed by the table's first header cell. */
export function markdownTables(md: string): { head: string[]; rows: string[][] }[] {
  const tokens = markdownParser.parse(md, {});
  const tables: { head: string[]; rows: string[][] }[] = [];
  let current: { head: string[]; rows: string[][] } | undefined;
  let row: string[] | undefined;
  let inHead = false;
  for (const t of tokens) {
    if (t.type === "table_open") tables.push((current = { head: [], rows: [] }));
    else if (t.type === "thead_open") inHead = true;
    else if (t.type === "thead_close") inHead = false;
    else if (t.type === "tr_open") row = [];
    else if (t.type === "tr_close" && current && row) {
      if (inHead) current.head = row;
      else current.rows.push(row);
      row = undefined;
    } else if (t.type === "inline" && row) row.push(t.content);
  }
  return tables;
}

const EXPAT = `
import json, sys, xml.parsers.expat
out = []
for doc in json.load(sys.stdin):
    parser = xml.parsers.expat.ParserCreate()
    try:
        parser.Parse(doc.encode("utf-8", "surrogatepass"), True)
        out.append(None)
    except Exception as e:
        out.append(str(e))
print(json.dumps(out))
`;

/** Python's expat (strict XML 1.0) on each document: null when it parses, else expat's error. */
export function expatErrors(docs: string[]): (string | null)[] {
  const r = spawnSync("python3", ["-c", EXPAT], { input: JSON.stringify(docs), encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as (string | null)[];
}

const HTML_TAGS = `
import json, sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.comments, self.text, self.findings = [], [], [], [], 0
    def handle_starttag(self, tag, attrs):
        self.tags.append(tag); self.attrs.extend(a for a, _ in attrs)
        if tag == "div" and (dict(attrs).get("class") or "").split(" ")[0] == "finding": self.findings += 1
    def handle_comment(self, data): self.comments.append(data)
    def handle_data(self, data): self.text.append(data)
out = []
for doc in json.load(sys.stdin):
    p = P(); p.feed(doc); p.close()
    out.append({"tags": sorted(set(p.tags)), "attrs": sorted(set(p.attrs)), "comments": p.comments, "text": "".join(p.text), "findings": p.findings})
print(json.dumps(out))
`;
import { prng } from "./helpers";
export { prng };

export interface HtmlStructure {
  tags: string[];
  attrs: string[];
  comments: string[];
  text: string;
  /** <div class="finding ...">: one per finding. */
  findings: number;
}

/** Python's HTML parser on each page: the tags, attributes and comments it sees, and its text. */
export function htmlStructure(docs: string[]): HtmlStructure[] {
  const r = spawnSync("python3", ["-c", HTML_TAGS], { input: JSON.stringify(docs), encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as HtmlStructure[];
}

/** Every string in a parsed JSON value, keys included. */
export function jsonStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, out);
  else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      jsonStrings(v, out);
    }
  }
  return out;
}

/** ANSI SGR sequences govguard's own colouring writes. */
// eslint-disable-next-line no-control-regex
export const SGR = /\u001b\[[0-9;]*m/g;
