// The policy corpus: realistic stacks and one-control cases, each in up to three input shapes.
//
//   test/corpus/<family>/<case>/
//     main.tf (+ more .tf, modules/, terraform.tfvars)   the .tf shape
//     plan.json                                          its real plan (scripts/plan-fixtures.sh)
//     stack.ts                                           the cdk.tf.json shape: a CDKTF stack
//     expected.json                                      see Expected
//
// A case has main.tf, stack.ts or both. Its expectations were written from the control catalogue
// (../shared/controls.md), not from the Rego, so that a misreading in either shows up.
import * as fs from "node:fs";
import * as path from "node:path";
import { App, TerraformStack } from "cdktf";

export type Shape = "plan" | "tf" | "cdktf";

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
  /** "<family>/<case>" */
  name: string;
  dir: string;
  expected: Expected;
  shapes: Shape[];
}

export const corpusRoot = path.resolve(__dirname);

export function listCases(root: string = corpusRoot): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const family of fs.readdirSync(root).sort()) {
    const familyDir = path.join(root, family);
    if (!fs.statSync(familyDir).isDirectory()) continue;
    for (const name of fs.readdirSync(familyDir).sort()) {
      const dir = path.join(familyDir, name);
      const expectedFile = path.join(dir, "expected.json");
      if (!fs.existsSync(expectedFile)) continue;
      const shapes: Shape[] = [];
      if (fs.existsSync(path.join(dir, "main.tf"))) shapes.push("tf", "plan");
      if (fs.existsSync(path.join(dir, "stack.ts"))) shapes.push("cdktf");
      cases.push({
        name: `${family}/${name}`,
        dir,
        expected: JSON.parse(fs.readFileSync(expectedFile, "utf8")) as Expected,
        shapes,
      });
    }
  }
  return cases;
}

export function expectedFindings(c: CorpusCase, shape: Shape): ExpectedFinding[] {
  return c.expected.findings_by_shape?.[shape] ?? c.expected.findings;
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
