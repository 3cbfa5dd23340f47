// Where an evaluation's wasm memory goes, control by control, on one input as the CLI reads it.
// OPA's wasm runtime frees nothing until an evaluation ends, so the memory an evaluation takes is
// every value its rules build, and it is what a large plan's peak is made of (issue 12).
//
//   npm run --silent build
//   node dist/scripts/heap-by-rule.js <plan.json | cdk.tf.json | dir> [rule ...]
//
// It builds a scratch wasm bundle from policies/ with one entrypoint per control that evaluates the
// controls before it too, and prints what each adds: shared indexes are counted at the first
// control that needs them. Rules named after the input (`lib.links.by_name`, `lib.sg.openings`)
// are measured alone, each with its own entrypoint. The figures are deterministic: a change to a
// rule can be judged by them without timing anything.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ENGINE_ENTRYPOINT, ENTRYPOINTS, PolicyEvaluator, readBundle, todayInChina } from "../src/engine";
import { readInputs } from "../src/inputs/discover";
import { CASES_DIR } from "./corpus-cases";
import { repoRoot, toolPath } from "./tools";

const PROBES = "govguard/zz_heap_probe";
const MIB = 1024 * 1024;

function probeRego(controls: string[], rules: string[]): string {
  // Reads nothing: what it takes is the document as wasm reads it.
  const lines = ["package govguard.zz_heap_probe", "", "nothing := 1", ""];
  controls.forEach((_, k) => {
    lines.push(`upto_${k} := 1 if {`, ...controls.slice(0, k + 1).map((c) => `\t_ := count(data.govguard.controls.${c}.violations)`), "}", "");
  });
  rules.forEach((rule, k) => lines.push(`rule_${k} := 1 if {`, `\t_ := data.govguard.${rule}`, "}", ""));
  return lines.join("\n");
}

function buildBundle(scratch: string, controls: string[], rules: string[]): string {
  const policies = path.join(scratch, "policies");
  fs.cpSync(path.join(repoRoot, "policies"), policies, { recursive: true });
  fs.mkdirSync(path.join(policies, PROBES), { recursive: true });
  fs.writeFileSync(path.join(policies, PROBES, "probe.rego"), probeRego(controls, rules));
  const entrypoints = [...ENTRYPOINTS, `${PROBES}/nothing`, ...controls.map((_, k) => `${PROBES}/upto_${k}`), ...rules.map((_, k) => `${PROBES}/rule_${k}`)];
  const output = path.join(scratch, "probe.tar.gz");
  execFileSync(
    toolPath("opa"),
    ["build", "--bundle", "--ignore", "*_test.rego", "--ignore", CASES_DIR, "--target", "wasm", "--optimize", "0", "--capabilities", path.join(policies, "capabilities.json"), ...entrypoints.flatMap((e) => ["--entrypoint", e]), "--output", output, policies],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  return output;
}

export interface HeapByRule {
  /** The document's bytes as evaluated (slimmed, as the CLI hands it to wasm). */
  documentBytes: number;
  /** Wasm heap taken by reading the document (an evaluation of an entrypoint that reads nothing). */
  reading: number;
  /** What the whole report takes beyond reading. */
  report: number;
  /** Per control, in order: what it adds to the controls before it, and their total so far. */
  controls: { control: string; adds: number; total: number }[];
  /** Each rule asked for, alone, beyond reading. */
  rules: { rule: string; alone: number }[];
}

/** The wasm heap each control adds on `input` (a plan, cdk.tf.json or a directory). */
export async function heapByRule(input: string, rules: string[] = []): Promise<HeapByRule> {
  const controls = fs.readdirSync(path.join(repoRoot, "policies", "govguard", "controls")).filter((c) => /^a[0-9]+_[0-9]+$/.test(c)).sort();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "govguard-heap-"));
  const indexOver = process.env.GOVGUARD_INDEX_PLANS_OVER;
  try {
    const bundle = readBundle(buildBundle(scratch, controls, rules));
    // A large plan is read whole here, as one part.
    process.env.GOVGUARD_INDEX_PLANS_OVER = String(Number.MAX_SAFE_INTEGER);
    const [doc] = await readInputs([input], { attributes: bundle.attributes });
    const content = doc.content;
    const evaluator = new PolicyEvaluator(bundle, { govguard_today: todayInChina() }, { largestInputBytes: content.length });
    const heap = (entrypoint: string): number => evaluator.heapUsedBy(entrypoint, content).bytes;
    const reading = heap(`${PROBES}/nothing`);
    const report = heap(ENGINE_ENTRYPOINT) - reading;
    let total = 0;
    const rows = controls.map((control, k) => {
      const upto = heap(`${PROBES}/upto_${k}`) - reading;
      const row = { control, adds: upto - total, total: upto };
      total = upto;
      return row;
    });
    return {
      documentBytes: content.length,
      reading,
      report,
      controls: rows,
      rules: rules.map((rule, k) => {
        const { bytes, result } = evaluator.heapUsedBy(`${PROBES}/rule_${k}`, content);
        if (!Array.isArray(result) || result.length === 0) throw new Error(`data.govguard.${rule} has no value on ${input}: no such rule, or nothing to measure`);
        return { rule, alone: bytes - reading };
      }),
    };
  } finally {
    if (indexOver === undefined) delete process.env.GOVGUARD_INDEX_PLANS_OVER;
    else process.env.GOVGUARD_INDEX_PLANS_OVER = indexOver;
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

const mib = (bytes: number): string => (bytes / MIB).toFixed(1);

async function main(): Promise<void> {
  const [input, ...rules] = process.argv.slice(2);
  if (input === undefined) throw new Error("usage: node dist/scripts/heap-by-rule.js <input> [rule ...] (a rule as lib.links.by_name)");
  const found = await heapByRule(input, rules);
  console.log(`${input}: ${mib(found.documentBytes)} MiB as evaluated; reading it into wasm ${mib(found.reading)} MiB; the whole report ${mib(found.report)} MiB more`);
  console.log("control      adds MiB   controls so far MiB");
  for (const row of found.controls) console.log(`${row.control.padEnd(10)} ${mib(row.adds).padStart(10)} ${mib(row.total).padStart(21)}`);
  const last = found.controls.length > 0 ? found.controls[found.controls.length - 1].total : 0;
  console.log(`${"report".padEnd(10)} ${mib(found.report - last).padStart(10)}   (findings, waivers, summary, the result's JSON)`);
  for (const r of found.rules) console.log(`${r.rule}: ${mib(r.alone)} MiB alone`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  });
}
