// Command-line options of `npm run bench` (node dist/bench/run.js).
//
//   --sizes 100,1000,10000,100000   plan sizes, in resources, of the bench's estate (1000000, the
//                                   ~2 GB plan, is only run when asked; from 250,000 only govguard
//                                   runs: the other tools cannot read such a plan)
//   --legacy-sizes 10000,100000     sizes of the legacy estate (companions mostly missing, about 1.4
//                                   findings a resource; bench/generate-plan.ts); 0 skips it
//   --jobs 1,N                      `govguard check --jobs` values of the CLI throughput rows
//                                   (default 1 and the cores available; n/a until the CLI has --jobs)
//   --runs N                        runs of each tool per size (default 5; 3 from 50,000 resources)
//   --runs-large N                  runs from 50,000 resources (default 3)
//   --quick                         a smoke run: sizes 100,1000, 2 runs, 100 throughput plans
//   --seed S                        generator seed (default 42)
//   --timeout SECONDS               per command (default 600)
//   --throughput-plans N            plans in the throughput mode (default 1000; 0 skips it)
//   --throughput-resources N        resources per throughput plan (default 50)
//   --server-clients N              concurrent clients POSTing the throughput plans to
//                                   `opa run --server` (default 4; 0 skips the server)
//   --out FILE                      results file (default bench/results.json)
//   --work DIR                      where plans are written (default bench/plans)
//   --keep-plans                    keep the generated plans

import { availableParallelism } from "node:os";

export interface BenchOptions {
  sizes: number[];
  legacySizes: number[];
  jobs: number[];
  runs: number;
  runsLarge: number;
  seed: number;
  timeoutMs: number;
  throughputPlans: number;
  throughputResources: number;
  throughputRuns: number;
  serverClients: number;
  out: string;
  work: string;
  keepPlans: boolean;
  quick: boolean;
}

/** Sizes from which fewer runs are made. */
export const LARGE = 50_000;

/** Sizes from which only govguard runs: JSON.parse (the in-process worker), opa eval and conftest
 * cannot read a plan longer than V8's longest string, or would need tens of GiB. */
export const GOVGUARD_ONLY = 250_000;

function sizeList(flag: string, text: string | undefined): number[] {
  if (text === "0" || text === "none") return [];
  return (text ?? "").split(",").map((s) => positiveInteger(flag, s.trim().replace(/_/g, "")));
}

function positiveInteger(flag: string, text: string | undefined, allowZero = false): number {
  const n = Number(text);
  if (text === undefined || !Number.isInteger(n) || n < (allowZero ? 0 : 1)) throw new Error(`${flag} needs a ${allowZero ? "non-negative" : "positive"} integer, not ${String(text)}`);
  return n;
}

export function parseBenchArgs(argv: string[], defaults: { out: string; work: string }): BenchOptions {
  const o: BenchOptions = {
    sizes: [100, 1000, 10_000, 100_000],
    legacySizes: [10_000, 100_000],
    jobs: [...new Set([1, availableParallelism()])],
    runs: 5,
    runsLarge: 3,
    seed: 42,
    timeoutMs: 600_000,
    throughputPlans: 1000,
    throughputResources: 50,
    throughputRuns: 3,
    serverClients: 4,
    out: defaults.out,
    work: defaults.work,
    keepPlans: false,
    quick: false,
  };
  let runsGiven = false;
  let sizesGiven = false;
  let legacyGiven = false;
  let throughputGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string | undefined => argv[++i];
    switch (flag) {
      case "--sizes":
        o.sizes = sizeList(flag, value());
        sizesGiven = true;
        break;
      case "--legacy-sizes":
        o.legacySizes = sizeList(flag, value());
        legacyGiven = true;
        break;
      case "--jobs":
        o.jobs = (value() ?? "").split(",").map((s) => positiveInteger(flag, s.trim()));
        break;
      case "--runs":
        o.runs = positiveInteger(flag, value());
        runsGiven = true;
        break;
      case "--runs-large":
        o.runsLarge = positiveInteger(flag, value());
        break;
      case "--seed":
        o.seed = positiveInteger(flag, value(), true);
        break;
      case "--timeout":
        o.timeoutMs = positiveInteger(flag, value()) * 1000;
        break;
      case "--throughput-plans":
        o.throughputPlans = positiveInteger(flag, value(), true);
        throughputGiven = true;
        break;
      case "--throughput-resources":
        o.throughputResources = positiveInteger(flag, value());
        break;
      case "--server-clients":
        o.serverClients = positiveInteger(flag, value(), true);
        break;
      case "--out":
        o.out = value() ?? o.out;
        break;
      case "--work":
        o.work = value() ?? o.work;
        break;
      case "--keep-plans":
        o.keepPlans = true;
        break;
      case "--quick":
        o.quick = true;
        break;
      default:
        throw new Error(`unknown option ${flag} (see bench/args.ts)`);
    }
  }
  if (o.quick) {
    if (!sizesGiven) o.sizes = [100, 1000];
    if (!legacyGiven) o.legacySizes = [1000];
    if (!runsGiven) o.runs = 2;
    if (!throughputGiven) o.throughputPlans = 100;
    o.throughputRuns = 1;
  }
  if (runsGiven) o.runsLarge = Math.min(o.runsLarge, o.runs);
  return o;
}

export function runsFor(o: BenchOptions, size: number): number {
  return size >= LARGE ? o.runsLarge : o.runs;
}
