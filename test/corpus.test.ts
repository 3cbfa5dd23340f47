// The corpus through every engine govguard supports, on the same bundle:
//   wasm in Node      (PolicyEvaluator, as `govguard check` runs it)
//   opa eval          (OPA's Go evaluator on bundle/govguard-rego.tar.gz)
//   conftest test     (conftest on the same Rego, namespace govguard)
// The three must agree finding for finding on every case in every shape (differential), and each
// case's findings for the controls it is about must be exactly those its expected.json names
// (acceptance; the expectations were written from the catalogue, independently of the Rego).
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCatalogue } from "../src/engine";
import { PolicyEvaluator } from "../src/engine/policy";
import { PolicyFinding, PolicyReport } from "../src/model";
import { readBundle } from "../src/engine/bundle";
import { readInputs } from "../src/inputs/discover";
import { readTarGz } from "../src/engine/tar";
import { CorpusCase, expectedFindings, listCases, Shape, shapeInput } from "./corpus/corpus";
import { pairs, regoBundle, sameReport, tempDir, tool } from "./helpers";

interface Run {
  id: string;
  corpusCase: CorpusCase;
  shape: Shape;
  /** What govguard evaluates (a slimmed plan, the document assembled from .tf files). */
  evaluated: Buffer;
  /** What a user would hand to opa eval or conftest: the plan as written; for configuration (.tf,
   * cdk.tf.json), the plan govguard evaluates from it, as `govguard input` prints it. */
  original: Buffer;
  config: Record<string, unknown>;
}

interface ConftestResult {
  filename: string;
  failures?: { msg: string; metadata?: { finding?: PolicyFinding & { title: unknown } } }[];
}

// GOVGUARD_CORPUS_FAMILY=a29_1 limits a run to one control's cases (edge: to one family's cases
// under test/corpus), while working on it.
const family = process.env.GOVGUARD_CORPUS_FAMILY;
const cases = listCases().filter((c) => !family || c.name.startsWith(`${family}/`));
const catalogue = Object.fromEntries(loadCatalogue().controls.map((c) => [c.id, c]));
const runs: Run[] = [];
const wasm = new Map<string, PolicyReport>();
const opaEval = new Map<string, PolicyReport>();
const conftest = new Map<string, ConftestResult>();
let scratch: string;

/** Every run's report from one `opa eval`: each document evaluated `with input as` itself. */
function evaluateAllWithOpa(): void {
  const data = {
    corpus: Object.fromEntries(runs.map((r) => [r.id, { input: JSON.parse(r.original.toString("utf8")) as unknown, config: r.config }])),
  };
  const dataFile = path.join(scratch, "corpus-data.json");
  fs.writeFileSync(dataFile, JSON.stringify(data));
  // One result row per document. (The same `with` inside a comprehension gave wrong reports in
  // opa 1.19, so the iteration is the query's own.)
  const query =
    "some id; run := data.corpus[id]; " +
    "report := data.govguard.report with input as run.input with data.govguard_config as run.config";
  const out = execFileSync(tool("opa"), ["eval", "--format", "json", "--bundle", regoBundle, "--data", dataFile, query], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const rows = (JSON.parse(out) as { result: { bindings: { id: string; report: PolicyReport } }[] }).result;
  for (const { bindings } of rows) opaEval.set(bindings.id, bindings.report);
}

/** Every run through conftest, one invocation per distinct configuration. */
function evaluateAllWithConftest(): void {
  const policyDir = path.join(scratch, "rego-bundle");
  for (const [name, content] of readTarGz(fs.readFileSync(regoBundle))) {
    if (!name.endsWith(".rego")) continue;
    const file = path.join(policyDir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  const groups = new Map<string, Run[]>();
  for (const r of runs) {
    const key = JSON.stringify(r.config);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  let n = 0;
  for (const [config, group] of groups) {
    const dataFile = path.join(scratch, `conftest-config-${n++}.json`);
    fs.writeFileSync(dataFile, JSON.stringify({ govguard_config: JSON.parse(config) as unknown }));
    const files = group.map((r) => {
      const file = path.join(scratch, "inputs", `${r.id}.json`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, r.original);
      return file;
    });
    const args = ["test", "--no-color", "--namespace", "govguard", "--policy", policyDir, "--data", dataFile, "--output", "json", ...files];
    // conftest exits 1 when any input has failures; the JSON on stdout is the result either way.
    let out: string;
    try {
      out = execFileSync(tool("conftest"), args, { encoding: "utf8", maxBuffer: 1 << 30 });
    } catch (e: unknown) {
      const failed = e as { status?: number; stdout?: string; stderr?: string };
      if (failed.status !== 1 || !failed.stdout) throw new Error(`conftest failed: ${failed.stderr ?? String(e)}`);
      out = failed.stdout;
    }
    for (const result of JSON.parse(out) as ConftestResult[]) conftest.set(path.basename(result.filename, ".json"), result);
  }
}

const attributes = readBundle().attributes;

beforeAll(async () => {
  scratch = tempDir("govguard-corpus-");
  for (const c of cases) {
    for (const shape of c.shapes) {
      const input = shapeInput(c, shape, path.join(scratch, "synth", c.name));
      // As the CLI reads it: plans keep only the attributes the bundle's Rego can read by name.
      const docs = await readInputs([input], { attributes });
      expect(docs).toHaveLength(1);
      // Configuration reaches opa eval and conftest as the plan govguard evaluates from it (what
      // `govguard input` prints): neither tool evaluates HCL or Terraform JSON as terraform does.
      const original = shape === "plan" ? fs.readFileSync(input) : docs[0].content;
      runs.push({
        id: `${c.name.replace(/\//g, "~")}~${shape}`,
        corpusCase: c,
        shape,
        evaluated: docs[0].content,
        original,
        config: c.expected.config ?? {},
      });
    }
  }
  for (const r of runs) {
    const evaluator = PolicyEvaluator.load(undefined, { govguard_config: r.config }, { largestInputBytes: r.evaluated.length });
    wasm.set(r.id, evaluator.evaluate(r.evaluated));
  }
  evaluateAllWithOpa();
  evaluateAllWithConftest();
}, 600_000);

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A finding as conftest reports it: with its control's title and remediation. */
function asConftestReports(f: PolicyFinding): object {
  const control = catalogue[f.control];
  return { title: control.title, remediation: control.remediation, ...f };
}

function canonicalSet(values: object[]): string[] {
  const canonical = (v: unknown): string =>
    Array.isArray(v)
      ? `[${v.map(canonical).join(",")}]`
      : typeof v === "object" && v !== null
        ? `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
            .join(",")}}`
        : JSON.stringify(v);
  return values.map(canonical).sort();
}

// Only meaningful over the whole corpus.
(family ? test.skip : test)("the corpus covers every control, compliant and not, in every shape", () => {
  const ids = Object.keys(catalogue);
  const about = (id: string, shape: Shape, failing: boolean): boolean =>
    cases.some(
      (c) =>
        c.shapes.includes(shape) &&
        c.expected.controls.includes(id) &&
        expectedFindings(c, shape).some((f) => f.control === id) === failing,
    );
  const missing = ids.flatMap((id) => [
    ...(about(id, "plan", true) || about(id, "tf", true) ? [] : [`${id} non-compliant`]),
    ...(about(id, "plan", false) || about(id, "tf", false) ? [] : [`${id} compliant`]),
    ...(about(id, "cdktf", true) || about(id, "cdktf", false) ? [] : [`${id} cdktf`]),
  ]);
  expect(missing).toEqual([]);
});

describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test.each(c.shapes)("%s: wasm, opa eval and conftest agree finding for finding", (shape) => {
    const id = runs.find((r) => r.corpusCase === c && r.shape === shape)?.id as string;
    const fromWasm = wasm.get(id) as PolicyReport;
    const fromOpa = opaEval.get(id) as PolicyReport;
    expect(fromOpa).toBeDefined();
    expect(sameReport(fromWasm, fromOpa)).toBe(true);

    const fromConftest = conftest.get(id) as ConftestResult;
    expect(fromConftest).toBeDefined();
    const failures = fromConftest.failures ?? [];
    const conftestFindings = failures.flatMap((f) => (f.metadata?.finding ? [f.metadata.finding] : []));
    expect(canonicalSet(conftestFindings)).toEqual(canonicalSet(fromWasm.findings.map(asConftestReports)));
    // Anything else conftest reports is an input error, which wasm reports too.
    expect(failures.length - conftestFindings.length).toBe(fromWasm.errors.length);
  });

  test.each(c.shapes)("%s: exactly the expected findings of the controls it is about", (shape) => {
    const id = runs.find((r) => r.corpusCase === c && r.shape === shape)?.id as string;
    const report = wasm.get(id) as PolicyReport;
    expect(report.errors).toEqual([]);
    const inScope = report.findings.filter((f) => c.expected.controls.includes(f.control));
    expect(pairs(inScope)).toEqual(pairs(expectedFindings(c, shape)));
    if (c.expected.notes) expect(report.notes.map((n) => n.code).sort()).toEqual([...c.expected.notes].sort());
  });
});
