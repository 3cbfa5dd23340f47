// One plan size: generate the plan, run every tool on it several times (interleaved, so that a
// change in the machine's load touches all of them alike), and summarize: median and spread of
// the wall time, peak memory, govguard ÷ opa eval, the in-process phases against JSON.parse, and
// whether all tools report the same findings.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { GOVGUARD_ONLY } from "./args";
import { compareFindings } from "./findings";
import type { EstateProfile } from "./generate-plan";
import { firstErrorLine, runCommand } from "./measure";
import { round, summarize, Summary } from "./stats";
import { Measurement, runTool, Setup, ToolName, TOOLS } from "./tools";

export interface ToolResult {
  runs: number;
  ok: number;
  /** The first failure, on one line. */
  error?: string;
  wallMs?: Summary;
  /** User + system CPU time of the successful runs. */
  cpuMs?: Summary;
  /** The highest peak RSS of the runs (failed ones included), MiB. */
  peakRssMiB?: number | null;
  /** This tool's median ÷ opa eval's median. */
  ratioToOpa?: number;
}

export interface InProcessPhases {
  evaluatedBytes: number;
  decodeMs?: Summary;
  parseMs?: Summary;
  prepareMs?: Summary;
  loadMs?: Summary;
  firstEvalMs?: Summary;
  warmEvalMs?: Summary;
  parseUsPerResource?: number;
  firstEvalUsPerResource?: number;
  warmEvalUsPerResource?: number;
  /** First evaluation ÷ JSON.parse (what the CLI pays against the yardstick). */
  firstEvalToParse?: number;
  warmEvalToParse?: number;
  /** ru_maxrss the worker read of itself. */
  maxRssMiB?: number;
}

export interface FindingsResult {
  /** Whether every tool that ran reported the same findings; null when fewer than two ran. */
  identical: boolean | null;
  /** Whether each tool reported the same findings in every one of its runs. */
  stableAcrossRuns: boolean;
  /** The tools whose findings were compared (those with at least one successful run). */
  tools: string[];
  counts: Record<string, number>;
  pairs: Record<string, number>;
  differences: string[];
  resourcesWithFindings?: number;
  shareOfResources?: number;
}

export interface SizeResult {
  resources: number;
  /** "bench" (compliant-leaning) or "legacy" (companions mostly missing). */
  estate: EstateProfile;
  seed: number;
  /** The machine's 1, 5 and 15 minute load averages when this size started (it is shared). */
  loadAverage: number[];
  bytes?: number;
  generateMs?: number;
  error?: string;
  tools: Partial<Record<ToolName, ToolResult>>;
  inProcess?: InProcessPhases;
  findings?: FindingsResult;
}

export interface SizeOptions {
  resources: number;
  estate: EstateProfile;
  seed: number;
  runs: number;
  /** Warm evaluations per in-process run. */
  warm: number;
  planFile: string;
}

async function generate(setup: Setup, o: SizeOptions): Promise<{ ok: boolean; ms: number; bytes?: number; error?: string }> {
  const script = path.join(setup.repo, "dist", "bench", "generate-plan.js");
  const stdoutFile = path.join(setup.scratch, "generate.out");
  // The generator holds the estate's model (not its text: bench/write-json.ts writes it piece by
  // piece): about 4 GiB of heap at 1,000,000 resources.
  const heap = o.resources > 500_000 ? 12_288 : 8192;
  const args = [`--max-old-space-size=${heap}`, script, "--resources", String(o.resources), "--seed", String(o.seed), "--estate", o.estate, "--out", o.planFile];
  const r = await runCommand(process.execPath, args, {
    timeoutMs: setup.timeoutMs,
    stdoutFile,
  });
  if (r.status !== 0) return { ok: false, ms: r.wallMs, error: r.timedOut ? "generator timed out" : `generator failed: ${firstErrorLine(r.stderr)}` };
  const info = JSON.parse(fs.readFileSync(stdoutFile, "utf8")) as { bytes: number };
  return { ok: true, ms: r.wallMs, bytes: info.bytes };
}

function toolResult(runs: Measurement[]): ToolResult {
  const ok = runs.filter((m) => m.ok);
  const peaks = runs.map((m) => m.peakRssMiB).filter((p): p is number => p !== null);
  return {
    runs: runs.length,
    ok: ok.length,
    ...(runs.find((m) => !m.ok)?.error ? { error: runs.find((m) => !m.ok)?.error } : {}),
    wallMs: summarize(ok.map((m) => m.wallMs)),
    cpuMs: summarize(ok.flatMap((m) => (typeof m.cpuMs === "number" ? [m.cpuMs] : []))),
    peakRssMiB: peaks.length > 0 ? round(Math.max(...peaks)) : null,
  };
}

function phases(runs: Measurement[], resources: number): InProcessPhases | undefined {
  const workers = runs.flatMap((m) => (m.ok && m.worker ? [m.worker] : []));
  if (workers.length === 0) return undefined;
  const pick = (f: (w: (typeof workers)[number]) => number[]): Summary | undefined => summarize(workers.flatMap(f));
  const p: InProcessPhases = {
    evaluatedBytes: workers[0].evaluatedBytes,
    decodeMs: pick((w) => [w.decodeMs]),
    parseMs: pick((w) => [w.parseMs]),
    prepareMs: pick((w) => [w.prepareMs]),
    loadMs: pick((w) => [w.loadMs]),
    firstEvalMs: pick((w) => [w.firstEvalMs]),
    warmEvalMs: pick((w) => w.warmEvalMs),
    maxRssMiB: round(Math.max(...workers.map((w) => w.maxRssMiB))),
  };
  const per = (s?: Summary): number | undefined => (s ? round((s.median * 1000) / resources, 2) : undefined);
  p.parseUsPerResource = per(p.parseMs);
  p.firstEvalUsPerResource = per(p.firstEvalMs);
  p.warmEvalUsPerResource = per(p.warmEvalMs);
  if (p.parseMs && p.parseMs.median > 0) {
    if (p.firstEvalMs) p.firstEvalToParse = round(p.firstEvalMs.median / p.parseMs.median, 2);
    if (p.warmEvalMs) p.warmEvalToParse = round(p.warmEvalMs.median / p.parseMs.median, 2);
  }
  return p;
}

function findingsResult(byTool: Partial<Record<ToolName, Measurement[]>>, resources: number): FindingsResult {
  const first: Record<string, string[]> = {};
  let stable = true;
  for (const tool of TOOLS) {
    const runs = (byTool[tool] ?? []).filter((m) => m.ok && m.findings);
    if (runs.length === 0) continue;
    const reference = [...(runs[0].findings as string[])].sort().join("\n");
    if (runs.some((m) => [...(m.findings as string[])].sort().join("\n") !== reference)) stable = false;
    first[tool] = runs[0].findings as string[];
  }
  const tools = Object.keys(first);
  const agreement = compareFindings(first);
  const reference = first.govguard ?? first[tools[0]];
  const flagged = reference ? new Set(reference.map((k) => k.split("\t")[1]).filter((r) => r !== "(stack)")) : undefined;
  return {
    identical: tools.length >= 2 ? agreement.identical : null,
    stableAcrossRuns: stable,
    tools,
    counts: agreement.counts,
    pairs: agreement.pairs,
    differences: agreement.differences,
    ...(flagged ? { resourcesWithFindings: flagged.size, shareOfResources: round(flagged.size / resources, 3) } : {}),
  };
}

export async function measureSize(setup: Setup, o: SizeOptions, log: (line: string) => void): Promise<SizeResult> {
  const result: SizeResult = { resources: o.resources, estate: o.estate, seed: o.seed, loadAverage: os.loadavg().map((l) => round(l, 2)), tools: {} };
  const generated = await generate(setup, o);
  result.generateMs = round(generated.ms);
  if (!generated.ok) {
    result.error = generated.error;
    log(`${o.resources} resources: ${generated.error}`);
    return result;
  }
  result.bytes = generated.bytes;
  log(`${o.resources} resources (${o.estate} estate): plan of ${round((generated.bytes ?? 0) / 2 ** 20)} MiB generated in ${result.generateMs} ms; load average ${result.loadAverage.join(" ")}`);
  const byTool: Partial<Record<ToolName, Measurement[]>> = {};
  const stopped = new Set<ToolName>(o.resources >= GOVGUARD_ONLY ? TOOLS.filter((t) => t !== "govguard") : []);
  for (let run = 1; run <= o.runs; run++) {
    for (const tool of TOOLS) {
      if (stopped.has(tool)) continue;
      const m = await runTool(tool, setup, o.planFile, o.warm);
      (byTool[tool] ??= []).push(m);
      log(`  run ${run}/${o.runs} ${tool.padEnd(10)} ${m.ok ? `${round(m.wallMs)} ms` : `FAILED after ${round(m.wallMs)} ms: ${m.error ?? ""}`}${typeof m.cpuMs === "number" ? ` (cpu ${round(m.cpuMs)} ms)` : ""}${m.peakRssMiB !== null ? `, peak ${round(m.peakRssMiB)} MiB` : ""}`);
      // A tool that failed (crash, timeout, out of memory) fails the same way again: not repeated.
      if (!m.ok) stopped.add(tool);
    }
  }
  for (const tool of TOOLS) if (byTool[tool]) result.tools[tool] = toolResult(byTool[tool] as Measurement[]);
  const opa = result.tools["opa eval"]?.wallMs?.median;
  for (const tool of TOOLS) {
    const t = result.tools[tool];
    if (t?.wallMs && opa) t.ratioToOpa = round(t.wallMs.median / opa, 2);
  }
  result.inProcess = phases(byTool["in-process"] ?? [], o.resources);
  result.findings = findingsResult(byTool, o.resources);
  return result;
}
