// Runs one command as a child process and measures it: wall time from spawn to exit (Node's
// monotonic clock), and, as the kernel reports them for the process when it exits, peak resident
// memory (ru_maxrss, GNU time's `%M`, KiB) and CPU time (user + system, `%U %S`: steadier than
// wall time on a shared machine, and above it for a multi-threaded tool such as opa). stdout goes
// to a file, so a large report is neither held in the harness nor slowed by a pipe; stderr is
// kept to name a failure. A command that outlives its timeout is killed with its process group.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const GNU_TIME = "/usr/bin/time";

export interface CommandResult {
  /** Exit status, or null when killed by a signal. */
  status: number | null;
  signal: string | null;
  wallMs: number;
  /** Peak RSS in MiB (ru_maxrss of the process), when GNU time is available. */
  peakRssMiB: number | null;
  /** User + system CPU time in ms, when GNU time is available. */
  cpuMs: number | null;
  timedOut: boolean;
  /** The last few KiB of stderr. */
  stderr: string;
  stdoutFile: string;
}

export interface CommandOptions {
  timeoutMs: number;
  stdoutFile: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

const STDERR_KEPT = 8192;

let commands = 0;

/** Process groups of the commands running now, ended with the harness if it is interrupted
 * (each command runs detached, in a group of its own, so that a timeout can end all of it). */
const running = new Map<number, string>();

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Makes an interrupted harness end the commands it is running rather than leave them behind,
 * then clean up after itself. */
export function endCommandsOnInterrupt(cleanup: () => void): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      for (const [pid, timeFile] of running) {
        killGroup(pid);
        fs.rmSync(timeFile, { force: true });
      }
      cleanup();
      process.exit(130);
    });
  }
}

export function hasGnuTime(): boolean {
  return fs.existsSync(GNU_TIME);
}

interface TimeFile {
  peakRssMiB: number | null;
  cpuMs: number | null;
  signal: number | null;
}

/** What GNU time wrote: "%M %U %S" on the last line, and the signal that ended the command
 * ("Command terminated by signal 9") on the line before. */
function readTimeFile(file: string): TimeFile {
  try {
    const text = fs.readFileSync(file, "utf8").trim();
    const lines = text.split("\n");
    const [kib, user, system] = lines[lines.length - 1].trim().split(/\s+/).map(Number);
    const signalled = /Command terminated by signal (\d+)/.exec(text);
    return {
      peakRssMiB: Number.isFinite(kib) && kib > 0 ? kib / 1024 : null,
      cpuMs: Number.isFinite(user) && Number.isFinite(system) ? (user + system) * 1000 : null,
      signal: signalled ? Number(signalled[1]) : null,
    };
  } catch {
    return { peakRssMiB: null, cpuMs: null, signal: null };
  }
}

export function runCommand(command: string, args: string[], options: CommandOptions): Promise<CommandResult> {
  const timed = hasGnuTime();
  const rssFile = path.join(os.tmpdir(), `govguard-bench-rss-${process.pid}-${++commands}`);
  const [file, argv] = timed ? [GNU_TIME, ["-f", "%M %U %S", "-o", rssFile, command, ...args]] : [command, args];
  const out = fs.openSync(options.stdoutFile, "w");
  return new Promise((resolve) => {
    let stderr = "";
    let timedOut = false;
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", out, "pipe"], detached: true });
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEPT);
    });
    if (child.pid !== undefined) running.set(child.pid, rssFile);
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) killGroup(child.pid);
    }, options.timeoutMs);
    let done = false;
    const finish = (code: number | null, signal: string | null, spawnError?: Error): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (child.pid !== undefined) running.delete(child.pid);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      fs.closeSync(out);
      const time: TimeFile = timed ? readTimeFile(rssFile) : { peakRssMiB: null, cpuMs: null, signal: null };
      fs.rmSync(rssFile, { force: true });
      // Under GNU time a signalled command shows as exit 128 + n; its file names the signal.
      const signalled = time.signal !== null ? signalName(time.signal) : signal;
      resolve({
        status: signalled ? null : code,
        signal: signalled,
        wallMs,
        peakRssMiB: time.peakRssMiB,
        cpuMs: time.cpuMs,
        timedOut,
        stderr: spawnError ? `${stderr}${spawnError.message}` : stderr,
        stdoutFile: options.stdoutFile,
      });
    };
    child.on("error", (e) => finish(null, null, e));
    child.on("close", (code, signal) => finish(code, signal));
  });
}

function signalName(n: number): string {
  const entry = Object.entries(os.constants.signals).find(([, v]) => v === n);
  return entry ? entry[0] : `signal ${n}`;
}

/** Lines that say most about a failure, best first: a fatal error or panic, then any error. */
const TELLING = [/FATAL ERROR|out of memory|panic:|internal error|Killed/i, /^govguard:|error|fatal|abort|cannot|invalid/i, /fail/i];

/** The line of stderr that best says why a command failed, for a one-line failure. */
export function firstErrorLine(stderr: string): string {
  const lines = stderr.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  for (const pattern of TELLING) {
    const line = lines.find((l) => pattern.test(l));
    if (line) return line.slice(0, 300);
  }
  return (lines[0] ?? "").slice(0, 300);
}
