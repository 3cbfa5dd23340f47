// `govguard rules`, `explain` and `matrix`, and docs/controls.md: all read the metadata from the
// built wasm bundle, and must agree with what OPA itself computes from the Rego sources.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { compareControlIds, loadCatalogue } from "../src/engine";
import { renderControlsMarkdown } from "../src/docs/controls-markdown";
import { ControlMetadata, MatrixEntry, ParameterDoc } from "../src/model";
import { regoBundle, repo, runCli, tool } from "./helpers";

function opaEval<T>(query: string): T {
  const out = execFileSync(tool("opa"), ["eval", "--format", "json", "--bundle", regoBundle, query], { encoding: "utf8" });
  return (JSON.parse(out) as { result: { expressions: { value: T }[] }[] }).result[0].expressions[0].value;
}

const catalogue = loadCatalogue();

describe("catalogue and matrix from the wasm bundle", () => {
  test("are what opa eval computes from the Rego bundle", () => {
    const byId = opaEval<Record<string, ControlMetadata>>("data.govguard.catalogue");
    expect(Object.fromEntries(catalogue.controls.map((c) => [c.id, c]))).toEqual(byId);
    expect(catalogue.articles).toEqual(opaEval<MatrixEntry[]>("data.govguard.about.articles"));
    const parameters = opaEval<ParameterDoc[]>("data.govguard.about.parameters");
    expect(catalogue.parameters).toEqual([...parameters].sort((a, b) => a.key.localeCompare(b.key)));
    expect(catalogue.parameters.find((p) => p.key === "logs.min_retention_days")?.default).toBe(365);
  });

  test("list every control of the specification, in article order, with its articles and severity", () => {
    // The specification's control table, checked in (test/fixtures/specification-controls.json says
    // how it was taken): the test reads nothing outside the repository and always runs.
    const spec = JSON.parse(fs.readFileSync(path.join(repo, "test", "fixtures", "specification-controls.json"), "utf8")) as {
      controls: { id: string; articles: number[]; severity: string }[];
    };
    expect(spec.controls).toHaveLength(44);
    // A18.1 (the change can be verified before launch) is govguard's own: it judges what the reader
    // could not establish, which the specification's per-resource table has no row for.
    const ownControls = ["A18.1"];
    expect(catalogue.controls.map((c) => c.id).sort(compareControlIds)).toEqual([...new Set([...spec.controls.map((c) => c.id), ...ownControls])].sort(compareControlIds));
    const byId = new Map(catalogue.controls.map((c) => [c.id, c]));
    for (const row of spec.controls) {
      const control = byId.get(row.id);
      expect([row.id, control?.article, [...(control?.articles ?? [])].sort((a, b) => a - b), control?.severity]).toEqual([row.id, row.articles[0], [...row.articles].sort((a, b) => a - b), row.severity]);
    }
    expect(catalogue.controls.map((c) => c.id).slice(0, 3)).toEqual(["A5.1", "A12.1", "A17.1"]);
    expect(catalogue.controls).toHaveLength(45);
  });

  test("cover all 44 articles, every control under its articles", () => {
    expect(catalogue.articles.map((a) => a.article)).toEqual(Array.from({ length: 44 }, (_, i) => i + 1));
    for (const c of catalogue.controls) {
      for (const a of c.articles) expect(catalogue.articles[a - 1].controls).toContain(c.id);
    }
    const automated = catalogue.articles.filter((a) => a.status === "automated").map((a) => a.article);
    expect(automated).toEqual([...new Set(catalogue.controls.flatMap((c) => c.articles))].sort((a, b) => a - b));
  });
});

describe("govguard rules", () => {
  test("lists every control with article, severity and both titles", () => {
    const r = runCli(["rules"]);
    expect(r.status).toBe(0);
    for (const c of catalogue.controls) {
      expect(r.stdout).toMatch(new RegExp(`^${c.id.replace(".", "\\.")} +第${c.article}条 +\\S+ ${c.severity} +${c.title.zh}$`, "m"));
      expect(r.stdout).toContain(c.title.en);
    }
    expect(r.stdout).toContain("45 controls covering 18 articles");
  });

  test("--format json gives the catalogue in order", () => {
    const r = runCli(["rules", "--format", "json"]);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as ControlMetadata[]).map((c) => c.id)).toEqual(catalogue.controls.map((c) => c.id));
  });
});

describe("govguard explain", () => {
  test("prints one control in full, in both languages", () => {
    const r = runCli(["explain", "A20.1"]);
    expect(r.status).toBe(0);
    const a201 = catalogue.controls.find((c) => c.id === "A20.1") as ControlMetadata;
    for (const text of [a201.title, a201.requirement, a201.remediation, ...a201.decisions]) {
      expect(r.stdout).toContain(text.zh);
      expect(r.stdout).toContain(text.en);
    }
    expect(r.stdout).toContain("第20条 / Article 20 — 日志留存不少于一年并备份 / Logs kept at least a year and backed up");
    expect(r.stdout).toContain("严重性 Severity: 高 / high");
    expect(r.stdout).toContain("alicloud_log_store");
    // The part of article 20 no control decides is left to the reviewer, and said so.
    expect(r.stdout).toContain("Are the operating logs of firewalls, hosts and other devices also kept for a year or more?");
  });

  test("accepts the ID in any case and names every article a control covers", () => {
    const r = runCli(["explain", "a28.2"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^A28\.2 /);
    expect(r.stdout).toContain("亦涉及 Also: 第23条 / Article 23");
  });

  test("--format json adds the matrix entries of its articles", () => {
    const r = runCli(["explain", "A28.2", "--format", "json"]);
    const parsed = JSON.parse(r.stdout) as ControlMetadata & { matrix: MatrixEntry[] };
    expect(parsed.id).toBe("A28.2");
    expect(parsed.matrix.map((m) => m.article)).toEqual([23, 28]);
  });

  test("an unknown ID is a usage error that points at its article's controls", () => {
    const r = runCli(["explain", "A20.99"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("no control A20.99 (see A20.1, A20.2");
    expect(runCli(["explain"]).status).toBe(2);
    expect(runCli(["explain", "A20.1", "A20.2"]).status).toBe(2);
  });
});

describe("govguard matrix", () => {
  test("marks each article automated, manual or not applicable, with its controls, question or reason", () => {
    const r = runCli(["matrix"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("第23条 Art. 23  [自动检查 automated]  A23.1, A23.2, A28.2");
    expect(r.stdout).toContain("第33条 Art. 33  [人工审核 manual]");
    expect(r.stdout).toContain("Are mail auto-forward and automatic attachment download disabled?");
    expect(r.stdout).toContain("第44条 Art. 44  [不适用 not applicable]");
    expect(r.stdout).toContain("44 articles: 18 automated, 18 manual, 8 not applicable");
  });
});

describe("docs/controls.md", () => {
  const doc = fs.readFileSync(path.join(repo, "docs", "controls.md"), "utf8");

  test("is what the generator renders from the bundle (npm run gen:check also fails CI when stale)", () => {
    expect(doc).toBe(renderControlsMarkdown(catalogue));
  });

  test("has a row for every control and every article, and a section per control", () => {
    for (const c of catalogue.controls) {
      expect(doc).toContain(`| [${c.id}](#${c.id.toLowerCase().replace(".", "")}) | ${c.articles.join(", ")} |`);
      expect(doc).toContain(`\n### ${c.id}\n`);
    }
    for (const a of catalogue.articles) expect(doc).toMatch(new RegExp(`^\\| ${a.article} \\| `, "m"));
    for (const p of catalogue.parameters) expect(doc).toContain(`| \`${p.key}\` | \`${JSON.stringify(p.default)}\` |`);
  });

  test("escapes table separators inside cells", () => {
    const md = renderControlsMarkdown({
      ...catalogue,
      controls: [{ ...catalogue.controls[0], title: { zh: "甲|乙", en: "a|b" } }],
    });
    expect(md).toContain("甲\\|乙<br>a\\|b");
  });
});
