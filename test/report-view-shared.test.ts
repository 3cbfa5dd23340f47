// A renderer holds the view of every finding beside the result's own (src/report/view.ts): what
// many findings share (the file they came from, where they point, their control's remediation) is
// one view for all of them, not one each. 1,367,798 findings of a 1,000,000-resource legacy estate
// took every format but JSON past 2 GiB.
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
  expect(view.findings[4999].remediation).not.toBe(view.findings[4998].remediation);
  const text = renderText(resultOf(own), { lang: "en" });
  expect(text).toContain("fix 4999");
  expect(text).toContain("plans/__proto__.json:5000");
  const sarif = JSON.parse(renderSarif(resultOf(own), "0.1.0", "en")) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  expect(sarif.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri).slice(0, 2)).toEqual(["plans/a.json", "plans/__proto__.json"]);
});
