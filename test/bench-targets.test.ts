// The bench's verdict on issue 12's memory target covers every estate measured at 100,000
// resources: a legacy estate's 137,000 findings weigh on the reports as the bench's 11,500 do not.
import { judgeTargets } from "../bench/targets";
import { SizeResult } from "../bench/sizes";

function size(estate: "bench" | "legacy", peak: number): SizeResult {
  return {
    resources: 100_000,
    estate,
    seed: 42,
    loadAverage: [0, 0, 0],
    tools: { govguard: { runs: 1, ok: 1, wallMs: { n: 1, median: 10_000, min: 10_000, max: 10_000 }, peakRssMiB: peak } },
  };
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
