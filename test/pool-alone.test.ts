// An outsized part (the hubs' neighbours) is evaluated with nothing beside it, by a worker that is
// then ended: wasm memory only grows, so a worker kept after such a part holds that memory for the
// rest of the run, beside what the other workers touch (issue 12: 873 MiB at 100,000 resources).
import * as fs from "node:fs";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { readBundle } from "../src/engine/bundle";
import { evaluateReports } from "../src/engine/evaluate-reports";
import { joinsOf, partition } from "../src/engine/partition";
import { EvaluationPool, PoolEvent } from "../src/engine/pool";
import { PolicyEvaluator } from "../src/engine/policy";
import { InputDocument, readInputs } from "../src/inputs/discover";
import { generatePlan } from "../bench/generate-plan";
import { bucket, differences, planOf, PlanSpec, withPartSize } from "./partition-support";
import { tempDir } from "./helpers";

const RUN = { govguard_today: "2026-12-05" };
let dir: string;

beforeAll(() => {
  dir = tempDir("govguard-alone-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A hub (the archive bucket every application logs to) and `apps` application modules. */
function hubPlan(apps: number): Record<string, unknown> {
  const specs: PlanSpec[] = [bucket("", "logs-archive")];
  for (let n = 1; n <= apps; n++) {
    specs.push(bucket(`app${n}`, `app-${n}-files`));
    specs.push({ module: `app${n}`, type: "alicloud_oss_bucket_logging", name: "log", after: { bucket: `app-${n}-files`, target_bucket: "logs-archive", target_prefix: `app${n}/` } });
  }
  return planOf(specs);
}

async function documentOf(name: string, plan: unknown): Promise<InputDocument> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(plan));
  const [doc] = await readInputs([file], { attributes: readBundle().attributes });
  return doc;
}

/** What the trace says of each job: the worker it went to, what else was held when it went, and
 * whether anything else was sent before it came back. */
function jobsOf(events: PoolEvent[]): Map<number, { worker: number; heldWhenSent: number; othersSentMeanwhile: number; retiredAfter: boolean }> {
  const jobs = new Map<number, { worker: number; heldWhenSent: number; othersSentMeanwhile: number; retiredAfter: boolean }>();
  events.forEach((e, k) => {
    if (e.kind !== "sent" || e.job === undefined) return;
    const back = events.findIndex((f, j) => j > k && f.kind === "settled" && f.job === e.job);
    expect(back).toBeGreaterThan(k);
    const meanwhile = events.slice(k + 1, back).filter((f) => f.kind === "sent").length;
    const retiredAfter = events.slice(back + 1).some((f) => f.kind === "retired" && f.worker === e.worker);
    jobs.set(e.job, { worker: e.worker, heldWhenSent: e.held, othersSentMeanwhile: meanwhile, retiredAfter });
  });
  return jobs;
}

describe("a document evaluated alone", () => {
  test("waits for every worker to be idle, holds back the rest, and its worker is ended after it", async () => {
    const bundle = readBundle();
    const small = Buffer.from(JSON.stringify(hubPlan(2)));
    const large = Buffer.from(JSON.stringify(hubPlan(30)));
    const events: PoolEvent[] = [];
    const pool = new EvaluationPool(bundle, RUN, { size: 2, trace: (e) => events.push(e) });
    try {
      const sent = [small, small, small, large, small, small, small].map((content, k) => pool.evaluate(Buffer.from(content), { alone: k === 3 }));
      const reports = await Promise.all(sent);
      const inThread = new PolicyEvaluator(bundle, RUN, { largestInputBytes: large.length });
      expect(reports[3]).toEqual(inThread.evaluate(large));
      expect(reports[0]).toEqual(inThread.evaluate(small));
      expect(reports[3].findings.length).toBeGreaterThan(reports[0].findings.length);
    } finally {
      await pool.close();
    }
    const jobs = jobsOf(events);
    expect(jobs.size).toBe(7);
    const alone = jobs.get(3)!;
    expect(alone.heldWhenSent).toBe(1);
    expect(alone.othersSentMeanwhile).toBe(0);
    expect(alone.retiredAfter).toBe(true);
    // The documents after it went to the worker left and a fresh one, never the ended one.
    for (const k of [4, 5, 6]) {
      expect(jobs.get(k)!.retiredAfter).toBe(false);
      expect(jobs.get(k)!.worker).not.toBe(alone.worker);
    }
    expect(new Set([4, 5, 6].map((k) => jobs.get(k)!.worker)).size).toBe(2);
    // The others went two at a time.
    expect(Math.max(...[0, 1, 2, 4, 5, 6].map((k) => jobs.get(k)!.heldWhenSent))).toBeGreaterThan(1);
    expect(events.filter((e) => e.kind === "retired")).toHaveLength(1);
  });

  test("the part with the hubs' neighbours is the one outsized, and alone it gives the report of one pass", async () => {
    const doc = await documentOf("hub.json", hubPlan(40));
    const bundle = readBundle();
    const evaluator = new PolicyEvaluator(bundle, RUN, { largestInputBytes: doc.content.length });
    const parts = withPartSize(4, () => partition(doc, joinsOf(evaluator)));
    expect(parts.length).toBeGreaterThan(10);
    const outsized = parts.filter((p) => p.outsized);
    expect(outsized).toHaveLength(1);
    expect(outsized[0].owns("alicloud_oss_bucket.logs_archive")).toBe(true);
    const single = evaluator.evaluate(doc.content);
    expect(single.findings.length).toBeGreaterThan(0);
    const events: PoolEvent[] = [];
    const [merged] = await withPartSize(4, () => evaluateReports(bundle, RUN, [doc], { jobs: 2, trace: (e) => events.push(e) }));
    expect(differences(single, merged)).toEqual({ missing: [], extra: [], rest: [] });
    const retired = events.filter((e) => e.kind === "retired");
    expect(retired).toHaveLength(1);
    const sentAlone = events.filter((e) => e.kind === "sent" && e.worker === retired[0].worker);
    expect(sentAlone).toHaveLength(1);
    expect(sentAlone[0].held).toBe(1);
  });

  test("parts of about one size are not outsized: the bench's estate of 6,000 resources in parts of 1,500", async () => {
    const doc = await documentOf("bench.json", generatePlan({ resources: 6000, seed: 42 }));
    const evaluator = new PolicyEvaluator(readBundle(), RUN, { largestInputBytes: 1 });
    const parts = withPartSize(1500, () => partition(doc, joinsOf(evaluator)));
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.filter((p) => p.outsized)).toEqual([]);
  });
});

describe("before a document evaluated alone", () => {
  /** The old generation of a Node whose heap holds 170 MiB live amid twice that of garbage, after
   * one small document was evaluated by a pool, alone or not (dist/, as workers need). */
  function oldSpaceAfter(alone: boolean): { committed: number; used: number } {
    const dist = path.join(__dirname, "..", "dist", "src", "engine");
    const script = `
      const { EvaluationPool } = require(${JSON.stringify(path.join(dist, "pool.js"))});
      const { readBundle } = require(${JSON.stringify(path.join(dist, "bundle.js"))});
      const v8 = require("node:v8");
      const live = [];
      let junk = [];
      for (let i = 0; i < 3e6; i++) (i % 3 === 0 ? live : junk).push({ a: "x" + i, b: [i, i + 1], c: { d: i } });
      junk = undefined;
      const pool = new EvaluationPool(readBundle(), { govguard_today: "2026-12-05" }, { size: 1, largestInputBytes: 0 });
      const doc = Buffer.from(JSON.stringify({ format_version: "1.2", resource_changes: [] }));
      pool.evaluate(doc, { alone: ${alone} }).then(async () => {
        const s = v8.getHeapSpaceStatistics().find((x) => x.space_name === "old_space");
        await pool.close();
        process.stdout.write(JSON.stringify({ committed: s.space_size, used: s.space_used_size, live: live.length }));
      });
    `;
    const r = spawnSync(process.execPath, ["--max-old-space-size=4096", "-e", script], { encoding: "utf8" });
    expect([r.status, r.stderr]).toEqual([0, ""]);
    return JSON.parse(r.stdout) as { committed: number; used: number };
  }

  test("this thread gives back the memory its garbage holds (the outsized part takes the most)", () => {
    const alone = oldSpaceAfter(true);
    expect(alone.used).toBeGreaterThan(100 * 1024 * 1024);
    expect(alone.committed).toBeLessThan(1.5 * alone.used);
    // Not by chance: without `alone`, the garbage and its pages are still there.
    const shared = oldSpaceAfter(false);
    expect(shared.committed).toBeGreaterThan(2 * alone.committed);
  });

  test("however many parts go alone, this thread compacts before the first MAX_COMPACTIONS only", () => {
    const dist = path.join(__dirname, "..", "dist", "src", "engine");
    const script = `
      const { EvaluationPool, MAX_COMPACTIONS } = require(${JSON.stringify(path.join(dist, "pool.js"))});
      const { readBundle } = require(${JSON.stringify(path.join(dist, "bundle.js"))});
      const { PerformanceObserver, constants } = require("node:perf_hooks");
      let major = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) major++;
      }).observe({ entryTypes: ["gc"] });
      const live = [];
      for (let i = 0; i < 1e6; i++) live.push({ a: "x" + i, b: [i, i + 1], c: { d: i } });
      const pool = new EvaluationPool(readBundle(), { govguard_today: "2026-12-05" }, { size: 1, largestInputBytes: 0 });
      const doc = () => Buffer.from(JSON.stringify({ format_version: "1.2", resource_changes: [] }));
      (async () => {
        for (let k = 0; k < MAX_COMPACTIONS + 6; k++) await pool.evaluate(doc(), { alone: true });
        await pool.close();
        // GC entries are delivered after the event loop turns.
        setTimeout(() => process.stdout.write(JSON.stringify({ major, max: MAX_COMPACTIONS, live: live.length })), 200);
      })();
    `;
    const r = spawnSync(process.execPath, ["--max-old-space-size=4096", "-e", script], { encoding: "utf8" });
    expect([r.status, r.stderr]).toEqual([0, ""]);
    const { major, max } = JSON.parse(r.stdout) as { major: number; max: number };
    // Each compaction is a collection, then the compacting one; V8 may add one or two of its own.
    expect(major).toBeGreaterThanOrEqual(2 * max);
    expect(major).toBeLessThanOrEqual(2 * max + 3);
  });
});
