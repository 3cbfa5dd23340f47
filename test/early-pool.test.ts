// With more than one job, the workers start before the inputs are read and make the wasm memory
// their first evaluation will use resident while this thread reads (issue 12: on a VM whose host
// backs memory lazily, a cold evaluation of 10,000 resources spent half its time on first touches).
import * as fs from "node:fs";
import * as path from "node:path";
import { readBundle } from "../src/engine/bundle";
import {
  EARLY_POOL_MIN_BYTES,
  earlyPool,
  evaluateAsRead,
  evaluateReports,
  PREFAULT_MAX_INPUT_BYTES,
  PREFAULT_PER_INPUT_BYTE,
  PREFAULT_TOTAL_BYTES,
  startPool,
} from "../src/engine/evaluate-reports";
import { failureLine } from "../src/cli/main";
import { check } from "../src/engine/check";
import { joinsOf, partition } from "../src/engine/partition";
import { workingOn } from "../src/errors";
import { EvaluateOptions, EvaluationPool, PoolEvent } from "../src/engine/pool";
import { PolicyEvaluator } from "../src/engine/policy";
import { InputDocument, inputFileSizes, readInputs } from "../src/inputs/discover";
import { InputError, PolicyReport } from "../src/model";
import { generatePlan } from "../bench/generate-plan";
import { runCli, tempDir } from "./helpers";

const RUN = { govguard_today: "2026-12-05" };
const MiB = 1024 * 1024;
let dir: string;
let large: string; // a plan over EARLY_POOL_MIN_BYTES
let small: string; // 200 resources: evaluated within 16 MiB of wasm memory
let middling: string; // 2,000 resources: not (jobs.test.ts measures both)

beforeAll(() => {
  dir = tempDir("govguard-early-pool-");
  large = path.join(dir, "large.json");
  fs.writeFileSync(large, JSON.stringify(generatePlan({ resources: 2500, seed: 7, estate: "legacy" })));
  small = path.join(dir, "small.json");
  fs.writeFileSync(small, JSON.stringify(generatePlan({ resources: 200, seed: 3 })));
  middling = path.join(dir, "middling.json");
  fs.writeFileSync(middling, JSON.stringify(generatePlan({ resources: 2000, seed: 9 })));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("what is started ahead", () => {
  test("nothing with one job, or for inputs too small to gain from it", () => {
    expect(earlyPool([20 * MiB], 1)).toBeUndefined();
    expect(earlyPool([EARLY_POOL_MIN_BYTES - 1], 2)).toBeUndefined();
    expect(earlyPool([], 2)).toBeUndefined();
    // What cannot be read counts for nothing.
    expect(earlyPool([undefined, undefined, 1024], 4)).toBeUndefined();
  });

  test("one worker per file up to the jobs, each making the largest file's memory resident", () => {
    expect(earlyPool([20 * MiB], 4)).toEqual({ workers: 1, prefaultBytes: 20 * MiB * PREFAULT_PER_INPUT_BYTE, largestInputBytes: 16 * MiB });
    expect(earlyPool([2 * MiB, 3 * MiB, undefined], 4)).toEqual({ workers: 2, prefaultBytes: 3 * MiB * PREFAULT_PER_INPUT_BYTE, largestInputBytes: 3 * MiB });
    expect(earlyPool(new Array<number>(1000).fill(100_000), 2)?.workers).toBe(2);
  });

  test("however many large files and jobs, the workers make at most PREFAULT_TOTAL_BYTES resident together", () => {
    // A hostile change of 64 files of 32 MiB each that slim to nothing, gated with --jobs 64.
    const plan = earlyPool(new Array<number>(64).fill(PREFAULT_MAX_INPUT_BYTES), 64);
    expect(plan?.workers).toBe(64);
    expect((plan?.prefaultBytes ?? 0) * 64).toBeLessThanOrEqual(PREFAULT_TOTAL_BYTES);
    expect(plan?.prefaultBytes).toBeGreaterThan(0);
    // One 10,000-resource plan (20 MB) still gets all it asks for.
    expect(earlyPool([20 * MiB], 2)?.prefaultBytes).toBe(20 * MiB * PREFAULT_PER_INPUT_BYTE);
  });

  test("130,000 paths are counted without running out of stack", () => {
    const sizes = new Array<number>(130_000).fill(64);
    sizes[0] = EARLY_POOL_MIN_BYTES;
    expect(earlyPool(sizes, 2)?.workers).toBe(2);
  });

  test("jobs out of range start nothing, and the library names --jobs as before", async () => {
    for (const jobs of [65, 2.5, Number.NaN]) expect(startPool(readBundle(), RUN, [large], { jobs })).toBeUndefined();
    const e = await check([large], { jobs: 65, today: "2026-12-05" }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).file).toBe("jobs");
  });

  test("a folder of plans counts as the plans it holds, as a list of them does", () => {
    // `govguard check plans/` is how a pipeline gates many plans: the folder was counted as nothing,
    // so every plan in it was read in this thread before any worker started.
    const folder = path.join(dir, "plans");
    fs.mkdirSync(folder, { recursive: true });
    const files = ["a.json", "b.json"].map((n) => path.join(folder, n));
    for (const f of files) fs.copyFileSync(large, f);
    fs.writeFileSync(path.join(folder, "notes.txt"), "x".repeat(EARLY_POOL_MIN_BYTES));
    expect(inputFileSizes([folder])).toEqual(files.map((f) => fs.statSync(f).size));
    expect(inputFileSizes([folder, large])).toEqual([...inputFileSizes(files), fs.statSync(large).size]);
    const pool = startPool(readBundle(), RUN, [folder], { jobs: 2 });
    expect(pool).toBeDefined();
    void pool?.close();
    // A folder Terraform reads as one module, a cdktf.out, what cannot be read: nothing, as before.
    const module = path.join(dir, "module");
    fs.mkdirSync(module, { recursive: true });
    fs.writeFileSync(path.join(module, "main.tf"), "");
    fs.copyFileSync(large, path.join(module, "plan.json"));
    const out = path.join(dir, "cdktf.out");
    fs.mkdirSync(path.join(out, "stacks"), { recursive: true });
    fs.copyFileSync(large, path.join(out, "manifest.json"));
    fs.symlinkSync(path.join(dir, "nowhere.json"), path.join(folder, "dangling.json"));
    expect(inputFileSizes([module, out, path.join(dir, "missing"), "/dev/null"])).toEqual([undefined, undefined, undefined, undefined]);
    expect(inputFileSizes([folder])).toEqual([...files.map((f) => fs.statSync(f).size), undefined]);
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

  test("--jobs 2 over a folder of plans gives the report of --jobs 1, and of the plans listed", () => {
    const folder = path.join(dir, "estate");
    fs.mkdirSync(folder, { recursive: true });
    const files = [large, small, middling].map((f, i) => {
      const copy = path.join(folder, `${i}-${path.basename(f)}`);
      fs.copyFileSync(f, copy);
      return copy;
    });
    const env = { GOVGUARD_TODAY: "2026-12-05" };
    const one = runCli(["check", "--format", "json", "--jobs", "1", folder], { env });
    const two = runCli(["check", "--format", "json", "--jobs", "2", folder], { env });
    const listed = runCli(["check", "--format", "json", "--jobs", "2", ...files], { env });
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout).toBe(listed.stdout);
    // A plan in it that is not JSON: one line naming it, exit 2, as with one job.
    fs.writeFileSync(path.join(folder, "3-broken.json"), "{");
    const broken = runCli(["check", "--jobs", "2", folder], { env });
    expect(broken.status).toBe(2);
    expect(broken.stdout).toBe("");
    expect(broken.stderr.trim().split("\n")).toHaveLength(1);
    expect(broken.stderr).toContain("3-broken.json");
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

describe("documents evaluated while the next are read", () => {
  const bundle = readBundle();
  const joins = joinsOf(new PolicyEvaluator(bundle, RUN));
  const cap = { maxMemoryBytes: 16 * MiB };
  let docs: Record<string, InputDocument>;

  beforeAll(async () => {
    const [s, m] = await readInputs([small, middling], { attributes: bundle.attributes });
    docs = { small: s, middling: m };
  });

  /** Yields the named documents in order; a name not among them is an input that cannot be read. */
  async function* source(names: string[], between?: (k: number) => Promise<void>): AsyncGenerator<InputDocument> {
    for (let k = 0; k < names.length; k++) {
      if (k > 0 && between !== undefined) await between(k);
      const doc = docs[names[k]];
      if (doc === undefined) throw new InputError(names[k], { zh: "无法读取", en: "cannot be read" });
      yield doc;
    }
  }

  /** `jobs` sets how many parts may be in flight (3 a job): with 1, the failure is known before
   * the fifth input is read. */
  async function outcome(names: string[], gate?: () => void, jobs = 2): Promise<{ error?: unknown; read: number; sent: number }> {
    const events: PoolEvent[] = [];
    const pool = new EvaluationPool(bundle, RUN, { size: 2, ...cap, trace: (e) => events.push(e) });
    const read: InputDocument[] = [];
    try {
      await evaluateAsRead(source(names), read, pool, joins, jobs, gate === undefined ? {} : { gate });
      return { read: read.length, sent: events.filter((e) => e.kind === "sent").length };
    } catch (error: unknown) {
      return { error, read: read.length, sent: events.filter((e) => e.kind === "sent").length };
    } finally {
      await pool.close();
    }
  }

  const fileOf = (e: unknown): string | undefined => (e instanceof InputError ? e.file : undefined);

  test("the first document that cannot be evaluated, in order; every input is still read", async () => {
    const r = await outcome(["small", "middling", "middling", "small"]);
    expect(fileOf(r.error)).toBe(middling);
    expect((r.error as InputError).problem.en).toMatch(/too large to evaluate/);
    expect(r.read).toBe(4);
  });

  test("an input that cannot be read wins over an earlier one that cannot be evaluated, as when all are read first", async () => {
    const r = await outcome(["small", "middling", "small", "small", "small", "small", "unreadable.json"], undefined, 1);
    expect(fileOf(r.error)).toBe("unreadable.json");
    expect(r.read).toBe(6);
  });

  test("the configuration's error wins over evaluation, an input that cannot be read over both", async () => {
    const gate = (): void => {
      throw new InputError("configuration", { zh: "配置有误", en: "bad configuration" });
    };
    const bad = await outcome(["small", "middling"], gate);
    expect(fileOf(bad.error)).toBe("configuration");
    expect(bad.sent).toBe(0);
    expect(bad.read).toBe(2);
    expect(fileOf((await outcome(["small", "unreadable.json"], gate)).error)).toBe("unreadable.json");
  });

  test("a failure names its own file, not the last one read after it", async () => {
    const bad = Object.defineProperty({ ...docs.small, file: "bad.json" }, "content", {
      get(): Buffer {
        throw new RangeError("Maximum call stack size exceeded");
      },
    }) as InputDocument;
    async function* reading(): AsyncGenerator<InputDocument> {
      for (const doc of [{ ...docs.small, file: "first.json" }, bad, { ...docs.small, file: "last.json" }]) {
        workingOn(doc.file); // as the reader does
        yield doc;
      }
    }
    const pool = new EvaluationPool(bundle, RUN, { size: 2 });
    try {
      const e = await evaluateAsRead(reading(), [], pool, joins, 2).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(e).toBeInstanceOf(RangeError);
      expect(failureLine(e)).toMatch(/^govguard: bad\.json: /);
    } finally {
      await pool.close();
    }
  });

  test("what the pool refuses at once is ordered like any failure: an earlier document's comes first", async () => {
    // A pool that cannot copy the small document's bytes (an allocation failing) before any promise.
    class Refusing extends EvaluationPool {
      override evaluate(content: Buffer, options?: EvaluateOptions): Promise<PolicyReport> {
        if (content.length === docs.small.content.length) throw new RangeError("Array buffer allocation failed");
        return super.evaluate(content, options);
      }
    }
    const pool = new Refusing(bundle, RUN, { size: 2, ...cap });
    try {
      const e = await evaluateAsRead(source(["middling", "small"]), [], pool, joins, 2).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(fileOf(e)).toBe(middling);
      expect((e as InputError).problem.en).toMatch(/too large to evaluate/);
    } finally {
      await pool.close();
    }
  });

  test("the first document is with a worker before the second is read", async () => {
    let sentFirst = false;
    let told: () => void = () => undefined;
    const firstSent = new Promise<void>((resolve) => (told = resolve));
    const pool = new EvaluationPool(bundle, RUN, {
      size: 2,
      trace: (e) => {
        if (e.kind === "sent" && e.job === 0) told();
      },
    });
    const timeout = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());
    // Whether the first document had gone to a worker when the second was about to be read.
    const read: InputDocument[] = [];
    try {
      const reports = await evaluateAsRead(
        source(["small", "small"], async () => {
          sentFirst = await Promise.race([firstSent.then(() => true), timeout(10_000).then(() => false)]);
        }),
        read,
        pool,
        joins,
        2,
      );
      expect(sentFirst).toBe(true);
      expect(reports).toHaveLength(2);
      expect(reports[1]).toEqual(reports[0]);
    } finally {
      await pool.close();
    }
  });

  test("--jobs 2 over several files, large and small, gives the report of --jobs 1", () => {
    const files = [small, large, middling, small];
    const one = runCli(["check", "--format", "json", "--jobs", "1", ...files]);
    const two = runCli(["check", "--format", "json", "--jobs", "2", ...files]);
    expect(one.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(1);
  });
});

describe("a plan of data sources only, past the size evaluated in one pass", () => {
  test("is one part, evaluated whole, with a verdict in one thread and in workers", () => {
    const changes = Array.from({ length: 40 }, (_, i) => ({
      address: `data.alicloud_zones.z${i}`,
      mode: "data",
      type: "alicloud_zones",
      name: `z${i}`,
      provider_name: "registry.terraform.io/aliyun/alicloud",
      change: { actions: ["read"], before: null, after: {}, after_unknown: {} },
    }));
    const plan = { format_version: "1.2", terraform_version: "1.6.0", planned_values: { root_module: {} }, resource_changes: changes, configuration: { root_module: {} } };
    const file = path.join(dir, "data-only.json");
    fs.writeFileSync(file, JSON.stringify(plan));
    const env = { GOVGUARD_PART_RESOURCES: "2", GOVGUARD_TODAY: "2026-12-05" };
    const one = runCli(["check", "--format", "json", "--jobs", "1", file], { env });
    const two = runCli(["check", "--format", "json", "--jobs", "2", file], { env });
    expect(one.stderr).toBe("");
    expect([0, 1]).toContain(one.status);
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
  });

  test("partition gives it as one part", async () => {
    const bundle = readBundle();
    const [doc] = await readInputs([path.join(dir, "data-only.json")], { attributes: bundle.attributes });
    expect(partition(doc, joinsOf(new PolicyEvaluator(bundle, RUN)), { maxResources: 2 })).toHaveLength(1);
  });
});

describe("a hostile file name on the path read while evaluating", () => {
  const name = '__proto__"`x\r\u001b[31mFORGED.json';

  test("a broken large plan so named: one escaped line naming it, exit 2, nothing on stdout", () => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, `${fs.readFileSync(large, "utf8").slice(0, -1)},`);
    const run = runCli(["check", "--jobs", "2", file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toMatch(/[\r\u001b]/);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("FORGED.json");
  });

  test("a failing large plan so named, beside a small one: exit 1, the JSON report names both, no forged line", () => {
    const file = path.join(dir, `ok-${name}`);
    fs.copyFileSync(large, file);
    const run = runCli(["check", "--format", "json", "--jobs", "2", file, small], { env: { GOVGUARD_TODAY: "2026-12-05" } });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { file?: string }[] };
    expect(report.findings.length).toBeGreaterThan(100);
    expect(run.stdout).toContain(JSON.stringify(file).slice(1, -1));
    const text = runCli(["check", "--jobs", "2", file, small], { env: { GOVGUARD_TODAY: "2026-12-05" } });
    expect(text.status).toBe(1);
    expect(text.stdout).not.toMatch(/[\r\u001b]/);
  });
});
