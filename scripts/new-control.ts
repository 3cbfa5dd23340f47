// Scaffolds a control folder, as Regal's `new rule` and InfraGuard's `policy new` do:
//   npm run new-control -- A31.1
// writes policies/govguard/controls/a31_1/ with
//   a31_1.rego        the rule: metadata (id and article filled in, every text a bilingual
//                     placeholder) and a violations skeleton
//   a31_1_test.rego   opa tests that fail until the rule is written
//   cases/compliant/, cases/non-compliant/   corpus case skeletons: main.tf (its plan.json comes
//                     from scripts/plan-fixtures.sh), stack.ts (CDKTF) and expected.json
// then regenerates the bundles and docs (scripts/generate.ts). Until every placeholder is filled
// in, `npm run gen:check` (scripts/check-controls.ts) and `opa test` fail: that is the point.
// A malformed or existing ID, or an article the regulation does not have: exit 2, one line.
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PLACEHOLDER } from "./check-controls";
import { CASES_DIR, controlsDir } from "./corpus-cases";
import { repoRoot, toolPath } from "./tools";

class Refusal extends Error {}

const ID = /^A([1-9]\d{0,2})\.([1-9]\d{0,2})$/;

/** The regulation's article numbers, from the compliance matrix (govguard/about). */
function regulationArticles(root: string): number[] {
  const out = execFileSync(
    toolPath("opa"),
    ["eval", "--format", "json", "--data", path.join("policies", "govguard"), "--ignore", "*_test.rego", "--ignore", CASES_DIR, "[a | some a, _ in data.govguard.about.base]"],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 },
  );
  return (JSON.parse(out) as { result: { expressions: { value: number[] }[] }[] }).result[0].expressions[0].value;
}

/** The IDs of the existing controls, from their metadata. */
function existingIds(root: string): string[] {
  const out = execFileSync(
    toolPath("opa"),
    ["eval", "--format", "json", "--data", path.join("policies", "govguard"), "--ignore", "*_test.rego", "--ignore", CASES_DIR, "[m.id | some name; m := data.govguard.controls[name].metadata]"],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 },
  );
  return (JSON.parse(out) as { result: { expressions: { value: string[] }[] }[] }).result[0].expressions[0].value;
}

export interface NewControl {
  id: string;
  article: number;
  /** The folder and package name: a31_1. */
  folder: string;
}

/** The control an argument names, or a Refusal saying why not. */
export function parseControlId(arg: string | undefined, root: string = repoRoot): NewControl {
  if (arg === undefined || arg === "") throw new Refusal("usage: npm run new-control -- A<article>.<n> / 用法：npm run new-control -- A<条>.<序号>");
  const m = ID.exec(arg);
  if (!m) throw new Refusal(`${JSON.stringify(arg)} is not a control ID such as A31.1 / 不是形如 A31.1 的控制项编号`);
  const article = Number(m[1]);
  const folder = `a${m[1]}_${m[2]}`;
  const articles = regulationArticles(root);
  if (!articles.includes(article)) {
    throw new Refusal(`${arg}: the regulation has no article ${article} (articles ${Math.min(...articles)}-${Math.max(...articles)}) / 规定中没有第${article}条`);
  }
  const dir = path.join(controlsDir(root), folder);
  if (fs.existsSync(dir) || existingIds(root).includes(arg)) {
    throw new Refusal(`${arg} already exists (${path.relative(root, dir)}) / 控制项 ${arg} 已存在`);
  }
  return { id: arg, article, folder };
}

function rule(c: NewControl): string {
  const todo = (zh: string, en: string): string => `{"zh": "${PLACEHOLDER} ${zh}", "en": "${PLACEHOLDER} ${en}"}`;
  return `# ${c.id}: ${PLACEHOLDER} one line on what the control checks and why. Its title and
# requirement are the metadata below, written once, in Chinese and English; npm run gen:check
# refuses the control while any text is a placeholder or a case or test is missing.
package govguard.controls.${c.folder}

import data.govguard.lib.fields
import data.govguard.lib.resources

metadata := {
\t"id": "${c.id}",
\t"article": ${c.article},
\t"articles": [${c.article}],
\t"severity": "medium",
\t"title": ${todo("标题", "title")},
\t"requirement": ${todo("要求：什么样的配置算合规", "requirement: what compliant configuration looks like")},
\t"remediation": ${todo("如何修复", "how to fix it")},
\t"decisions": [${todo("规定未明说之处如何判断", "how a case the regulation leaves open is decided")}],
\t# The resource types the control reads (provider/resources.txt is generated from them).
\t"resources": [],
\t# The attributes whose values decide the verdict: {"type": ..., "attribute": ...}.
\t"deciding": [],
}

# ${PLACEHOLDER}: one violation per resource that breaks the requirement, read only through lib
# (resources.of_type, fields.get) as the other controls do. A value that cannot be known before
# apply is a violation ("cannot be verified"), never a pass.
violations contains {
\t"resource": resource.address,
\t"attribute": "${PLACEHOLDER}",
\t"message": {
\t\t"zh": concat("", [fields.describe("${PLACEHOLDER}", source).zh, "；${PLACEHOLDER}"]),
\t\t"en": concat("", [fields.describe("${PLACEHOLDER}", source).en, "; ${PLACEHOLDER}"]),
\t},
} if {
\tsome resource in resources.of_type("alicloud_${c.folder}_placeholder")
\tsource := fields.get(resource, "${PLACEHOLDER}")
}
`;
}

function ruleTest(c: NewControl): string {
  return `package govguard.controls.${c.folder}_test

import data.govguard.testkit_test as testkit

# ${PLACEHOLDER}: a resource that breaks ${c.id}'s requirement, {"<type>": {"<name>": {attributes}}}.
noncompliant := {"alicloud_${c.folder}_placeholder": {"example": {}}}

# ${PLACEHOLDER}: the same resource written to comply.
compliant := {"alicloud_${c.folder}_placeholder": {"example": {}}}

# Fails until the rule finds the non-compliant resource, in plan JSON, hcl2json and Terraform JSON.
test_noncompliant_is_found if {
\tevery doc in testkit.shapes(noncompliant) {
\t\treport := data.govguard.report with input as doc
\t\ttestkit.found(report, "${c.id}") == {"alicloud_${c.folder}_placeholder.example"}
\t}
}

# Fails until the compliant resource differs from the non-compliant one.
test_compliant_passes if {
\tcompliant != noncompliant
\tevery doc in testkit.shapes(compliant) {
\t\treport := data.govguard.report with input as doc
\t\ttestkit.found(report, "${c.id}") == set()
\t}
}
`;
}

function mainTf(c: NewControl, compliant: boolean): string {
  return `# ${PLACEHOLDER}: a stack that ${compliant ? "meets" : "breaks"} ${c.id}'s requirement.
# Its real plan: scripts/plan-fixtures.sh <terraform-provider-alicloud> ${path.posix.join("policies/govguard/controls", c.folder, CASES_DIR, compliant ? "compliant" : "non-compliant")}
provider "alicloud" {
  region = "cn-hangzhou"
}
`;
}

function stackTs(c: NewControl, compliant: boolean): string {
  return `import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../../../../../.gen/providers/alicloud/provider";

// ${PLACEHOLDER}: a CDKTF stack that ${compliant ? "meets" : "breaks"} ${c.id}'s requirement.
export default function build(stack: TerraformStack): void {
  new AlicloudProvider(stack, "alicloud", { region: "cn-hangzhou" });
}
`;
}

function expectedJson(c: NewControl, compliant: boolean): string {
  const expected = {
    description: `${PLACEHOLDER}: what this case shows, and why it ${compliant ? "passes" : "fails"} ${c.id} in every shape.`,
    controls: [c.id],
    findings: compliant ? [] : [{ control: c.id, resource: `${PLACEHOLDER} the address of each resource ${c.id} must report` }],
  };
  return `${JSON.stringify(expected, null, 2)}\n`;
}

/** Writes the control folder; returns the files written, relative to root. */
export function scaffold(c: NewControl, root: string = repoRoot): string[] {
  const dir = path.join(controlsDir(root), c.folder);
  // Not recursive: a folder that appeared since the check is refused, not overwritten.
  fs.mkdirSync(dir);
  const files = new Map<string, string>([
    [`${c.folder}.rego`, rule(c)],
    [`${c.folder}_test.rego`, ruleTest(c)],
  ]);
  for (const compliant of [true, false]) {
    const caseDir = path.join(CASES_DIR, compliant ? "compliant" : "non-compliant");
    files.set(path.join(caseDir, "main.tf"), mainTf(c, compliant));
    files.set(path.join(caseDir, "stack.ts"), stackTs(c, compliant));
    files.set(path.join(caseDir, "expected.json"), expectedJson(c, compliant));
  }
  const written: string[] = [];
  for (const [rel, text] of files) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text, { flag: "wx" });
    written.push(path.relative(root, file));
  }
  return written;
}

/** npm run gen: the bundles and docs now include the new control. */
function regenerate(root: string): void {
  const r = spawnSync(process.execPath, [path.join(root, "dist", "scripts", "generate.js")], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) {
    const reason = (r.stderr || r.stdout || "").trim().split("\n")[0];
    throw new Refusal(`the control was written but npm run gen failed: ${reason} / 控制项已写入，但 npm run gen 失败`);
  }
}

function main(): void {
  try {
    const control = parseControlId(process.argv[2]);
    const written = scaffold(control);
    regenerate(repoRoot);
    const caseDirs = ["compliant", "non-compliant"].map((n) => path.posix.join("policies/govguard/controls", control.folder, CASES_DIR, n));
    console.log(
      [
        `new-control: ${control.id} scaffolded / 已生成控制项骨架:`,
        ...written.map((f) => `  ${f}`),
        "next / 接下来:",
        `  1. write the rule, its metadata (zh and en) and its tests until scripts/test-policies.sh passes`,
        `  2. write both cases in every shape; make their plans: scripts/plan-fixtures.sh <provider> ${caseDirs.join(" ")}`,
        `  3. npm run gen && npm run gen:check (refuses the control while anything says ${PLACEHOLDER})`,
      ].join("\n"),
    );
  } catch (e: unknown) {
    const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
    console.error(`new-control: ${message}`);
    process.exit(2);
  }
}

if (require.main === module) main();
