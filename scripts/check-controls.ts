// Completeness of every control folder, for `npm run gen:check` (as gatekeeper-library's generator
// refuses a policy without samples). A control folder policies/govguard/controls/<id>/ must hold:
//   - the rule, whose metadata has its ID (matching the folder) and non-empty Chinese and English
//     title, requirement, remediation and decisions, none of them a placeholder;
//   - opa tests: a <id>_test.rego in package govguard.controls.<id>_test with a test_ rule;
//   - corpus cases (cases/<case>/) about the control, in every shape it applies to (plan JSON, .tf,
//     CDKTF stack; all three unless metadata.shapes names fewer): one where the control finds
//     something and one where it finds nothing, in each shape.
// Only the control's own cases count: a realistic stack under test/corpus does not make a control
// complete. Whether the cases and tests pass is the corpus tests' and opa test's job.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { CASES_DIR, caseShapes, controlsDir, Expected, expectedFindings, folders, Shape, SHAPES } from "./corpus-cases";
import { repoRoot, toolPath } from "./tools";

/** What the scaffold (scripts/new-control.ts) writes where a person must write something. */
export const PLACEHOLDER = "TODO(new-control)";

const TEXT_FIELDS = ["title", "requirement", "remediation"] as const;

/** Each control folder's metadata, as OPA computes it from the sources (undefined: none). */
function metadataByFolder(root: string): Map<string, Record<string, unknown>> {
  const query = "{name: m | some name; m := data.govguard.controls[name].metadata}";
  const out = execFileSync(
    toolPath("opa"),
    ["eval", "--format", "json", "--data", path.join("policies", "govguard"), "--ignore", "*_test.rego", "--ignore", CASES_DIR, query],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 },
  );
  const value = (JSON.parse(out) as { result?: { expressions: { value: Record<string, Record<string, unknown>> }[] }[] }).result?.[0]?.expressions[0]?.value ?? {};
  return new Map(Object.entries(value));
}

/** The control ID a folder name stands for: a21_2 -> A21.2. */
export function folderId(folder: string): string {
  return folder.toUpperCase().replace("_", ".");
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Problems with one bilingual text ({zh, en}), named by where it is. */
function textProblems(where: string, text: unknown): string[] {
  if (!isObject(text)) return [`${where} is not a {zh, en} text`];
  const problems: string[] = [];
  const zh = text.zh;
  const en = text.en;
  if (typeof zh !== "string" || zh.trim() === "") problems.push(`${where}.zh is empty`);
  else if (zh.includes(PLACEHOLDER)) problems.push(`${where}.zh is still the scaffold's placeholder`);
  else if (!/[\u4e00-\u9fff]/.test(zh)) problems.push(`${where}.zh has no Chinese`);
  if (typeof en !== "string" || en.trim() === "") problems.push(`${where}.en is empty`);
  else if (en.includes(PLACEHOLDER)) problems.push(`${where}.en is still the scaffold's placeholder`);
  else if (!/[A-Za-z]/.test(en)) problems.push(`${where}.en has no English`);
  return problems;
}

function metadataProblems(folder: string, metadata: Record<string, unknown> | undefined): string[] {
  if (metadata === undefined) return [`${folder}.rego defines no metadata in package govguard.controls.${folder}`];
  const problems: string[] = [];
  if (metadata.id !== folderId(folder)) problems.push(`metadata.id is ${JSON.stringify(metadata.id)}, not ${folderId(folder)} as the folder's name says`);
  for (const field of TEXT_FIELDS) problems.push(...textProblems(`metadata.${field}`, metadata[field]));
  const decisions = metadata.decisions;
  if (!Array.isArray(decisions) || decisions.length === 0) problems.push("metadata.decisions is empty");
  else decisions.forEach((d, i) => problems.push(...textProblems(`metadata.decisions[${i}]`, d)));
  const shapes = metadata.shapes;
  if (shapes !== undefined) {
    const valid = Array.isArray(shapes) && shapes.length > 0 && shapes.every((s) => SHAPES.includes(s as Shape)) && new Set(shapes).size === shapes.length;
    if (!valid) problems.push(`metadata.shapes must list some of ${SHAPES.join(", ")}, each once`);
  }
  return problems;
}

/** The shapes a control applies to: metadata.shapes, or all three. */
export function controlShapes(metadata: Record<string, unknown> | undefined): Shape[] {
  const shapes = metadata?.shapes;
  return Array.isArray(shapes) ? SHAPES.filter((s) => shapes.includes(s)) : [...SHAPES];
}

function testProblems(dir: string, folder: string): string[] {
  const tests = fs.readdirSync(dir).filter((f) => f.endsWith("_test.rego"));
  const pkg = new RegExp(`^package govguard\\.controls\\.${folder}_test$`, "m");
  const has = tests.some((f) => {
    const text = fs.readFileSync(path.join(dir, f), "utf8");
    return pkg.test(text) && /^test_\w+/m.test(text);
  });
  return has ? [] : [`no opa tests (a ${folder}_test.rego in package govguard.controls.${folder}_test with a test_ rule)`];
}

interface ReadCase {
  name: string;
  expected: Expected;
  shapes: Shape[];
}

function caseProblems(root: string, folder: string, id: string): { problems: string[]; cases: ReadCase[] } {
  const casesDir = path.join(controlsDir(root), folder, CASES_DIR);
  const problems: string[] = [];
  const cases: ReadCase[] = [];
  for (const name of folders(casesDir)) {
    const dir = path.join(casesDir, name);
    const where = `case ${CASES_DIR}/${name}`;
    let expected: Expected;
    try {
      expected = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")) as Expected;
    } catch (e: unknown) {
      problems.push(`${where} has no readable expected.json (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`);
      continue;
    }
    if (!isObject(expected) || !Array.isArray(expected.controls) || !Array.isArray(expected.findings)) {
      problems.push(`${where}: expected.json needs description, controls and findings`);
      continue;
    }
    if (typeof expected.description !== "string" || expected.description.trim() === "" || expected.description.includes(PLACEHOLDER)) {
      problems.push(`${where}: expected.json's description is empty or still the scaffold's placeholder`);
    }
    if (!expected.controls.includes(id)) problems.push(`${where} is not about ${id} (expected.json's controls)`);
    const shapes = caseShapes(dir);
    if (shapes.length === 0) problems.push(`${where} has no input (main.tf or stack.ts)`);
    if (shapes.includes("tf") && !fs.existsSync(path.join(dir, "plan.json"))) problems.push(`${where} has main.tf but no plan.json (scripts/plan-fixtures.sh)`);
    cases.push({ name, expected, shapes });
  }
  return { problems, cases };
}

function coverageProblems(id: string, shapes: Shape[], cases: ReadCase[]): string[] {
  const problems: string[] = [];
  for (const shape of shapes) {
    for (const failing of [true, false]) {
      const found = cases.some(
        (c) =>
          c.shapes.includes(shape) &&
          c.expected.controls.includes(id) &&
          expectedFindings({ ...c, dir: "" }, shape).some((f) => f.control === id) === failing,
      );
      if (!found) problems.push(`no ${failing ? "non-compliant" : "compliant"} case in the ${shape} shape (${CASES_DIR}/<case>/${shape === "cdktf" ? "stack.ts" : shape === "tf" ? "main.tf" : "main.tf + plan.json"})`);
    }
  }
  return problems;
}

/** Every completeness problem of every control folder under root, one line each, naming the control. */
export function controlProblems(root: string = repoRoot): string[] {
  const metadata = metadataByFolder(root);
  const out: string[] = [];
  for (const folder of folders(controlsDir(root))) {
    const dir = path.join(controlsDir(root), folder);
    const meta = metadata.get(folder);
    const id = typeof meta?.id === "string" ? meta.id : folderId(folder);
    const { problems: ofCases, cases } = caseProblems(root, folder, id);
    const problems = [...metadataProblems(folder, meta), ...testProblems(dir, folder), ...ofCases, ...coverageProblems(id, controlShapes(meta), cases)];
    const rel = path.relative(root, dir);
    out.push(...problems.map((p) => `${id} (${rel}): ${p}`));
  }
  return out;
}

/** For gen:check: prints what is missing; true when every control is complete. */
export function reportControlCompleteness(root: string = repoRoot): boolean {
  const problems = controlProblems(root);
  if (problems.length > 0) {
    console.error(`controls are incomplete (a control folder holds its metadata in both languages, its opa tests and compliant and non-compliant cases in every shape it applies to):\n  ${problems.join("\n  ")}`);
    return false;
  }
  return true;
}
