// Throughput through an OPA server (integrations/opa-server/): `opa run --server` on the Rego
// bundle, on a free loopback port, and the throughput plans POSTed to the Data API
// (POST /v1/data/govguard/report, {"input": <plan>}, the whole report returned) by concurrent clients, as a fleet's callers
// would. Measured from the first request to the last response, after one warm-up request; each
// plan's findings are kept for the comparison with govguard's (bench/throughput.ts).
import { ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as net from "node:net";
import * as path from "node:path";
import { FindingLike, findingKey } from "./findings";
import { median, percentile, round } from "./stats";

export interface ServerThroughput {
  ok: boolean;
  error?: string;
  plans: number;
  clients: number;
  /** From the first request to the last response, ms (the server already started and warm). */
  wallMs?: number;
  plansPerSecond?: number;
  /** Time of each request as its client saw it, ms. */
  requestMs?: { median: number; p95: number; max: number };
  /** The server's peak resident memory (VmHWM), MiB; null where /proc is not there. */
  peakRssMiB?: number | null;
  startMs?: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const port = (probe.address() as net.AddressInfo).port;
      probe.close(() => resolve(port));
    });
  });
}

function request(agent: http.Agent, port: number, body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, method: "POST", path: "/v1/data/govguard/report", agent, headers: { "content-type": "application/json", "content-length": body.length } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function healthy(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`opa exited ${child.exitCode}`);
    const ok = await new Promise<boolean>((resolve) => {
      http.get({ host: "127.0.0.1", port, path: "/health?bundles" }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      }).on("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("opa run --server did not become healthy");
}

function peakRssMiB(pid: number | undefined): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** POSTs every plan in `dir` (`files`) to a fresh OPA server with `clients` concurrent clients. */
export async function measureServer(
  opa: string,
  regoBundle: string,
  dir: string,
  files: string[],
  clients: number,
  timeoutMs: number,
): Promise<{ figure: ServerThroughput; findings?: Map<string, string[]> }> {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child = spawn(opa, ["run", "--server", "--addr", `127.0.0.1:${port}`, "--log-level", "error", "--bundle", regoBundle], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const base: ServerThroughput = { ok: false, plans: files.length, clients };
  try {
    await healthy(port, child, 60_000);
    const startMs = round(Number(process.hrtime.bigint() - started) / 1e6);
    const bodies = files.map((f) => Buffer.concat([Buffer.from('{"input":'), fs.readFileSync(path.join(dir, f)), Buffer.from("}")]));
    await request(agent, port, bodies[0]); // warm-up
    const findings = new Map<string, string[]>();
    const times: number[] = [];
    let next = 0;
    const t0 = process.hrtime.bigint();
    const deadline = Date.now() + timeoutMs;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < files.length) {
          if (Date.now() > deadline) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s`);
          const i = next++;
          const t = process.hrtime.bigint();
          const r = await request(agent, port, bodies[i]);
          times.push(Number(process.hrtime.bigint() - t) / 1e6);
          if (r.status !== 200) throw new Error(`${files[i]}: HTTP ${r.status} ${r.text.slice(0, 200)}`);
          const report = (JSON.parse(r.text) as { result?: { findings?: FindingLike[] } }).result;
          if (!Array.isArray(report?.findings)) throw new Error(`${files[i]}: no report in the response`);
          findings.set(files[i], report.findings.map(findingKey));
        }
      }),
    );
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    return {
      figure: {
        ...base,
        ok: true,
        wallMs: round(wallMs),
        plansPerSecond: round((files.length * 1000) / wallMs, 1),
        requestMs: { median: round(median(times), 2), p95: round(percentile(times, 95), 2), max: round(Math.max(...times), 2) },
        peakRssMiB: peakRssMiB(child.pid),
        startMs,
      },
      findings,
    };
  } catch (e: unknown) {
    const said = stderr.trim().split("\n")[0] ?? "";
    return { figure: { ...base, error: `${e instanceof Error ? e.message : String(e)}${said ? `: ${said}` : ""}` } };
  } finally {
    agent.destroy();
    if (child.exitCode === null) child.kill("SIGTERM");
  }
}
