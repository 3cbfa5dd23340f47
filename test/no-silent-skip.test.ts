// No silent skip (issue 15, item 2): for every control and every resource attribute that decides
// it (the control's metadata `deciding`), a value only known after apply must give a finding of
// that control that says it cannot be verified, in all three input shapes.
//
// For each deciding {type, attribute}, a base stack where the resource passes the control
// (test/no-silent-skip/cases/<control id>.json) is checked as is, then with the attribute's value
// replaced by an expression nobody can evaluate before apply (a data source's computed id;
// a block becomes a `dynamic` block over it), in plan JSON (after_unknown), .tf and cdk.tf.json.
// The real engine judges both (the wasm bundle via the library); the mutant must have a finding
// of the control on the case's resource that the base did not have, saying "cannot be verified"
// and, in .tf and cdk.tf.json, naming the expression.
//
// It reads the wasm bundle, so run `npm run gen` after changing Rego. For some controls only:
//   GOVGUARD_SKIP_CONTROLS=A21.2,A19.1 npx jest test/no-silent-skip.test.ts
// (GOVGUARD_BUNDLE=<path> judges with another wasm bundle, such as a scratch `opa build`.)
//
// Case files: {"control": "A19.1", "cases": [{"why", "spec", "resource", "attributes",
//   "finding_on"?, "config"?}]}. `spec` as in test/no-silent-skip/shapes.ts; `resource` the
// address mutated; `attributes` the deciding attributes of its type this base proves (each one
// is replaced on its own); `finding_on` where the control reports (default: `resource`), for
// a setting on a standalone resource that the control reports on its parent; `config`
// govguard.yaml's parameters.
import * as fs from "node:fs";
import * as path from "node:path";
import { evaluateDocuments, Finding, loadCatalogue } from "../src/engine";
import { readBundle } from "../src/engine/bundle";
import { PolicyEvaluator } from "../src/engine/policy";
import { ControlMetadata } from "../src/model";
import { readInputs } from "../src/inputs/discover";
import { tempDir } from "./helpers";
import { mutate, Shape, SHAPES, Spec, UNRESOLVABLE, writeShape } from "./no-silent-skip/shapes";

interface Deciding {
  type: string;
  attribute: string;
}

interface Case {
  why: string;
  spec: Spec;
  resource: string;
  attributes: string[];
  finding_on?: string;
  config?: Record<string, unknown>;
}

interface CaseFile {
  control: string;
  cases: Case[];
}

const casesDir = path.join(__dirname, "no-silent-skip", "cases");
const only = (process.env.GOVGUARD_SKIP_CONTROLS ?? "")
  .split(",")
  .map((s) => s.trim().toUpperCase())
  .filter((s) => s !== "");

// GOVGUARD_BUNDLE: another wasm bundle than bundle/govguard.tar.gz (a scratch build).
const bundlePath = process.env.GOVGUARD_BUNDLE;
const catalogue = loadCatalogue(bundlePath).controls;
const bundle = readBundle(bundlePath);
const evaluators = new Map<string, PolicyEvaluator>();

function evaluator(config: Record<string, unknown> | undefined): PolicyEvaluator {
  const key = JSON.stringify(config ?? null);
  let e = evaluators.get(key);
  if (e === undefined) {
    e = new PolicyEvaluator(bundle, { govguard_config: config, govguard_waivers: [], govguard_today: "2026-12-04" });
    evaluators.set(key, e);
  }
  return e;
}

function deciding(control: ControlMetadata): Deciding[] | undefined {
  const value = (control as unknown as Record<string, unknown>).deciding;
  return Array.isArray(value) ? (value as Deciding[]) : undefined;
}

function caseFile(id: string): CaseFile | undefined {
  const file = path.join(casesDir, `${id}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as CaseFile) : undefined;
}

const scratch = tempDir("govguard-silent-skip-");
let runs = 0;

async function findings(spec: Spec, shape: Shape, config: Record<string, unknown> | undefined): Promise<Finding[]> {
  const target = writeShape(spec, shape, path.join(scratch, String(runs++)));
  const documents = await readInputs([target], { attributes: bundle.attributes });
  return evaluateDocuments(evaluator(config), documents).findings;
}

function typeOf(address: string): string {
  return address.split(".")[0];
}

function show(list: Finding[]): string {
  return list.map((f) => `${f.control} ${f.resource}: ${f.message.en}`).join("\n") || "(none)";
}

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

test("every control declares the resource attributes that decide it", () => {
  const undeclared = catalogue.filter((c) => deciding(c) === undefined).map((c) => c.id);
  expect(undeclared).toEqual([]);
  for (const c of catalogue) {
    for (const d of deciding(c) ?? []) {
      expect(typeof d.type === "string" && typeof d.attribute === "string" && d.attribute !== "").toBe(true);
      // A deciding type is one the control lists as read.
      expect([c.id, c.resources]).toEqual([c.id, expect.arrayContaining([d.type])]);
    }
  }
});

const selected = catalogue.filter((c) => only.length === 0 || only.includes(c.id));

describe.each(selected.map((c) => [c.id, c] as const))("%s", (id, control) => {
  const entries = deciding(control) ?? [];
  const file = caseFile(id);

  test("has a base for each deciding attribute", () => {
    const missing = entries
      .filter((d) => !(file?.cases ?? []).some((c) => typeOf(c.resource) === d.type && c.attributes.includes(d.attribute)))
      .map((d) => `${d.type}.${d.attribute}`);
    expect(missing).toEqual([]);
    for (const c of file?.cases ?? []) {
      for (const a of c.attributes) expect(entries).toContainEqual({ type: typeOf(c.resource), attribute: a });
    }
  });

  const runsOf = (file?.cases ?? []).flatMap((c) => c.attributes.flatMap((a) => SHAPES.map((shape) => [`${c.resource}.${a} in ${shape}`, c, a, shape] as const)));
  if (runsOf.length === 0) return;

  test.each(runsOf)("%s unresolvable gives a finding", async (_title, c, attribute, shape) => {
    const on = c.finding_on ?? c.resource;
    const ofControl = (all: Finding[]) => all.filter((f) => f.control === id && f.resource === on);
    const base = ofControl(await findings(c.spec, shape, c.config));
    expect(`base (${c.why}):\n${show(base)}`).toBe(`base (${c.why}):\n(none)`);
    const mutant = ofControl(await findings(mutate(c.spec, c.resource, attribute), shape, c.config));
    const says = mutant.filter((f) => f.message.en.includes("cannot be verified") && (shape === "plan" || f.message.en.includes(UNRESOLVABLE)));
    expect(`${attribute} set from ${UNRESOLVABLE}:\n${show(mutant)}\n${says.length > 0 ? "says so" : "does not say it cannot be verified, naming the expression"}`).toBe(
      `${attribute} set from ${UNRESOLVABLE}:\n${show(mutant)}\nsays so`,
    );
  });
});
