// Where the policy corpus lives and how a case folder reads, for the completeness check
// (scripts/check-controls.ts), the scaffold (scripts/new-control.ts) and the tests
// (test/corpus/corpus.ts re-exports this and adds how to synthesize a stack.ts).
//
//   policies/govguard/controls/<control>/cases/<case>/   a control's own cases, in its folder
//   test/corpus/<family>/<case>/                          cases about several controls at once
//     main.tf (+ more .tf, modules/, terraform.tfvars)   the .tf shape
//     plan.json                                          its real plan (scripts/plan-fixtures.sh)
//     stack.ts                                           the cdk.tf.json shape: a CDKTF stack
//     expected.json                                      see Expected
import * as fs from "node:fs";
import * as path from "node:path";

export type Shape = "plan" | "tf" | "cdktf";

export const SHAPES: readonly Shape[] = ["plan", "tf", "cdktf"];

export interface ExpectedFinding {
  control: string;
  /** The resource address as the shape gives it; provider configurations by their key
   * ("alicloud", "alicloud.dr", "module.app:alicloud"), the stack as a whole as "(stack)". */
  resource: string;
}

export interface Expected {
  description: string;
  /** The controls this case is about: their findings must be exactly `findings`. Findings of
   * other controls are not asserted here (the differential test still compares them). */
  controls: string[];
  findings: ExpectedFinding[];
  /** Where a shape addresses resources differently (count and for_each instances exist only
   * in a plan), its findings instead of `findings`. */
  findings_by_shape?: Partial<Record<Shape, ExpectedFinding[]>>;
  /** Codes of the notes the report must carry, when the case is about one. */
  notes?: string[];
  /** Control parameters, as govguard.yaml would give them (data.govguard_config). */
  config?: Record<string, unknown>;
}

export interface CorpusCase {
  /** "<control>/<case>" for a control's own case (a21_2/encrypted), "<family>/<case>" for one
   * under test/corpus (data/stack). */
  name: string;
  dir: string;
  expected: Expected;
  shapes: Shape[];
}

/** The folder of a control's own cases, inside the control's folder. Test input, never policy:
 * the bundles, opa test and the lint leave it out (scripts/build-policy.ts, test-policies.sh). */
export const CASES_DIR = "cases";

/** policies/govguard/controls under a repository root. */
export function controlsDir(root: string): string {
  return path.join(root, "policies", "govguard", "controls");
}

/** test/corpus under a repository root. */
export function sharedCorpusDir(root: string): string {
  return path.join(root, "test", "corpus");
}

/** A case's shapes, from the files it holds: main.tf gives .tf and its plan, stack.ts CDKTF. */
export function caseShapes(dir: string): Shape[] {
  const shapes: Shape[] = [];
  if (fs.existsSync(path.join(dir, "main.tf"))) shapes.push("tf", "plan");
  if (fs.existsSync(path.join(dir, "stack.ts"))) shapes.push("cdktf");
  return shapes;
}

/** The cases in dir (each a folder holding an expected.json), named "<group>/<case>". */
export function casesIn(group: string, dir: string): CorpusCase[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return [];
  const cases: CorpusCase[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const caseDir = path.join(dir, name);
    const expectedFile = path.join(caseDir, "expected.json");
    if (!fs.existsSync(expectedFile)) continue;
    cases.push({
      name: `${group}/${name}`,
      dir: caseDir,
      expected: JSON.parse(fs.readFileSync(expectedFile, "utf8")) as Expected,
      shapes: caseShapes(caseDir),
    });
  }
  return cases;
}

/** The folders directly under root, sorted. */
export function folders(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .sort()
    .filter((name) => fs.statSync(path.join(root, name)).isDirectory());
}

/** One control's own cases (control: its folder name, e.g. "a21_2"). */
export function controlCases(root: string, control: string): CorpusCase[] {
  return casesIn(control, path.join(controlsDir(root), control, CASES_DIR));
}

/** Cases laid out as test/corpus is: <dir>/<family>/<case>/. */
export function familyCases(dir: string): CorpusCase[] {
  return folders(dir).flatMap((family) => casesIn(family, path.join(dir, family)));
}

/** Every case of the repository: the controls' own cases, then those under test/corpus. */
export function allCases(root: string): CorpusCase[] {
  return [...folders(controlsDir(root)).flatMap((control) => controlCases(root, control)), ...familyCases(sharedCorpusDir(root))];
}

export function expectedFindings(c: CorpusCase, shape: Shape): ExpectedFinding[] {
  return c.expected.findings_by_shape?.[shape] ?? c.expected.findings;
}
