// One title per control: a control's title is `metadata.title` ({zh, en}), which the catalogue, the
// reports and docs/controls.md show. A `# METADATA` annotation on the control's package would be a
// second title (opa inspect and editors show it) that drifts from the first, so none is allowed.
import * as fs from "node:fs";
import * as path from "node:path";
import { POLICY_DIR } from "./build-policy";
import { repoRoot } from "./tools";

/** Control rule files (controls/<id>/<id>.rego) whose package carries an annotation, relative to `root`. */
export function annotatedControls(root: string = repoRoot): string[] {
  const controls = path.join(root, POLICY_DIR, "controls");
  const found: string[] = [];
  for (const id of fs.readdirSync(controls).sort()) {
    const file = path.join(controls, id, `${id}.rego`);
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, "utf8");
    const packageAt = text.search(/^package /m);
    // Annotations before the package line apply to it; `scope: package` ones anywhere do too.
    if (/^# METADATA\s*$/m.test(text.slice(0, Math.max(packageAt, 0))) || /^#\s*scope:\s*(package|subpackages)\s*$/m.test(text)) {
      found.push(path.relative(root, file));
    }
  }
  return found;
}

/** A generator step with no output: fails npm run gen and gen:check when a control has two titles. */
export function checkControlTitles(): void {
  const annotated = annotatedControls();
  if (annotated.length > 0) {
    throw new Error(
      `a control's title is its metadata.title; remove the # METADATA annotation of its package (a second title) from:\n  ${annotated.join("\n  ")}`,
    );
  }
}
