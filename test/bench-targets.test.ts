// The bench's verdicts on issue 12's memory target and its ratio to opa eval cover every estate measured:
// a legacy estate's findings weigh on govguard as the bench's do not.
import { judgeTargets } from "../bench/targets";
import { SizeResult } from "../bench/sizes";
import { RateFigure, ThroughputResult } from "../bench/throughput";

/** A size's result with govguard's figures (one run of 10,000 ms unless `govguard` says otherwise). */
function measured(resources: number, estate: "bench" | "legacy", govguard: Partial<NonNullable<SizeResult["tools"]["govguard"]>>): SizeResult {
  return {
    resources,
    estate,
    seed: 42,
    loadAverage: [0, 0, 0],
    tools: { govguard: { runs: 1, ok: 1, wallMs: { n: 1, median: 10_000, min: 10_000, max: 10_000 }, ...govguard } },
  };
}

function size(estate: "bench" | "legacy", peak: number): SizeResult {
  return measured(100_000, estate, { peakRssMiB: peak });
}

function memoryTarget(sizes: SizeResult[]): { met: boolean | null; detail: string } {
  const target = judgeTargets(sizes).find((t) => t.id === "100k-memory");
  if (target === undefined) throw new Error("no 100k-memory target");
  return target;
}

describe("the 100,000-resource memory target", () => {
  test("is met only when every estate measured there peaks under 768 MiB", () => {
    expect(memoryTarget([size("bench", 733), size("legacy", 519)]).met).toBe(true);
    expect(memoryTarget([size("bench", 733), size("legacy", 900)])).toMatchObject({ met: false, detail: "peak RSS 733 MiB (bench estate); peak RSS 900 MiB (legacy estate)" });
    expect(memoryTarget([size("legacy", 800)]).met).toBe(false);
    expect(memoryTarget([size("bench", 700)]).met).toBe(true);
  });

  test("is not judged when 100,000 was not measured, and a failed run is not met", () => {
    expect(memoryTarget([]).met).toBeNull();
    const failed: SizeResult = { ...size("bench", 100), tools: { govguard: { runs: 1, ok: 0, error: "exit 2" } } };
    expect(memoryTarget([failed]).met).toBe(false);
  });
});

describe("the throughput target", () => {
  function cli(jobs: number, plansPerSecond: number): RateFigure {
    return { plans: 1000, ok: true, jobs, plansPerSecond, plansPerSecondPerJob: plansPerSecond / jobs };
  }
  function throughputTarget(...figures: RateFigure[]): boolean | null {
    const result: ThroughputResult = {
      plans: 1000,
      resourcesPerPlan: 50,
      seed: "42",
      generateMs: 0,
      figures: Object.fromEntries(figures.map((f) => [`govguard CLI --jobs ${f.jobs ?? 1}`, f])),
      agreement: { plansCompared: 1000, plansIdentical: 1000, firstDifferences: [] },
    };
    const target = judgeTargets([], result).find((t) => t.id === "throughput-per-core");
    if (target === undefined) throw new Error("no throughput-per-core target");
    return target.met;
  }

  test("is 150 plans/s per core at every --jobs value, and more jobs go faster", () => {
    expect(throughputTarget(cli(1, 160), cli(2, 310))).toBe(true);
    // 155 with one job and 210 with two (the run of 2026-12-05 called met): 105 per core at --jobs 2.
    expect(throughputTarget(cli(1, 155), cli(2, 210))).toBe(false);
    expect(throughputTarget(cli(1, 140), cli(2, 320))).toBe(false);
    expect(throughputTarget(cli(1, 160), cli(2, 150))).toBe(false);
    expect(throughputTarget(cli(1, 160))).toBe(true);
    expect(throughputTarget({ ...cli(2, 400), ok: false })).toBeNull();
  });
});

describe("the 10,000-resource ratio to opa eval", () => {
  const at10k = (estate: "bench" | "legacy", ratioToOpa: number): SizeResult => measured(10_000, estate, { ratioToOpa });
  const ratioTarget = (sizes: SizeResult[]): { met: boolean | null; detail: string } => {
    const target = judgeTargets(sizes).find((t) => t.id === "10k-vs-opa");
    if (target === undefined) throw new Error("no 10k-vs-opa target");
    return target;
  };

  test("is met only when every estate measured at 10,000 is at or under 0.3", () => {
    expect(ratioTarget([at10k("bench", 0.27), at10k("legacy", 0.35)])).toMatchObject({ met: false, detail: "0.27 (bench estate); 0.35 (legacy estate)" });
    expect(ratioTarget([at10k("bench", 0.27), at10k("legacy", 0.3)]).met).toBe(true);
    expect(ratioTarget([at10k("legacy", 0.31)]).met).toBe(false);
    expect(ratioTarget([at10k("bench", 0.3)]).met).toBe(true);
    expect(ratioTarget([]).met).toBeNull();
  });
});
