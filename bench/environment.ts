// What a result was measured on: the machine, the versions of Node, opa and conftest, the policy
// bundle and the commit (read only: `git rev-parse`, `git status --porcelain`).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { hasGnuTime } from "./measure";

export interface Environment {
  machine: { cpu: string; cores: number; memoryGiB: number; os: string; loadAverage: number[]; freshMemoryMsPerGiB: number | null };
  versions: { node: string; opa: string; conftest: string; govguard: string };
  bundle: { wasm: string; rego: string };
  git: { commit: string; uncommittedChanges: number };
  memoryMethod: string;
  timeMethod: string;
}

function quiet(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

function sha256(file: string): string {
  try {
    return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  } catch {
    return "missing";
  }
}

// Touches every page of 256 MiB of new wasm memory and prints how long it took (ms).
const TOUCH_PROBE = `const n = 256 * 1048576; const t = process.hrtime.bigint();
const u = new Uint8Array(new WebAssembly.Memory({ initial: n / 65536 }).buffer);
for (let i = 0; i < n; i += 4096) u[i] = 1;
process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;

/**
 * What the first touch of memory costs on this machine, in ms per GiB (median of three fresh
 * processes). An evaluation touches its wasm heap once (about 27 bytes per byte of plan): in a
 * virtual machine that backs guest memory lazily a page's first touch is a fault into the host,
 * and figures measured on machines whose cost differs tenfold are not comparable. Measured at
 * about 3,100 ms/GiB on a Firecracker VM here (load near 0), where the 10k legacy estate took 3.6 s against
 * 1.8 s on a machine of the same kind the day before.
 */
export function freshMemoryMsPerGiB(): number | null {
  const runs: number[] = [];
  for (let k = 0; k < 3; k++) {
    const ms = Number(quiet(process.execPath, ["-e", TOUCH_PROBE], process.cwd()));
    if (!Number.isFinite(ms) || ms <= 0) return null;
    runs.push(ms * 4);
  }
  return Math.round(runs.sort((a, b) => a - b)[1]);
}

export function environment(repo: string, opa: string, conftest: string): Environment {
  const pkg = JSON.parse(fs.readFileSync(path.join(repo, "package.json"), "utf8")) as { version: string };
  const opaVersion = /Version:\s*(\S+)/.exec(quiet(opa, ["version"], repo))?.[1] ?? "unavailable";
  const conftestText = quiet(conftest, ["--version"], repo);
  const conftestVersion = conftestText ? conftestText.split("\n").map((l) => l.trim()).join(", ") : "unavailable";
  const status = quiet("git", ["status", "--porcelain"], repo);
  return {
    machine: {
      cpu: os.cpus()[0]?.model ?? "unknown",
      cores: os.cpus().length,
      memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
      freshMemoryMsPerGiB: freshMemoryMsPerGiB(),
    },
    versions: { node: process.version, opa: opaVersion, conftest: conftestVersion, govguard: pkg.version },
    bundle: { wasm: sha256(path.join(repo, "bundle", "govguard.tar.gz")), rego: sha256(path.join(repo, "bundle", "govguard-rego.tar.gz")) },
    git: { commit: quiet("git", ["rev-parse", "HEAD"], repo) || "unknown", uncommittedChanges: status === "" ? 0 : status.split("\n").length },
    memoryMethod: hasGnuTime()
      ? "peak RSS = ru_maxrss of each child process at exit, from GNU time (/usr/bin/time -f %M)"
      : "peak RSS unavailable (no /usr/bin/time)",
    timeMethod: "wall time = spawn to exit of each child process, process.hrtime in the harness; in-process phases with process.hrtime inside the worker",
  };
}
