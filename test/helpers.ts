// Shared by the jest suites: paths, the pinned tools, and running the Rego bundle with `opa eval`.
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PolicyFinding, PolicyReport } from "../src/model";

export const repo = path.resolve(__dirname, "..");
export const fixtures = path.join(repo, "test", "fixtures");
export const regoBundle = path.join(repo, "bundle", "govguard-rego.tar.gz");

export function tool(name: "opa" | "conftest" | "terraform" | "regal"): string {
  const p = path.join(process.env.GOVGUARD_TOOLS_BIN ?? path.join(repo, ".tools", "bin"), name);
  if (!fs.existsSync(p)) throw new Error(`${p} is missing: run scripts/install-tools.sh (npm test does)`);
  return p;
}

export function tempDir(prefix = "govguard-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The report of the plain Rego bundle under `opa eval` (OPA's Go evaluator, not wasm). */
export function opaEvalReport(document: object | Buffer, config?: object): PolicyReport {
  const dir = tempDir();
  try {
    const inputFile = path.join(dir, "input.json");
    fs.writeFileSync(inputFile, Buffer.isBuffer(document) ? document : JSON.stringify(document));
    const args = ["eval", "--format", "json", "--bundle", regoBundle, "--input", inputFile];
    if (config) {
      const dataFile = path.join(dir, "config.json");
      fs.writeFileSync(dataFile, JSON.stringify({ govguard_config: config }));
      args.push("--data", dataFile);
    }
    const out = execFileSync(tool("opa"), [...args, "data.govguard.report"], { encoding: "utf8", maxBuffer: 1 << 28 });
    const parsed = JSON.parse(out) as { result?: { expressions: { value: PolicyReport }[] }[] };
    if (!parsed.result) throw new Error(`opa eval gave no result: ${out.slice(0, 500)}`);
    return parsed.result[0].expressions[0].value;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** [control, resource] pairs, sorted: what a finding list amounts to for most assertions. */
export function pairs(findings: Pick<PolicyFinding, "control" | "resource">[]): [string, string][] {
  return findings.map((f) => [f.control, f.resource] as [string, string]).sort((a, b) => (a.join() < b.join() ? -1 : 1));
}

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (bin/govguard.js) as a user would. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  if (!fs.existsSync(path.join(repo, "dist", "src", "cli", "main.js"))) {
    throw new Error("dist/ is missing: run npm run build (npm test does)");
  }
  const r = spawnSync(process.execPath, [path.join(repo, "bin", "govguard.js"), ...args], {
    cwd: options.cwd ?? repo,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * Whether two reports are the same: equal in everything, findings compared as a set, since the
 * bundle leaves their order to the host (each engine lists them in its own order).
 */
export function sameReport(a: PolicyReport, b: PolicyReport): boolean {
  const normal = (r: PolicyReport): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(r)) out[k] = k === "findings" ? canonical(r.findings.map(canonical).sort()) : canonical(v);
    return out;
  };
  const [na, nb] = [normal(a), normal(b)];
  const differing = [...new Set([...Object.keys(na), ...Object.keys(nb)])].filter((k) => na[k] !== nb[k]);
  if (differing.length > 0) {
    // Show only what differs in the test output (the catalogue alone is long).
    console.error(`reports differ in ${differing.join(", ")}:\n${differing.map((k) => `${k}:\n  ${na[k]}\n  ${nb[k]}`).join("\n")}`);
  }
  return differing.length === 0;
}

/** mulberry32: a small deterministic PRNG, so a failing generated case can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
