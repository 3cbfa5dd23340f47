// With more than one job, the workers start before the inputs are read and make the wasm memory
// their first evaluation will use resident while this thread reads (issue 12: on a VM whose host
// backs memory lazily, a cold evaluation of 10,000 resources spent half its time on first touches).
import * as fs from "node:fs";
import * as path from "node:path";
import { readBundle } from "../src/engine/bundle";
import { EARLY_POOL_MIN_BYTES, earlyPool, evaluateReports, PREFAULT_MAX_INPUT_BYTES, PREFAULT_PER_INPUT_BYTE, startPool } from "../src/engine/evaluate-reports";
import { PoolEvent } from "../src/engine/pool";
import { PolicyEvaluator } from "../src/engine/policy";
import { readInputs } from "../src/inputs/discover";
import { generatePlan } from "../bench/generate-plan";
import { runCli, tempDir } from "./helpers";

const RUN = { govguard_today: "2026-12-05" };
const MiB = 1024 * 1024;
let dir: string;
let large: string; // a plan over EARLY_POOL_MIN_BYTES

beforeAll(() => {
  dir = tempDir("govguard-early-pool-");
  large = path.join(dir, "large.json");
  fs.writeFileSync(large, JSON.stringify(generatePlan({ resources: 2500, seed: 7, estate: "legacy" })));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("what is started ahead", () => {
  test("nothing with one job, or for inputs too small to gain from it", () => {
    expect(earlyPool([20 * MiB], 1)).toBeUndefined();
    expect(earlyPool([EARLY_POOL_MIN_BYTES - 1], 2)).toBeUndefined();
    expect(earlyPool([], 2)).toBeUndefined();
    // Folders (and what cannot be read) count for nothing.
    expect(earlyPool([undefined, undefined, 1024], 4)).toBeUndefined();
  });

  test("one worker per file up to the jobs, each making the largest file's memory resident", () => {
    expect(earlyPool([20 * MiB], 4)).toEqual({ workers: 1, prefaultBytes: 20 * MiB * PREFAULT_PER_INPUT_BYTE, largestInputBytes: 20 * MiB });
    expect(earlyPool([2 * MiB, 3 * MiB, undefined], 4)).toEqual({ workers: 2, prefaultBytes: 3 * MiB * PREFAULT_PER_INPUT_BYTE, largestInputBytes: 3 * MiB });
    expect(earlyPool(new Array<number>(1000).fill(100_000), 2)?.workers).toBe(2);
  });

  test("a file cut into parts: workers start, but make nothing resident", () => {
    const plan = earlyPool([PREFAULT_MAX_INPUT_BYTES + 1], 2);
    expect(plan?.workers).toBe(1);
    expect(plan?.prefaultBytes).toBe(0);
    expect(plan?.largestInputBytes).toBeLessThanOrEqual(PREFAULT_MAX_INPUT_BYTES);
  });
});

describe("memory made resident ahead", () => {
  test("is the memory above the data: the evaluation after it gives the report of a fresh policy", () => {
    const bundle = readBundle();
    const content = fs.readFileSync(large);
    const fresh = new PolicyEvaluator(bundle, RUN, { largestInputBytes: content.length }).evaluate(content);
    // Sized for the plan, as a worker is, so that the evaluation runs in the memory written.
    const warmed = new PolicyEvaluator(bundle, RUN, { largestInputBytes: content.length });
    const all = warmed.memoryBytes();
    const wrote = warmed.prefault(0, all);
    expect(wrote).toBeGreaterThan(content.length);
    expect(wrote).toBeLessThan(all); // the data below stays as it is
    expect(warmed.prefault(wrote, MiB)).toBe(0); // past the end of the memory: nothing
    expect(warmed.memoryBytes()).toBe(all);
    expect(warmed.evaluate(content)).toEqual(fresh);
    expect(warmed.memoryBytes()).toBe(all); // not loaded again: the memory written was used
  });

  test("by a worker started before the plan was read, which then evaluates it as this thread does", async () => {
    expect(fs.statSync(large).size).toBeGreaterThanOrEqual(EARLY_POOL_MIN_BYTES);
    const bundle = readBundle();
    const events: PoolEvent[] = [];
    const pool = startPool(bundle, RUN, [large], { jobs: 2, trace: (e) => events.push(e) });
    expect(pool).toBeDefined();
    try {
      const documents = await readInputs([large], { attributes: bundle.attributes });
      const [report] = await evaluateReports(bundle, RUN, documents, { jobs: 2, pool });
      const settled = events.filter((e) => e.kind === "settled");
      expect(settled).toHaveLength(1);
      expect(settled[0].prefaulted).toBeGreaterThan(0);
      const [inThisThread] = await evaluateReports(bundle, RUN, documents, { jobs: 1 });
      expect(report).toEqual(inThisThread);
      expect(report.findings.length).toBeGreaterThan(100);
    } finally {
      await pool?.close();
    }
  });
});

describe("the command line", () => {
  test("--jobs 2 on a large plan gives the report of --jobs 1", () => {
    const one = runCli(["check", "--format", "json", "--jobs", "1", large]);
    const two = runCli(["check", "--format", "json", "--jobs", "2", large]);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
  });

  test("a large file that is not JSON: one line naming it, exit 2, with the workers started ahead stopped", () => {
    const broken = path.join(dir, "broken.json");
    fs.writeFileSync(broken, `${fs.readFileSync(large, "utf8").slice(0, -1)},`);
    const run = runCli(["check", "--jobs", "2", broken]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("broken.json");
  });
});
