// Command-line options of `npm run bench` (node dist/bench/run.js).
//
//   --sizes 100,1000,10000,100000   plan sizes, in resources
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

export interface BenchOptions {
  sizes: number[];
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

function positiveInteger(flag: string, text: string | undefined, allowZero = false): number {
  const n = Number(text);
  if (text === undefined || !Number.isInteger(n) || n < (allowZero ? 0 : 1)) throw new Error(`${flag} needs a ${allowZero ? "non-negative" : "positive"} integer, not ${String(text)}`);
  return n;
}

export function parseBenchArgs(argv: string[], defaults: { out: string; work: string }): BenchOptions {
  const o: BenchOptions = {
    sizes: [100, 1000, 10_000, 100_000],
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
  let throughputGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string | undefined => argv[++i];
    switch (flag) {
      case "--sizes":
        o.sizes = (value() ?? "").split(",").map((s) => positiveInteger("--sizes", s.trim().replace(/_/g, "")));
        sizesGiven = true;
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
