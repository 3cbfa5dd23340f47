// Throughput: many small plans gated in one process. govguard in three ways (bench/
// throughput-worker.ts), and for comparison the native tools given all the plans at once:
// `conftest test` with every file, and one `opa eval` whose query evaluates the report of each
// plan `with input as` it (the plans loaded as data, as test/corpus.test.ts does). Findings of
// the three must agree plan by plan.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { compareFindings, fromConftest, fromOpaEvalRows } from "./findings";
import { generatePlan } from "./generate-plan";
import { firstErrorLine, runCommand } from "./measure";
import { measureServer, ServerThroughput } from "./server-throughput";
import { median, percentile, round, summarize, Summary } from "./stats";
import type { ThroughputMode, ThroughputWorkerResult } from "./throughput-worker";
import { Measurement, Setup } from "./tools";
import { writeJsonFile } from "./write-json";

export interface ThroughputOptions {
  plans: number;
  resources: number;
  seed: number;
  runs: number;
  /** How many plans check-each gates (each loads the policy anew). */
  eachLimit: number;
  /** Concurrent clients POSTing the plans to an OPA server (0 skips the server). */
  serverClients: number;
  /** `govguard check --jobs` values for the CLI rows (all the plans in one command). */
  jobs: number[];
}

export interface RateFigure {
  plans: number;
  ok: boolean;
  error?: string;
  /** Wall time of the process, ms (median over runs where there are several). */
  wallMs?: number;
  wallMsRuns?: Summary;
  /** User + system CPU time of the process, ms. */
  cpuMs?: number | null;
  /** Plans per second over the process's wall time (start, load, every plan, exit). */
  plansPerSecond?: number;
  /** Plans per second once the policy is loaded (evaluator mode). */
  steadyPlansPerSecond?: number;
  perPlanMs?: { median: number; p95: number; max: number };
  peakRssMiB?: number | null;
  passed?: number;
  failed?: number;
  /** CLI rows: the --jobs value and plans per second per job. */
  jobs?: number;
  plansPerSecondPerJob?: number;
}

export interface ThroughputResult {
  plans: number;
  resourcesPerPlan: number;
  seed: string;
  generateMs: number;
  /** "govguard evaluator", "govguard check() batch", "govguard check() per plan", "govguard CLI --jobs N"
   * (one per --jobs value, with plans/s per job), "opa eval batch", "conftest batch". */
  figures: Record<string, RateFigure>;
  /** The plans through `opa run --server` and its Data API (bench/server-throughput.ts). */
  server?: ServerThroughput;
  agreement: { plansCompared: number; plansIdentical: number; firstDifferences: string[] };
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function planName(i: number): string {
  return `plan-${String(i + 1).padStart(4, "0")}.json`;
}

async function worker(setup: Setup, dir: string, mode: ThroughputMode, limit?: number): Promise<{ m: Measurement; result?: ThroughputWorkerResult }> {
  const args = [path.join(setup.repo, "dist", "bench", "throughput-worker.js"), dir, "--mode", mode, ...(limit ? ["--limit", String(limit)] : [])];
  const stdoutFile = path.join(setup.scratch, `throughput-${mode}.out`);
  const r = await runCommand(process.execPath, args, { timeoutMs: setup.timeoutMs, stdoutFile, cwd: setup.scratch });
  const base = { wallMs: r.wallMs, peakRssMiB: r.peakRssMiB, cpuMs: r.cpuMs };
  if (r.timedOut) return { m: { ...base, ok: false, error: `timed out after ${Math.round(setup.timeoutMs / 1000)} s` } };
  try {
    const result = JSON.parse(fs.readFileSync(stdoutFile, "utf8")) as ThroughputWorkerResult;
    return { m: { ...base, ok: !result.error, error: result.error }, result };
  } catch {
    return { m: { ...base, ok: false, error: `exit ${String(r.status ?? r.signal)}: ${firstErrorLine(r.stderr)}` } };
  }
}

function rate(plans: number, m: Measurement, result?: ThroughputWorkerResult): RateFigure {
  if (!m.ok) return { plans, ok: false, error: m.error };
  const figure: RateFigure = {
    plans,
    ok: true,
    wallMs: round(m.wallMs),
    cpuMs: typeof m.cpuMs === "number" ? round(m.cpuMs) : null,
    plansPerSecond: round((plans * 1000) / m.wallMs),
    peakRssMiB: m.peakRssMiB === null ? null : round(m.peakRssMiB),
    passed: result?.passed,
    failed: result?.failed,
  };
  if (result && result.perPlanMs.length > 0) {
    const per = result.perPlanMs;
    figure.perPlanMs = { median: round(median(per), 2), p95: round(percentile(per, 95), 2), max: round(Math.max(...per), 2) };
    figure.steadyPlansPerSecond = round((per.length * 1000) / per.reduce((s, v) => s + v, 0));
  }
  return figure;
}

/** Whether the CLI has --jobs (helper W's workers): `govguard --help` names it. */
export function cliHasJobs(setup: Setup): boolean {
  const r = spawnSync(process.execPath, [path.join(setup.repo, "bin", "govguard.js"), "--help"], { encoding: "utf8", timeout: 60_000 });
  return `${r.stdout ?? ""}${r.stderr ?? ""}`.includes("--jobs");
}

/** `govguard check` of all the plans in one command, end to end, with --jobs when the CLI has it. */
async function cliBatch(setup: Setup, dir: string, files: string[], jobs: number, hasJobs: boolean): Promise<RateFigure> {
  if (jobs !== 1 && !hasJobs) return { plans: files.length, ok: false, jobs, error: "n/a: this govguard has no --jobs" };
  const stdoutFile = path.join(setup.scratch, `throughput-cli-${jobs}.out`);
  const args = [path.join(setup.repo, "bin", "govguard.js"), "check", "--format", "json", ...(hasJobs ? ["--jobs", String(jobs)] : []), ...files];
  const r = await runCommand(process.execPath, args, { timeoutMs: setup.timeoutMs, stdoutFile, cwd: dir });
  const m: Measurement = { ok: (r.status === 0 || r.status === 1) && !r.timedOut, wallMs: r.wallMs, peakRssMiB: r.peakRssMiB, cpuMs: r.cpuMs };
  fs.rmSync(stdoutFile, { force: true });
  if (!m.ok) return { ...rate(files.length, { ...m, error: r.timedOut ? "timed out" : `exit ${String(r.status ?? r.signal)}: ${firstErrorLine(r.stderr)}` }), jobs };
  const figure = rate(files.length, m);
  return { ...figure, jobs, plansPerSecondPerJob: figure.plansPerSecond === undefined ? undefined : round(figure.plansPerSecond / jobs, 1) };
}

/** opa eval over all the plans at once: each plan's report findings from one query. */
async function opaBatch(setup: Setup, dir: string, files: string[]): Promise<{ figure: RateFigure; findings?: Map<string, string[]> }> {
  const dataFile = path.join(setup.scratch, "throughput-data.json");
  const fd = fs.openSync(dataFile, "w");
  fs.writeSync(fd, '{"govguard_bench_plans":{');
  files.forEach((f, i) => {
    fs.writeSync(fd, `${i > 0 ? "," : ""}${JSON.stringify(path.basename(f, ".json"))}:`);
    fs.writeSync(fd, fs.readFileSync(path.join(dir, f)));
  });
  fs.writeSync(fd, "}}");
  fs.closeSync(fd);
  const query = "some id; data.govguard_bench_plans[id]; findings := data.govguard.report.findings with input as data.govguard_bench_plans[id]";
  const stdoutFile = path.join(setup.scratch, "throughput-opa.out");
  const r = await runCommand(setup.opa, ["eval", "--format", "json", "--bundle", setup.regoBundle, "--data", dataFile, query], { timeoutMs: setup.timeoutMs, stdoutFile, cwd: setup.scratch });
  fs.rmSync(dataFile, { force: true });
  const m: Measurement = { ok: r.status === 0 && !r.timedOut, wallMs: r.wallMs, peakRssMiB: r.peakRssMiB, cpuMs: r.cpuMs };
  if (!m.ok) return { figure: rate(files.length, { ...m, error: r.timedOut ? "timed out" : `exit ${String(r.status ?? r.signal)}: ${firstErrorLine(r.stderr)}` }) };
  const rows = fromOpaEvalRows(fs.readFileSync(stdoutFile, "utf8"));
  return { figure: rate(files.length, m), findings: new Map([...rows].map(([id, keys]) => [`${id}.json`, keys])) };
}

/** conftest over all the plans at once. */
async function conftestBatch(setup: Setup, dir: string, files: string[]): Promise<{ figure: RateFigure; findings?: Map<string, string[]> }> {
  const stdoutFile = path.join(setup.scratch, "throughput-conftest.out");
  const args = ["test", "--no-color", "--namespace", "govguard", "--policy", setup.policyDir, "--output", "json", ...files];
  const r = await runCommand(setup.conftest, args, { timeoutMs: setup.timeoutMs, stdoutFile, cwd: dir });
  const m: Measurement = { ok: (r.status === 0 || r.status === 1) && !r.timedOut, wallMs: r.wallMs, peakRssMiB: r.peakRssMiB, cpuMs: r.cpuMs };
  if (!m.ok) return { figure: rate(files.length, { ...m, error: r.timedOut ? "timed out" : `exit ${String(r.status ?? r.signal)}: ${firstErrorLine(r.stderr)}` }) };
  const byFile = fromConftest(fs.readFileSync(stdoutFile, "utf8"));
  const findings = new Map([...byFile].map(([f, keys]) => [path.basename(f), keys]));
  const failed = [...findings.values()].filter((k) => k.length > 0).length;
  return { figure: { ...rate(files.length, m), passed: files.length - failed, failed }, findings };
}

export async function measureThroughput(setup: Setup, dir: string, o: ThroughputOptions, log: (line: string) => void): Promise<ThroughputResult> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let t = process.hrtime.bigint();
  const files: string[] = [];
  for (let i = 0; i < o.plans; i++) {
    files.push(planName(i));
    writeJsonFile(path.join(dir, planName(i)), generatePlan({ resources: o.resources, seed: o.seed + i }));
  }
  const generateMs = round(ms(t));
  log(`throughput: ${o.plans} plans of ${o.resources} resources generated in ${generateMs} ms`);

  const evaluatorRuns: { m: Measurement; result?: ThroughputWorkerResult }[] = [];
  for (let run = 0; run < o.runs; run++) {
    t = process.hrtime.bigint();
    evaluatorRuns.push(await worker(setup, dir, "evaluator"));
    log(`  govguard evaluator run ${run + 1}: ${evaluatorRuns[run].m.ok ? `${round(evaluatorRuns[run].m.wallMs)} ms` : evaluatorRuns[run].m.error}`);
    if (!evaluatorRuns[run].m.ok) break;
  }
  const okRuns = evaluatorRuns.filter((r) => r.m.ok);
  const typical = okRuns.length > 0 ? okRuns.sort((a, b) => a.m.wallMs - b.m.wallMs)[Math.floor((okRuns.length - 1) / 2)] : evaluatorRuns[0];
  const evaluatorFigure = { ...rate(o.plans, typical.m, typical.result), wallMsRuns: summarize(okRuns.map((r) => r.m.wallMs)) };

  const batch = await worker(setup, dir, "check-batch");
  log(`  govguard check() batch: ${batch.m.ok ? `${round(batch.m.wallMs)} ms` : batch.m.error}`);
  const eachLimit = Math.min(o.eachLimit, o.plans);
  const each = await worker(setup, dir, "check-each", eachLimit);
  log(`  govguard check() per plan (${eachLimit} plans): ${each.m.ok ? `${round(each.m.wallMs)} ms` : each.m.error}`);
  const hasJobs = cliHasJobs(setup);
  // The CLI rows, which the target is judged on, are medians of `runs` runs like the rest, the
  // --jobs values alternated so that a slow minute of the machine does not fall on one of them
  // (one run each read 148 plans/s per core where three alternated outside it read 151-158).
  const cliRuns = new Map<number, RateFigure[]>(o.jobs.map((jobs) => [jobs, []]));
  for (let run = 0; run < Math.max(1, o.runs); run++) {
    for (const jobs of o.jobs) cliRuns.get(jobs)!.push(await cliBatch(setup, dir, files, jobs, hasJobs));
  }
  const cli: Record<string, RateFigure> = {};
  for (const [jobs, figures] of cliRuns) {
    // A run that failed is the row: a median of the others would hide it.
    const failed = figures.find((f) => !f.ok || f.wallMs === undefined);
    const walls = figures.map((f) => f.wallMs ?? 0);
    const sorted = [...figures].sort((a, b) => (a.wallMs ?? 0) - (b.wallMs ?? 0));
    const figure = failed ?? { ...sorted[Math.floor((sorted.length - 1) / 2)], wallMsRuns: summarize(walls) };
    cli[`govguard CLI --jobs ${jobs}`] = figure;
    const runs = figure.wallMsRuns === undefined || figure.wallMsRuns.n < 2 ? "" : ` (median of ${figure.wallMsRuns.n}: ${figure.wallMsRuns.min}-${figure.wallMsRuns.max} ms)`;
    log(`  govguard CLI --jobs ${jobs}: ${figure.ok ? `${figure.wallMs} ms, ${figure.plansPerSecond} plans/s${runs}` : figure.error}`);
  }
  const opa = await opaBatch(setup, dir, files);
  log(`  opa eval batch: ${opa.figure.ok ? `${opa.figure.wallMs} ms` : opa.figure.error}`);
  const conftest = await conftestBatch(setup, dir, files);
  log(`  conftest batch: ${conftest.figure.ok ? `${conftest.figure.wallMs} ms` : conftest.figure.error}`);
  const server = o.serverClients > 0 ? await measureServer(setup.opa, setup.regoBundle, dir, files, o.serverClients, setup.timeoutMs) : undefined;
  if (server) log(`  opa run --server, ${o.serverClients} clients: ${server.figure.ok ? `${server.figure.wallMs} ms, ${server.figure.plansPerSecond} plans/s` : server.figure.error}`);

  const govguardFindings = typical.result?.findings;
  let identical = 0;
  let compared = 0;
  const firstDifferences: string[] = [];
  if (govguardFindings && opa.findings && conftest.findings && (!server || server.findings)) {
    for (const file of files) {
      compared++;
      const agreement = compareFindings({
        govguard: govguardFindings[file] ?? [],
        "opa eval": opa.findings.get(file) ?? [],
        conftest: conftest.findings.get(file) ?? [],
        ...(server?.findings ? { "opa server": server.findings.get(file) ?? [] } : {}),
      });
      if (agreement.identical) identical++;
      else if (firstDifferences.length < 5) firstDifferences.push(`${file}: ${agreement.differences[0]}`);
    }
  }
  return {
    plans: o.plans,
    resourcesPerPlan: o.resources,
    seed: `${o.seed}..${o.seed + o.plans - 1}`,
    generateMs,
    figures: {
      "govguard evaluator": evaluatorFigure,
      "govguard check() batch": rate(o.plans, batch.m, batch.result),
      "govguard check() per plan": rate(eachLimit, each.m, each.result),
      ...cli,
      "opa eval batch": opa.figure,
      "conftest batch": conftest.figure,
    },
    server: server?.figure,
    agreement: { plansCompared: compared, plansIdentical: identical, firstDifferences },
  };
}
