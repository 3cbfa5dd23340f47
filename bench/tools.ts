// The four ways the benchmark runs the policy on a plan, each as a child process measured by
// bench/measure.ts, and how each one's success, failure and findings are read:
//   govguard     `node bin/govguard.js check --format json plan.json`, end to end
//   in-process   bench/eval-worker.ts: the evaluation alone inside one Node process
//   opa eval     `opa eval --format json --bundle bundle/govguard-rego.tar.gz --input plan.json data.govguard.report`
//   conftest     `conftest test --no-color --namespace govguard --policy <the bundle's .rego> --output json plan.json`
import * as fs from "node:fs";
import * as path from "node:path";
import { readTarGz } from "../src/engine";
import type { EvalWorkerResult } from "./eval-worker";
import { fromConftest, fromGovguardJson, fromOpaEval } from "./findings";
import { CommandResult, firstErrorLine, runCommand } from "./measure";

export const TOOLS = ["govguard", "in-process", "opa eval", "conftest"] as const;
export type ToolName = (typeof TOOLS)[number];

export interface Measurement {
  ok: boolean;
  wallMs: number;
  peakRssMiB: number | null;
  cpuMs?: number | null;
  /** One line saying why the run failed: exit status, signal or timeout, and the tool's words. */
  error?: string;
  /** Set when the run timed out (the harness then does not repeat it). */
  timedOut?: boolean;
  findings?: string[];
  worker?: EvalWorkerResult;
}

export interface Setup {
  repo: string;
  opa: string;
  conftest: string;
  regoBundle: string;
  /** The .rego files of the Rego bundle, written out for conftest's --policy. */
  policyDir: string;
  scratch: string;
  timeoutMs: number;
}

export function toolPaths(repo: string): Pick<Setup, "opa" | "conftest" | "regoBundle"> {
  const bin = process.env.GOVGUARD_TOOLS_BIN ?? path.join(repo, ".tools", "bin");
  return { opa: path.join(bin, "opa"), conftest: path.join(bin, "conftest"), regoBundle: path.join(repo, "bundle", "govguard-rego.tar.gz") };
}

/** Writes the Rego bundle's policies for conftest, as test/corpus.test.ts does. */
export function writeConftestPolicies(regoBundle: string, dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [name, content] of readTarGz(fs.readFileSync(regoBundle))) {
    if (!name.endsWith(".rego")) continue;
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

function failure(r: CommandResult, timeoutMs: number): string | undefined {
  if (r.timedOut) return `timed out after ${Math.round(timeoutMs / 1000)} s`;
  const said = firstErrorLine(r.stderr);
  if (r.signal) return `killed by ${r.signal}${r.signal === "SIGKILL" ? " (out of memory?)" : ""}${said ? `: ${said}` : ""}`;
  return undefined;
}

/** A measurement from a finished command: `okStatus` says which exit statuses are a result. */
function judge(r: CommandResult, timeoutMs: number, okStatus: (s: number) => boolean, read: (stdout: string) => Partial<Measurement>): Measurement {
  const base = { wallMs: r.wallMs, peakRssMiB: r.peakRssMiB, cpuMs: r.cpuMs };
  const failed = failure(r, timeoutMs);
  if (failed) return { ...base, ok: false, error: failed, timedOut: r.timedOut };
  if (r.status === null || !okStatus(r.status)) {
    return { ...base, ok: false, error: `exit ${String(r.status)}: ${firstErrorLine(r.stderr) || "(no message)"}` };
  }
  try {
    return { ...base, ok: true, ...read(fs.readFileSync(r.stdoutFile, "utf8")) };
  } catch (e: unknown) {
    return { ...base, ok: false, error: `unreadable output: ${(e instanceof Error ? e.message : String(e)).slice(0, 200)}` };
  }
}

function outFile(setup: Setup, tool: string): string {
  return path.join(setup.scratch, `${tool.replace(/\W+/g, "-")}.out`);
}

export async function runGovguard(setup: Setup, plan: string): Promise<Measurement> {
  const r = await runCommand(process.execPath, [path.join(setup.repo, "bin", "govguard.js"), "check", "--format", "json", plan], {
    timeoutMs: setup.timeoutMs,
    stdoutFile: outFile(setup, "govguard"),
    cwd: setup.scratch,
  });
  // 0: the gate passes, 1: findings fail it; 2 is an input error (or a failed evaluation).
  return judge(r, setup.timeoutMs, (s) => s === 0 || s === 1, (out) => ({ findings: fromGovguardJson(out) }));
}

export async function runInProcess(setup: Setup, plan: string, warm: number): Promise<Measurement> {
  const r = await runCommand(process.execPath, [path.join(setup.repo, "dist", "bench", "eval-worker.js"), plan, "--warm", String(warm)], {
    timeoutMs: setup.timeoutMs,
    stdoutFile: outFile(setup, "in-process"),
    cwd: setup.scratch,
  });
  const m = judge(r, setup.timeoutMs, (s) => s === 0 || s === 3, (out) => {
    const worker = JSON.parse(out) as EvalWorkerResult;
    return { worker, findings: worker.findings };
  });
  if (m.ok && m.worker?.error) return { ...m, ok: false, error: m.worker.error, findings: undefined };
  if (m.worker) m.worker.findings = []; // kept once, in `findings`
  return m;
}

export async function runOpaEval(setup: Setup, plan: string): Promise<Measurement> {
  const r = await runCommand(setup.opa, ["eval", "--format", "json", "--bundle", setup.regoBundle, "--input", plan, "data.govguard.report"], {
    timeoutMs: setup.timeoutMs,
    stdoutFile: outFile(setup, "opa"),
    cwd: setup.scratch,
  });
  return judge(r, setup.timeoutMs, (s) => s === 0, (out) => ({ findings: fromOpaEval(out) }));
}

export async function runConftest(setup: Setup, plan: string): Promise<Measurement> {
  const r = await runCommand(setup.conftest, ["test", "--no-color", "--namespace", "govguard", "--policy", setup.policyDir, "--output", "json", plan], {
    timeoutMs: setup.timeoutMs,
    stdoutFile: outFile(setup, "conftest"),
    cwd: setup.scratch,
  });
  // conftest exits 1 when the input has failures; its JSON is the result either way.
  return judge(r, setup.timeoutMs, (s) => s === 0 || s === 1, (out) => {
    const byFile = fromConftest(out);
    const findings = byFile.get(plan) ?? [...byFile.values()][0];
    if (!findings) throw new Error("conftest reported no file");
    return { findings };
  });
}

export function runTool(tool: ToolName, setup: Setup, plan: string, warm: number): Promise<Measurement> {
  switch (tool) {
    case "govguard":
      return runGovguard(setup, plan);
    case "in-process":
      return runInProcess(setup, plan, warm);
    case "opa eval":
      return runOpaEval(setup, plan);
    case "conftest":
      return runConftest(setup, plan);
  }
}
