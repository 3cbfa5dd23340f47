// The policy corpus: realistic stacks and one-control cases, each in up to three input shapes.
//
//   policies/govguard/controls/<control>/cases/<case>/   a control's own cases, in its folder
//   test/corpus/<family>/<case>/                          cases about several controls at once:
//                                                         each family's realistic stack, and
//                                                         data/elasticsearch-cdktf
//     main.tf (+ more .tf, modules/, terraform.tfvars)   the .tf shape
//     plan.json                                          its real plan (scripts/plan-fixtures.sh)
//     stack.ts                                           the cdk.tf.json shape: a CDKTF stack
//     expected.json                                      see Expected (scripts/corpus-cases.ts)
//
// A case lives in the folder of the control its name starts with, even when it also asserts a
// neighbour's findings (a19_1 cases list A19.2 too); only a case named for no single control stays
// under test/corpus. A case has main.tf, stack.ts or both. Its expectations were written from the
// control catalogue (the specification of each control), not from the Rego, so that a misreading
// in either shows up.
import * as fs from "node:fs";
import * as path from "node:path";
import { App, TerraformStack } from "cdktf";
import { allCases, controlCases as casesOfControl, CorpusCase, familyCases, Shape } from "../../scripts/corpus-cases";

export { CASES_DIR, expectedFindings } from "../../scripts/corpus-cases";
export type { CorpusCase, Expected, ExpectedFinding, Shape } from "../../scripts/corpus-cases";

const repoRoot = path.resolve(__dirname, "..", "..");

/** test/corpus: the cases about several controls, by family. */
export const corpusRoot = path.resolve(__dirname);
/** policies/govguard/controls: each control's own cases, in <control>/cases/. */
export const controlsRoot = path.join(repoRoot, "policies", "govguard", "controls");

/** One control's own cases (control: its folder name, e.g. "a21_2"). */
export function controlCases(control: string): CorpusCase[] {
  return casesOfControl(repoRoot, control);
}

/** Every case: the controls' own cases, then those under test/corpus. With a root, only that
 * tree's cases, laid out as test/corpus is (<root>/<family>/<case>/). */
export function listCases(root?: string): CorpusCase[] {
  return root === undefined ? allCases(repoRoot) : familyCases(root);
}

/** A stack.ts module: its default export builds the stack's resources, provider included. */
type BuildStack = (stack: TerraformStack) => void;

/** Synthesizes the case's stack.ts with CDKTF into outDir; returns the path of its cdk.tf.json. */
export function synthesizeCase(c: CorpusCase, outDir: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(path.join(c.dir, "stack.ts")) as { default: BuildStack };
  fs.mkdirSync(outDir, { recursive: true });
  const app = new App({ outdir: outDir });
  const stack = new TerraformStack(app, "corpus");
  module.default(stack);
  app.synth();
  return path.join(outDir, "stacks", "corpus", "cdk.tf.json");
}

/** The input file or folder govguard reads for a shape. */
export function shapeInput(c: CorpusCase, shape: Shape, synthOut: string): string {
  if (shape === "plan") return path.join(c.dir, "plan.json");
  if (shape === "tf") return c.dir;
  return synthesizeCase(c, synthOut);
}
