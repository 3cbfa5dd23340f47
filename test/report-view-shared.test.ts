// A renderer reads a view of every finding (src/report/view.ts): each view is made when it is read
// and dropped after, and what many findings share (the file they came from, where they point, their
// control's remediation) is one view for all of them. 1,367,798 findings of a 1,000,000-resource
// legacy estate took every format but JSON past 2 GiB.
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { ControlMetadata, Finding, CheckResult, Text } from "../src/model";
import { reportView } from "../src/report/view";
import { renderSarif } from "../src/report/sarif";
import { renderText } from "../src/report/text";

const remediation: Text = { zh: "修复", en: "fix" };

function finding(i: number, own?: Text): Finding {
  return {
    control: "A22.1",
    article: 22,
    severity: "high",
    title: { zh: "标题", en: "title" },
    resource: `alicloud_oss_bucket.b${i}`,
    file: i % 2 === 0 ? "plans/a.json" : "plans/__proto__.json",
    message: { zh: `第 ${i} 条`, en: `number ${i}` },
    remediation: own ?? remediation,
    failing: true,
    location: { file: i % 2 === 0 ? "plans/a.json" : "plans/__proto__.json", line: i + 1 },
  };
}

function resultOf(findings: Finding[]): CheckResult {
  const control = { id: "A22.1", article: 22, articles: [22], severity: "high", title: { zh: "标题", en: "title" }, requirement: remediation, remediation, decisions: [], resources: [] } as ControlMetadata;
  return {
    mode: "root",
    findings,
    waivers: [],
    inputs: [],
    notes: [],
    summary: { inputs: 2, findings: findings.length, by_severity: { critical: 0, high: findings.length, medium: 0, low: 0 }, waived: 0, failing: findings.length, fail_on: "low", passed: false },
    bundle: { revision: "r", sha256: "s" },
    settings: { today: "2026-12-05" },
    digests: [],
    controls: [control],
    articles: [],
  };
}

test("findings of one file and one control's remediation share their views", () => {
  // The fourth's remediation is its control's, read from a worker's copy of the catalogue.
  const view = reportView(resultOf(Array.from({ length: 6 }, (_, i) => finding(i, i === 3 ? { ...remediation } : undefined))));
  const [a, b, c, d] = view.findings;
  expect(d.remediation).toBe(a.remediation);
  expect(a.file).toBe(c.file);
  expect(a.location.file).toBe(c.location.file);
  expect(a.file).not.toBe(b.file); // another file, another view
  expect(a.remediation).toBe(b.remediation);
  expect(a.resource).not.toBe(c.resource);
  expect(a.message).not.toBe(c.message);
});

test("a remediation written for each finding is a view of its own, and the reports read the same", () => {
  const own = Array.from({ length: 5000 }, (_, i) => finding(i, { zh: `修复 ${i}`, en: `fix ${i}` }));
  const view = reportView(resultOf(own));
  expect(view.findings.at(4999).remediation).not.toBe(view.findings.at(4998).remediation);
  const text = renderText(resultOf(own), { lang: "en" });
  expect(text).toContain("fix 4999");
  expect(text).toContain("plans/__proto__.json:5000");
  const sarif = JSON.parse(renderSarif(resultOf(own), "0.1.0", "en")) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  expect(sarif.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri).slice(0, 2)).toEqual(["plans/a.json", "plans/__proto__.json"]);
});

test("no format holds the views of all findings while it renders them", () => {
  // In a fresh Node, so that nothing else this process does moves the measure.
  const dist = (module: string): string => JSON.stringify(path.join(__dirname, "..", "dist", "src", "report", `${module}.js`));
  const script = `
    const v8 = require("node:v8");
    const vm = require("node:vm");
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc");
    const used = () => (gc(), process.memoryUsage().heapUsed);
    const formats = {
      sarif: (r) => require(${dist("sarif")}).sarifChunks(r, "0.1.0", "en"),
      text: (r) => require(${dist("text")}).textChunks(r, { lang: "en" }),
      markdown: (r) => require(${dist("markdown")}).markdownChunks(r, "en"),
      junit: (r) => require(${dist("junit")}).junitChunks(r, "en"),
      html: (r) => require(${dist("html")}).htmlChunks(r, "0.1.0", "en"),
    };
    const result = ${JSON.stringify(resultOf([]))};
    const n = 100000;
    // Half of them failing, a tenth waived, as an estate's first day has them.
    result.findings = Array.from({ length: n }, (_, i) => ({
      control: "A22.1", article: 22, severity: "high", title: { zh: "标题", en: "title" },
      resource: "alicloud_oss_bucket.b" + i, file: "plans/a.json", message: { zh: "第 " + i + " 条", en: "number " + i },
      remediation: result.controls[0].remediation, failing: i % 2 === 0, location: { file: "plans/a.json", line: i + 1 },
      ...(i % 10 === 1 ? { waiver: { index: 0, reason: "r", owner: "o", expires: "2027-01-01", status: "active" } } : {}),
    }));
    const held = {};
    for (const [name, chunks] of Object.entries(formats)) {
      let total = 0;
      for (const _ of chunks(result)) total++; // the modules loaded, and what a first render makes once
      const before = used();
      let most = 0;
      let k = 0;
      // Ten measures, spread over the render.
      for (const _ of chunks(result)) if (++k % Math.ceil(total / 10) === 0) most = Math.max(most, used() - before);
      held[name] = Math.round(most / n);
    }
    process.stdout.write(JSON.stringify(held));
  `;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  expect([r.status, r.stderr]).toEqual([0, ""]);
  const held = JSON.parse(r.stdout) as Record<string, number>;
  // A view held for each finding is over 150 bytes; the positions of chosen findings 8 at most each.
  expect(Object.keys(held)).toHaveLength(5);
  expect(Object.entries(held).filter(([, bytes]) => bytes >= 40)).toEqual([]);
});
