// With workers started ahead, a small JSON file is read by the worker that evaluates it (issue 12:
// 1,000 plans of 50 resources spent 4.5 ms each reading in the main thread against 3 ms of
// evaluation, so --jobs 2 was CPU-bound on the main thread). What a worker reads must be judged
// and reported exactly as what the main thread reads: every reading failure, its precedence, the
// digest, the lines findings point at, and hostile file names.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { readBundle } from "../src/engine/bundle";
import { check, CheckOptions } from "../src/engine/check";
import { EARLY_POOL_MIN_BYTES, evaluateAsRead, evaluateReports, READ_IN_WORKERS_UP_TO } from "../src/engine/evaluate-reports";
import { joinsOf } from "../src/engine/partition";
import { EvaluationPool } from "../src/engine/pool";
import { PolicyEvaluator } from "../src/engine/policy";
import { readingFailure } from "../src/engine/read-in-worker";
import { failureLine } from "../src/cli/main";
import { DeferredJson, eachInputOrDeferred, InputDocument, InputItem, readInputs, readJsonInput } from "../src/inputs/discover";
import { Locator } from "../src/inputs/locate";
import { InputError } from "../src/model";
import { generatePlan } from "../bench/generate-plan";
import { runCli, tempDir } from "./helpers";

const TODAY = "2026-12-05";
const RUN = { govguard_today: TODAY };
const MiB = 1024 * 1024;
// Written by the author of the change: a name that would forge a line or a key if not escaped.
const HOSTILE = '__proto__"`\r\u001b[31m';

let dir: string;
let filler: string; // a plan padded past EARLY_POOL_MIN_BYTES: workers start ahead, it is read here
let plan: string; // a small plan with findings: read by a worker
let middling: string; // 2,000 resources: more than a worker's memory capped at 16 MiB holds

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

const smallPlan = (seed: number): string => JSON.stringify(generatePlan({ resources: 30, seed, estate: "legacy" }), null, 2);

beforeAll(() => {
  dir = tempDir("govguard-read-in-workers-");
  filler = write("filler.json", smallPlan(1) + " ".repeat(EARLY_POOL_MIN_BYTES + 1024));
  plan = write(`${HOSTILE}plan.json`, smallPlan(2));
  middling = write("middling.json", JSON.stringify(generatePlan({ resources: 2000, seed: 9 })));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A run's whole outcome: the result, or the one line the CLI would print for its failure. */
async function outcome(paths: string[], options: CheckOptions = {}): Promise<string> {
  try {
    return JSON.stringify(await check(paths, { today: TODAY, ...options }));
  } catch (e: unknown) {
    return `error: ${failureLine(e)}`;
  }
}

describe("which files a worker reads", () => {
  test("a JSON file of at most READ_IN_WORKERS_UP_TO bytes; larger files, .tf.json and folders of modules are read here", async () => {
    const tfjson = write("main.tf.json", JSON.stringify({ provider: { alicloud: { region: "cn-beijing" } } }));
    const items: InputItem[] = [];
    for await (const item of eachInputOrDeferred([filler, plan, tfjson], {}, READ_IN_WORKERS_UP_TO)) items.push(item);
    expect(items.map((i) => i instanceof DeferredJson)).toEqual([false, true, false]);
    expect((items[1] as DeferredJson).file).toBe(plan);
    expect((items[1] as DeferredJson).bytes).toBe(fs.statSync(plan).size);
  });

  test("what is not a regular file is refused here, naming it, before any worker sees it", async () => {
    const missing = path.join(dir, "missing.json");
    const read = async (): Promise<unknown> => {
      for await (const item of eachInputOrDeferred([plan, missing], {}, READ_IN_WORKERS_UP_TO)) void item;
      return undefined;
    };
    const e = await read().catch((error: unknown) => error);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).file).toBe(missing);
  });
});

describe("a worker's reading, side by side with this thread's", () => {
  const bundle = readBundle();

  test("a worker keeps the bytes it read, so that findings are located in them, not in the file read again", () => {
    const bom = write("bom.json", `\ufeff${smallPlan(8)}`);
    expect(readJsonInput(bom, { keepSourceText: true }).sourceText?.toString("utf8")).toBe(smallPlan(8));
    expect(readJsonInput(bom).sourceText).toBeUndefined(); // a large plan is not held twice
  });

  test("the same report, the digest of the bytes read, and the lines reports point at", async () => {
    const pool = new EvaluationPool(bundle, RUN, { size: 1 });
    try {
      const read = await pool.readFile(plan);
      if (!("report" in read)) throw new Error(`not evaluated: ${JSON.stringify(read)}`);
      const [doc] = await readInputs([plan], { attributes: bundle.attributes });
      const [here] = await evaluateReports(bundle, RUN, [doc], { jobs: 1 });
      expect(read.report).toEqual(here);
      expect(here.findings.length).toBeGreaterThan(10);
      expect(read.record.sha256).toBe(createHash("sha256").update(fs.readFileSync(plan)).digest("hex"));
      expect(read.record.bytes).toBe(fs.statSync(plan).size);
      const locator = new Locator(doc);
      const lines = new Map(read.locations);
      for (const f of here.findings) expect(lines.get(f.resource)).toEqual(locator.locate(f.resource));
      // Pretty-printed: findings point past the first line.
      expect([...lines.values()].some((l) => l.line > 1)).toBe(true);
    } finally {
      await pool.close();
    }
  });
});

// Each file here is small (read by a worker when workers start ahead); its name starts hostile.
const CASES: Record<string, () => string | Buffer> = {
  "a plan with findings": () => smallPlan(3),
  "a plan with a byte-order mark": () => `\ufeff${smallPlan(4)}`,
  "text that is not JSON": () => "hello, reviewer",
  "JSON cut short": () => smallPlan(5).slice(0, 300),
  "bytes that are not UTF-8": () => Buffer.concat([Buffer.from('{"format_version": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
  "an empty file": () => "",
  "nesting 600 deep": () => `${"[".repeat(600)}${"]".repeat(600)}`,
  "a lone surrogate": () => '{"format_version": "1.2", "x": "\\ud800"}',
  "JSON that is no plan": () => '{"hello": "world"}',
  "a plan of the wrong shape": () => '{"format_version": "1.2", "terraform_version": "1.6.0", "resource_changes": {"not": "a list"}}',
  "Terraform JSON configuration in a .json file": () =>
    JSON.stringify({ provider: { alicloud: { region: "cn-beijing" } }, resource: { alicloud_oss_bucket: { logs: { bucket: "gov-logs" } } } }),
  "a number past a double's range": () => `{"huge": 1e400, ${smallPlan(7).slice(1)}`,
  "a file over READ_IN_WORKERS_UP_TO": () => smallPlan(6) + " ".repeat(READ_IN_WORKERS_UP_TO),
};

describe("every kind of small file gives with workers reading what this thread reading gives", () => {
  for (const [name, content] of Object.entries(CASES)) {
    test(name, async () => {
      const file = write(`${HOSTILE}${name}.json`, content());
      for (const paths of [
        [filler, file],
        [file, filler, plan],
      ]) {
        // Workers first: nothing this thread read before stands in for what they read.
        const two = await outcome(paths, { jobs: 2 });
        const one = await outcome(paths, { jobs: 1 });
        expect(two).toBe(one);
        expect(two).not.toMatch(/[\r\u001b]/); // JSON escapes them, the failure line prints them escaped
      }
    });
  }

  test("a small plan cut into parts (GOVGUARD_PART_RESOURCES): the worker hands it back to be cut here", () => {
    // On the command line: a worker started in-process (jest) would not see a variable set here.
    const env = { GOVGUARD_PART_RESOURCES: "5", GOVGUARD_TODAY: TODAY };
    const one = runCli(["check", "--format", "json", "--jobs", "1", filler, plan], { env });
    const two = runCli(["check", "--format", "json", "--jobs", "2", filler, plan], { env });
    expect(one.stderr).toBe("");
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
  });

  test("a FIFO among them is refused as this thread refuses it, never read", async () => {
    const fifo = path.join(dir, `${HOSTILE}fifo.json`);
    try {
      execFileSync("mkfifo", [fifo]);
    } catch {
      return; // no mkfifo here: the stat above already covers what is not a regular file
    }
    const one = await outcome([filler, plan, fifo], { jobs: 1 });
    expect(one).toMatch(/not a regular file/);
    expect(await outcome([filler, plan, fifo], { jobs: 2 })).toBe(one);
  });
});

test("what a worker threw while reading is thrown here as it would have been: running out of stack reads as exhaustion", () => {
  expect(failureLine(readingFailure({ name: "RangeError", message: "Maximum call stack size exceeded" }))).toMatch(/exhausted a runtime resource/);
  expect(failureLine(readingFailure({ name: "TypeError", message: "x is not a function" }))).toMatch(/internal error/);
});

describe("which failure is reported, with files read by workers", () => {
  const bundle = readBundle();
  const joins = joinsOf(new PolicyEvaluator(bundle, RUN));
  let docs: Record<string, InputDocument>;

  beforeAll(async () => {
    const [p] = await readInputs([plan], { attributes: bundle.attributes });
    docs = { plan: p };
  });

  /** Names: "plan" (read here), "~file" a file a worker reads (DeferredJson), "!x" an input that
   * cannot be read here. */
  async function* source(names: string[]): AsyncGenerator<InputItem> {
    for (const name of names) {
      if (name.startsWith("~")) yield new DeferredJson(name.slice(1), fs.statSync(name.slice(1)).size);
      else if (name.startsWith("!")) throw new InputError(name.slice(1), { zh: "无法读取", en: "cannot be read" });
      else yield docs[name];
    }
  }

  async function failure(names: string[], gate?: () => void): Promise<unknown> {
    // Capped as in jobs.test.ts: 2,000 resources do not fit in 16 MiB of wasm memory.
    const pool = new EvaluationPool(bundle, RUN, { size: 2, maxMemoryBytes: 16 * MiB });
    try {
      const documents: InputDocument[] = [];
      const reports = await evaluateAsRead(source(names), documents, pool, joins, 1, gate === undefined ? {} : { gate });
      return { documents: documents.length, reports: reports.length };
    } catch (e: unknown) {
      return e;
    } finally {
      await pool.close();
    }
  }

  const fileOf = (e: unknown): string | undefined => (e instanceof InputError ? e.file : undefined);

  test("all well: every document in place, each with its report", async () => {
    expect(await failure([`~${plan}`, "plan", `~${plan}`])).toEqual({ documents: 3, reports: 3 });
  });

  test("a file a worker cannot evaluate is named, as the first in order", async () => {
    const e = await failure([`~${plan}`, `~${middling}`, `~${middling}`, "plan"]);
    expect(fileOf(e)).toBe(middling);
    expect((e as InputError).problem.en).toMatch(/too large to evaluate/);
  });

  test("a file a worker cannot read wins over an earlier one that cannot be evaluated", async () => {
    const broken = write("broken-late.json", "{");
    // Read by a worker while the first is evaluated; then, after the failure is known, read here.
    for (const names of [[`~${middling}`, `~${broken}`], [`~${middling}`, "plan", "plan", "plan", `~${broken}`]]) {
      const e = await failure(names);
      expect(fileOf(e)).toBe(broken);
      expect((e as InputError).problem.en).toMatch(/looks truncated/);
    }
  });

  test("a file a worker cannot read wins over a later input this thread cannot read", async () => {
    const broken = write("broken-early.json", "[");
    expect(fileOf(await failure([`~${plan}`, `~${broken}`, "plan", "!later.json"]))).toBe(broken);
    expect(fileOf(await failure(["!first.json", `~${broken}`]))).toBe("first.json");
  });

  test("the configuration's error wins over evaluation, a file a worker cannot read over both", async () => {
    const gate = (): void => {
      throw new InputError("configuration", { zh: "配置有误", en: "bad configuration" });
    };
    expect(fileOf(await failure([`~${middling}`, `~${plan}`], gate))).toBe("configuration");
    const broken = write("broken-gated.json", "nope");
    expect(fileOf(await failure([`~${middling}`, `~${broken}`], gate))).toBe(broken);
  });

  test("on the command line: a broken small file so named gives one escaped line, exit 2, nothing on stdout", () => {
    const broken = write(`${HOSTILE}broken.json`, "{");
    const run = runCli(["check", "--jobs", "2", filler, broken], { env: { GOVGUARD_TODAY: TODAY } });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toMatch(/[\r\u001b]/);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("broken.json");
  });

  test("on the command line: --jobs 2 over many small plans gives the report of --jobs 1", () => {
    const plans = Array.from({ length: 12 }, (_, k) => write(`many-${k}.json`, smallPlan(100 + k)));
    const args = ["check", "--format", "sarif", filler, ...plans];
    const one = runCli([...args, "--jobs", "1"], { env: { GOVGUARD_TODAY: TODAY } });
    const two = runCli([...args, "--jobs", "2"], { env: { GOVGUARD_TODAY: TODAY } });
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
  });
});
