// Runs govguard over folders of real Terraform code, as a new user would, and prints what issue 15
// asks to measure: exit codes, time per folder, the share of "cannot be verified" findings and of
// stack-wide findings, and a seeded random sample of findings to judge by reading the code.
//
//   npm run --silent build
//   node dist/scripts/measure-real-code.js <base-dir> <folders.txt> [--module-for-modules] [--sample N] [--seed S] [--out file.json]
//
// folders.txt lists folders relative to <base-dir>, one a line. With --module-for-modules, a
// folder that is a module repository's root (not under examples/) is checked with --module, as its
// authors mean it to be used. The code measured is fetched by hand and never committed.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

interface Finding {
  control: string;
  resource: string;
  file: string;
  location?: { file: string; line?: number };
  message: { en: string };
}

interface FolderResult {
  folder: string;
  module: boolean;
  exit: number | null;
  ms: number;
  stderr: string;
  findings: Finding[];
  stackControls: string[];
}

function argValue(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function isModuleRoot(folder: string): boolean {
  return !folder.split("/").includes("examples");
}

/** mulberry32: a small seeded generator, so the sample can be drawn again. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function run(cli: string, base: string, folder: string, module: boolean): FolderResult {
  const args = [cli, "check", path.join(base, folder), "--format", "json"];
  if (module) args.push("--module");
  const start = Date.now();
  const result = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 28, timeout: 300_000, cwd: base });
  const ms = Date.now() - start;
  let findings: Finding[] = [];
  try {
    findings = (JSON.parse(result.stdout) as { findings?: Finding[] }).findings ?? [];
  } catch {
    findings = [];
  }
  return { folder, module, exit: result.status, ms, stderr: result.stderr.trim().split("\n")[0] ?? "", findings, stackControls: [] };
}

function main(): void {
  const args = process.argv.slice(2);
  const [base, list] = args;
  if (!base || !list) {
    console.error("usage: measure-real-code <base-dir> <folders.txt> [--module-for-modules] [--sample N] [--seed S] [--out file.json]");
    process.exit(2);
  }
  const cli = path.resolve(__dirname, "..", "..", "bin", "govguard.js");
  const moduleForModules = args.includes("--module-for-modules");
  const sampleSize = Number(argValue(args, "--sample") ?? 25);
  const seed = Number(argValue(args, "--seed") ?? 15);
  const folders = fs.readFileSync(list, "utf8").split("\n").map((line) => line.trim()).filter(Boolean);

  const stackWide = new Set<string>();
  const rules = spawnSync(process.execPath, [cli, "rules", "--format", "json"], { encoding: "utf8" });
  for (const control of JSON.parse(rules.stdout) as Array<{ id: string; scope?: string }>) {
    if (control.scope === "stack") stackWide.add(control.id);
  }

  const results = folders.map((folder) => run(cli, base, folder, moduleForModules && isModuleRoot(folder)));
  const findings = results.flatMap((r) => r.findings.map((f) => ({ ...f, folder: r.folder })));
  const unverifiable = findings.filter((f) => /cannot be verified/i.test(f.message.en));
  const stack = findings.filter((f) => stackWide.has(f.control));
  const exits: Record<string, number> = {};
  for (const r of results) exits[String(r.exit)] = (exits[String(r.exit)] ?? 0) + 1;
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(times.length * q))] ?? 0;

  const random = seeded(seed);
  const pool = [...findings];
  const sample: typeof findings = [];
  while (sample.length < sampleSize && pool.length > 0) sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);

  const summary = {
    folders: results.length,
    checked_as_module: results.filter((r) => r.module).length,
    exits,
    crashes: results.filter((r) => r.exit !== 0 && r.exit !== 1).map((r) => `${r.folder}: ${r.stderr}`),
    findings: findings.length,
    cannot_be_verified: unverifiable.length,
    cannot_be_verified_share: Number((unverifiable.length / Math.max(1, findings.length)).toFixed(3)),
    stack_wide: stack.length,
    stack_wide_share: Number((stack.length / Math.max(1, findings.length)).toFixed(3)),
    ms_median: at(0.5),
    ms_p90: at(0.9),
    ms_max: times[times.length - 1] ?? 0,
    sample: sample.map((f) => ({ folder: f.folder, control: f.control, resource: f.resource, where: f.location ? `${path.relative(base, f.location.file)}:${f.location.line ?? ""}` : path.relative(base, f.file), message: f.message.en })),
  };
  const out = argValue(args, "--out");
  if (out) fs.writeFileSync(out, JSON.stringify({ summary, results }, null, 1));
  console.log(JSON.stringify(summary, null, 1));
}

main();
