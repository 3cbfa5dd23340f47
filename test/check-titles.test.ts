// One title per control: npm run gen and gen:check fail when a control's package carries a
// # METADATA annotation (a second title beside metadata.title).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { annotatedControls } from "../scripts/check-titles";

const repo = path.join(__dirname, "..");

function policyTree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "govguard-titles-"));
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, "policies", "govguard", "controls", name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return root;
}

test("no control of the repository has a second title", () => {
  expect(annotatedControls(repo)).toEqual([]);
});

test("a package annotation is found, a plain comment or a rule's annotation is not", () => {
  const root = policyTree({
    "a1_1/a1_1.rego": "# METADATA\n# description: A1.1 a second title.\npackage govguard.controls.a1_1\n",
    "a1_2/a1_2.rego": "# METADATA\n# scope: package\n# title: x\n\npackage govguard.controls.a1_2\n",
    "a1_3/a1_3.rego": "# Why this control reads what it reads.\npackage govguard.controls.a1_3\n\n# METADATA\n# description: a helper\nhelper := 1\n",
    "a1_3/a1_3_test.rego": "# METADATA\n# description: tests\npackage govguard.controls.a1_3_test\n",
  });
  expect(annotatedControls(root)).toEqual(["policies/govguard/controls/a1_1/a1_1.rego", "policies/govguard/controls/a1_2/a1_2.rego"]);
});
