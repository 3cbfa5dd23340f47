// Gates many small plans in one Node process, as a CI service or a pre-commit server would:
//   evaluator    one PolicyEvaluator loaded once; each plan read as govguard reads it and evaluated
//   check-batch  one check() call of src/check.ts over all the plans (one evaluator, as the CLI
//                does for many paths)
//   check-each   check() once per plan (a new evaluator each time: what a naive caller pays)
//
//   node dist/bench/throughput-worker.js <dir> --mode evaluator|check-batch|check-each [--limit N]
// Prints one JSON object (ThroughputWorkerResult).
import * as fs from "node:fs";
import * as path from "node:path";
import { check, PolicyEvaluator, readBundle, runDataFor } from "../src/engine";
import { readJsonInput } from "../src/inputs/discover";
import { findingKey } from "./findings";

export type ThroughputMode = "evaluator" | "check-batch" | "check-each";

export interface ThroughputWorkerResult {
  mode: ThroughputMode;
  plans: number;
  /** Loading the policy (evaluator mode), included in totalMs. */
  loadMs?: number;
  totalMs: number;
  /** Time of each plan (not in check-batch mode). */
  perPlanMs: number[];
  passed: number;
  failed: number;
  /** Findings by plan file name (evaluator mode). */
  findings?: Record<string, string[]>;
  maxRssMiB: number;
  error?: string;
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main(): Promise<void> {
  const [dir, ...rest] = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const mode = (option("mode") ?? "evaluator") as ThroughputMode;
  const limit = Number(option("limit") ?? Infinity);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort().slice(0, limit).map((f) => path.join(dir, f));
  const result: ThroughputWorkerResult = { mode, plans: files.length, totalMs: 0, perPlanMs: [], passed: 0, failed: 0, maxRssMiB: 0 };
  const started = process.hrtime.bigint();
  try {
    if (mode === "evaluator") {
      const largest = Math.max(...files.map((f) => fs.statSync(f).size));
      let t = process.hrtime.bigint();
      const bundle = readBundle();
      const evaluator = new PolicyEvaluator(bundle, runDataFor({}).data, { largestInputBytes: largest });
      result.loadMs = ms(t);
      result.findings = {};
      for (const file of files) {
        t = process.hrtime.bigint();
        const report = evaluator.evaluate(readJsonInput(file, { attributes: bundle.attributes }).content);
        const passes = report.errors.length === 0 && report.findings.length === 0;
        result.perPlanMs.push(ms(t));
        if (passes) result.passed++;
        else result.failed++;
        result.findings[path.basename(file)] = report.findings.map(findingKey);
      }
    } else if (mode === "check-batch") {
      const checked = await check(files);
      for (const input of checked.inputs) {
        if (input.findings === 0) result.passed++;
        else result.failed++;
      }
    } else {
      for (const file of files) {
        const t = process.hrtime.bigint();
        const checked = await check([file]);
        result.perPlanMs.push(ms(t));
        if (checked.summary.passed) result.passed++;
        else result.failed++;
      }
    }
  } catch (e: unknown) {
    result.error = (e instanceof Error ? e.message : String(e)).split("\n")[0];
  }
  result.totalMs = ms(started);
  result.maxRssMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(result));
  process.exitCode = result.error ? 3 : 0;
}

void main();
