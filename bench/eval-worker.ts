// One in-process run of the policy on one plan, as `govguard check` does it but timed step by
// step: JSON.parse of the plan alone (the yardstick), govguard's reading of the plan (read,
// parse, classify, slim), loading the wasm policy, the first evaluation, and warm evaluations
// on the same loaded policy. Run by bench/run.ts as a child process, so that each run starts
// cold, a crash or a timeout is contained, and its peak memory is its own.
//
//   node dist/bench/eval-worker.js <plan.json> [--warm N]
// Prints one JSON object (EvalWorkerResult); exits 3 when the evaluation fails.
import * as fs from "node:fs";
import { evaluateDocument, PolicyEvaluator, readBundle, readDocuments, runDataFor } from "../src/engine";
import { findingKey } from "./findings";

export interface EvalWorkerResult {
  bytes: number;
  resources: number;
  /** Buffer to string. */
  decodeMs: number;
  /** JSON.parse of the plan text alone. */
  parseMs: number;
  /** What govguard does before evaluating: read, parse, classify and slim the plan. */
  prepareMs: number;
  /** Bytes of the document handed to the policy (the slimmed plan; 0 when read as an index). */
  evaluatedBytes: number;
  /** Whether govguard read the plan as an index (streamed, evaluated in parts). */
  indexed?: boolean;
  loadMs: number;
  firstEvalMs: number;
  warmEvalMs: number[];
  /** ru_maxrss of this process at the end, MiB. */
  maxRssMiB: number;
  findings: string[];
  error?: string;
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main(): Promise<void> {
  const [file, ...rest] = process.argv.slice(2);
  const warmIndex = rest.indexOf("--warm");
  const warm = warmIndex >= 0 ? Number(rest[warmIndex + 1]) : 1;
  const result: EvalWorkerResult = {
    bytes: 0, resources: 0, decodeMs: 0, parseMs: 0, prepareMs: 0, evaluatedBytes: 0, loadMs: 0, firstEvalMs: 0, warmEvalMs: [], maxRssMiB: 0, findings: [],
  };
  try {
    let raw: Buffer | undefined = fs.readFileSync(file);
    result.bytes = raw.length;
    let t = process.hrtime.bigint();
    let text: string | undefined = raw.toString("utf8");
    result.decodeMs = ms(t);
    raw = undefined;
    t = process.hrtime.bigint();
    let parsed: { resource_changes?: unknown[] } | undefined = JSON.parse(text) as { resource_changes?: unknown[] };
    result.parseMs = ms(t);
    result.resources = parsed.resource_changes?.length ?? 0;
    parsed = undefined;
    text = undefined;

    t = process.hrtime.bigint();
    const bundle = readBundle();
    // As `govguard check` reads it: a large plan as an index of its parts, never parsed whole.
    const [doc] = await readDocuments([file]);
    result.prepareMs = ms(t);
    // A large plan is read as an index (`indexed`, no bytes in memory) and evaluated part by part.
    result.evaluatedBytes = doc.content.length;
    result.indexed = doc.indexed !== undefined;

    t = process.hrtime.bigint();
    const evaluator = new PolicyEvaluator(bundle, runDataFor({}).data, { largestInputBytes: doc.content.length || undefined });
    result.loadMs = ms(t);

    // As `govguard check` evaluates a document: in this thread, part by part when it is large.
    t = process.hrtime.bigint();
    const report = evaluateDocument(evaluator, doc);
    result.firstEvalMs = ms(t);
    result.findings = report.findings.map(findingKey);
    for (let i = 0; i < warm; i++) {
      t = process.hrtime.bigint();
      evaluateDocument(evaluator, doc);
      result.warmEvalMs.push(ms(t));
    }
  } catch (e: unknown) {
    result.error = (e instanceof Error ? e.message : String(e)).split("\n")[0];
  }
  result.maxRssMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(result));
  process.exitCode = result.error ? 3 : 0;
}

void main();
