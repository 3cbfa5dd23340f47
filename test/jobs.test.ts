// --jobs: documents (and the parts of a large plan) evaluated across worker threads give exactly
// the reports, findings, notes, waivers and verdict of one thread; a worker that runs out of wasm
// memory or dies is exit 2 naming the file, never a pass; bad --jobs values are refused; and the
// process ends as soon as its report is out. Workers run the compiled engine: `npm run build` first.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { generatePlan } from "../bench/generate-plan";
import { check } from "../src/engine";
import { readBundle } from "../src/engine/bundle";
import { evaluateReports } from "../src/engine/evaluate-reports";
import { MAX_JOBS } from "../src/engine/pool";
import { failureLine } from "../src/cli/main";
import { InputDocument, readInputs } from "../src/inputs/discover";
import { InputError, PolicyReport } from "../src/model";
import { listCases, shapeInput } from "./corpus/corpus";
import { repo, runCli, tempDir } from "./helpers";

const TODAY = "2026-12-05";
let dir: string;
let corpusPlans: string[];
let modulePlan: string;
let smallPlan: string;

beforeAll(() => {
  dir = tempDir("govguard-jobs-");
  corpusPlans = listCases()
    .filter((c) => c.shapes.includes("plan"))
    .map((c) => shapeInput(c, "plan", dir));
  // A plan of many application modules, with findings across them, read as one document.
  modulePlan = path.join(dir, "modules.json");
  fs.writeFileSync(modulePlan, JSON.stringify(generatePlan({ resources: 2000, seed: 12 })));
  smallPlan = path.join(dir, "small.json");
  fs.writeFileSync(smallPlan, JSON.stringify(generatePlan({ resources: 200, seed: 3 })));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function documents(files: string[]): Promise<InputDocument[]> {
  return readInputs(files, { attributes: readBundle().attributes });
}

async function reports(files: string[], jobs: number, extra: { maxMemoryBytes?: number; resourceLimits?: { maxOldGenerationSizeMb: number } } = {}): Promise<PolicyReport[]> {
  return evaluateReports(readBundle(), { govguard_today: TODAY }, await documents(files), { jobs, ...extra });
}

/** A report with its findings in a fixed order: merging parts lists them in another order than one
 * pass (the host sorts them for every report). */
function sortedFindings(r: PolicyReport): PolicyReport {
  const key = (f: PolicyReport["findings"][number]): string => JSON.stringify([f.control, f.resource, f.message.en, f.attribute ?? ""]);
  return { ...r, findings: [...r.findings].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)) };
}

async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e: unknown) {
    return e;
  }
  throw new Error("expected the evaluation to fail");
}

describe("the same reports with one job and with several", () => {
  test("every corpus plan and a plan of many modules, in one run", async () => {
    const files = [...corpusPlans, modulePlan];
    expect(corpusPlans.length).toBeGreaterThan(50);
    const one = await reports(files, 1);
    const two = await reports(files, 2);
    expect(one.length).toBe(files.length);
    expect(two).toEqual(one);
    // The module plan cut into parts of 150 resources: its parts spread over the workers give the
    // parts' merged report of one thread, and the findings of one pass.
    process.env.GOVGUARD_PART_RESOURCES = "150";
    try {
      const partsOne = await reports(files, 1);
      const partsTwo = await reports(files, 2);
      expect(partsTwo).toEqual(partsOne);
      expect(partsTwo.map(sortedFindings)).toEqual(one.map(sortedFindings));
    } finally {
      delete process.env.GOVGUARD_PART_RESOURCES;
    }
    // Not a vacuous comparison: the module plan has findings in several modules.
    const modules = new Set(one[one.length - 1].findings.map((f) => /^module\.[^.]+/.exec(f.resource)?.[0]).filter((m) => m !== undefined));
    expect(modules.size).toBeGreaterThan(2);
  });

  test("the CLI gives the same report, notes, waivers and verdict with --jobs 1, 2 and 3", () => {
    const first = reportsOf(runCli(["check", modulePlan, "--format", "json", "--jobs", "1"], { env: { GOVGUARD_TODAY: TODAY } }).stdout);
    const found = first.findings;
    expect(found.length).toBeGreaterThan(10);
    // Waivers that cover two findings, one that matches nothing and one that has expired.
    const waivers = path.join(dir, "waivers.yaml");
    const entry = (control: string, resource: string, expires: string): string =>
      `  - control: ${control}\n    resource: ${JSON.stringify(resource)}\n    reason: jobs test\n    owner: ci@example.gov.cn\n    expires: ${expires}\n`;
    fs.writeFileSync(
      waivers,
      "waivers:\n" +
        entry(found[0].control, found[0].resource, "2099-12-31") +
        entry(found[found.length - 1].control, found[found.length - 1].resource, "2099-12-31") +
        entry(found[1].control, "module.nowhere.*", "2099-12-31") +
        entry(found[2].control, found[2].resource, "2020-01-01"),
    );
    const files = [...corpusPlans, modulePlan];
    const runs = ["1", "2", "3"].map((jobs) => runCli(["check", ...files, "--format", "json", "--waivers", waivers, "--jobs", jobs], { env: { GOVGUARD_TODAY: TODAY, GOVGUARD_PART_RESOURCES: "150" } }));
    for (const r of runs) expect(r.stderr).toBe("");
    expect(runs[0].status).toBe(1);
    expect(runs[1].status).toBe(runs[0].status);
    expect(runs[2].status).toBe(runs[0].status);
    expect(runs[1].stdout).toBe(runs[0].stdout);
    expect(runs[2].stdout).toBe(runs[0].stdout);
    const result = reportsOf(runs[0].stdout);
    expect(result.waivers.map((w) => w.status)).toEqual(["active", "active", "unused", "expired"]);
    expect(result.notes.length).toBeGreaterThan(0);
  });
});

interface JsonReport {
  findings: { control: string; resource: string }[];
  waivers: { status: string }[];
  notes: unknown[];
}

function reportsOf(stdout: string): JsonReport {
  return JSON.parse(stdout) as JsonReport;
}

describe("a worker that fails is the input's error, never a pass", () => {
  test("running out of wasm memory in a worker is the same InputError, naming the file, as in one thread", async () => {
    // 16 MiB is enough for the small plan and too little for the 2,000 resources: measured, the
    // small plan needs about 7 MiB and the large one about 42 MiB (it needed more than 48 before
    // the policy got cheaper). The cap sits near the geometric middle so either side can move
    // twofold before this test stops provoking the failure it is about.
    const cap = { maxMemoryBytes: 16 * 1024 * 1024 };
    const files = [smallPlan, modulePlan, smallPlan];
    const inThread = await failure(reports(files, 1, cap));
    const inWorker = await failure(reports(files, 2, cap));
    expect(inThread).toBeInstanceOf(InputError);
    expect(inWorker).toBeInstanceOf(InputError);
    expect((inWorker as InputError).file).toBe(modulePlan);
    expect((inWorker as InputError).problem).toEqual((inThread as InputError).problem);
    expect((inWorker as InputError).problem.en).toMatch(/too large to evaluate within wasm's 4 GiB/);
    expect(failureLine(inWorker)).toMatch(new RegExp(`^govguard: ${modulePlan.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: .* / too large`));
  });

  test("a worker that dies (out of JavaScript heap) is an InputError naming the file it was evaluating", async () => {
    const e = await failure(reports([smallPlan, modulePlan], 2, { resourceLimits: { maxOldGenerationSizeMb: 4 } }));
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).file).toBe(smallPlan);
    expect((e as InputError).problem.en).toMatch(/the worker thread evaluating it died/);
    expect(failureLine(e).split("\n")).toHaveLength(1);
  });
});

describe("--jobs", () => {
  test.each([["0"], ["65"], ["-1"], ["1.5"], ["two"], [""], ["1e1"], ["0x2"], [" 2"], ["99999999999"]])("refuses --jobs=%j with one line and exit 2", (value) => {
    for (const command of ["check", "baseline"]) {
      const r = runCli([command, smallPlan, `--jobs=${value}`, ...(command === "baseline" ? ["-o", path.join(dir, "never.json")] : [])]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(`--jobs must be an integer from 1 to ${MAX_JOBS}`);
    }
    expect(fs.existsSync(path.join(dir, "never.json"))).toBe(false);
  });

  test.each([[0], [65], [1.5], [Number.NaN]])("the library refuses jobs: %p", async (jobs) => {
    const e = await failure(check([smallPlan], { jobs, today: TODAY }));
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).file).toBe("jobs");
    expect((e as InputError).problem.en).toBe(`must be an integer from 1 to ${MAX_JOBS}`);
  });

  test("accepts the cap and the help names it", () => {
    const r = runCli(["check", smallPlan, "--jobs", String(MAX_JOBS), "--format", "json"], { env: { GOVGUARD_TODAY: TODAY } });
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.status);
    expect(runCli(["--help"]).stdout).toContain(`--jobs <N>`);
    expect(runCli(["--help"]).stdout).toContain(`from 1 to ${MAX_JOBS}`);
  });

  test("baseline --jobs 2 records what --jobs 1 records", () => {
    const [a, b] = ["1", "2"].map((jobs) => {
      const out = path.join(dir, `baseline-${jobs}.json`);
      const r = runCli(["baseline", ...corpusPlans.slice(0, 30), modulePlan, "--jobs", jobs, "-o", out], { env: { GOVGUARD_TODAY: TODAY } });
      expect(r.status).toBe(0);
      return fs.readFileSync(out, "utf8").replace(/baseline-[12]\.json/g, "baseline.json");
    });
    expect(b).toBe(a);
  });
});

/** Runs a node script; resolves with how long the process lived after it printed "[done <ms>]". */
function lingerAfterDone(script: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", script], { cwd: repo, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (out += d.toString("utf8")));
    child.on("error", reject);
    child.on("exit", (code) => {
      const ended = Date.now();
      const done = /\[done (\d+)\]/.exec(out);
      if ((code !== 0 && code !== 1) || !done) return reject(new Error(`exit ${code}: ${out}`));
      resolve(ended - Number(done[1]));
    });
  });
}

test("with workers, the CLI and a library caller end as soon as the work is done", async () => {
  const files = JSON.stringify([smallPlan, modulePlan, smallPlan, modulePlan]);
  const dist = JSON.stringify(path.join(repo, "dist", "src"));
  // A library caller does not call process.exit: the workers must not keep its event loop alive.
  const library = `const src = ${dist};
    const { readBundle } = require(src + "/engine/bundle");
    const { readInputs } = require(src + "/inputs/discover");
    const { evaluateReports } = require(src + "/engine/evaluate-reports");
    (async () => {
      const bundle = readBundle();
      const docs = await readInputs(${files}, { attributes: bundle.attributes });
      const reports = await evaluateReports(bundle, {}, docs, { jobs: 2 });
      if (reports.length !== 4) throw new Error("reports missing");
      process.stdout.write("[done " + Date.now() + "]\\n");
    })();`;
  // The CLI: from its call to process.exit to the process being gone.
  const cli = `const fs = require("node:fs");
    const exit = process.exit;
    process.exit = (code) => { fs.writeSync(2, "[done " + Date.now() + "]\\n"); return exit.call(process, code); };
    process.argv = [process.argv[0], "govguard", "check", ...${files}, "--jobs", "2", "--format", "json"];
    require(${JSON.stringify(path.join(repo, "bin", "govguard.js"))});`;
  for (const script of [library, cli]) {
    let best = Infinity;
    for (let i = 0; i < 3; i++) best = Math.min(best, await lingerAfterDone(script));
    expect(best).toBeLessThan(300);
  }
}, 120_000);
