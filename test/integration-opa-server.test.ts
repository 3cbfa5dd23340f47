// govguard on a fleet of OPA servers (integrations/opa-server/): a real `opa run --server` on the
// Rego bundle, plans POSTed to the Data API, findings compared with `govguard check` on the same
// plans; the bundle signed and verified, a tampered or unsigned one refused; and the fleet set-up
// of the README run for real: a bundle service the server polls, decision logs uploaded to it with
// the plan masked out.
import { ChildProcess, execFileSync, spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import * as fs from "node:fs";
import * as http from "node:http";
import * as net from "node:net";
import * as path from "node:path";
import { gunzipSync } from "node:zlib";
import { regoBundle, repo, runCli, tempDir, tool } from "./helpers";
import { CliFinding, cliFindings, corpusPlans, findingKey, sorted } from "./integration-corpus";

const today = "2026-11-21";
const serverDir = path.join(repo, "integrations", "opa-server");
let scratch: string;
const servers: ChildProcess[] = [];

beforeAll(() => {
  scratch = tempDir("govguard-opa-server-");
});
afterAll(() => {
  for (const s of servers) if (s.exitCode === null && s.pid !== undefined) s.kill("SIGTERM");
  fs.rmSync(scratch, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address() as net.AddressInfo;
      probe.close(() => resolve(address.port));
    });
  });
}

interface Opa {
  url: string;
  child: ChildProcess;
  log: () => string;
}

/** Starts `opa run --server` on a free loopback port and waits until it reports healthy with its
 * bundles activated (GET /health?bundles); rejects with the server's output if it exits instead. */
async function startOpa(args: string[]): Promise<Opa> {
  const port = await freePort();
  const child = spawn(tool("opa"), ["run", "--server", "--addr", `127.0.0.1:${port}`, "--log-level", "error", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  servers.push(child);
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`opa exited ${child.exitCode}: ${output}`);
    try {
      const r = await fetch(`${url}/health?bundles`);
      if (r.status === 200) return { url, child, log: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGTERM");
  throw new Error(`opa did not become healthy: ${output}`);
}

function stop(opa: Opa): Promise<void> {
  return new Promise((resolve) => {
    if (opa.child.exitCode !== null) return resolve();
    opa.child.once("exit", () => resolve());
    opa.child.kill("SIGTERM");
  });
}

/** Runs `opa run --server` expecting it to refuse to start; returns its exit status and output. */
function refusedStart(args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    void freePort().then((port) => {
      const child = spawn(tool("opa"), ["run", "--server", "--addr", `127.0.0.1:${port}`, ...args], { stdio: ["ignore", "pipe", "pipe"] });
      servers.push(child);
      let output = "";
      child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
      child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
      const timer = setTimeout(() => {
        child.kill("SIGTERM");
        reject(new Error(`opa kept running with ${args.join(" ")}: ${output}`));
      }, 20_000);
      child.once("exit", (status) => {
        clearTimeout(timer);
        resolve({ status, output });
      });
    }, reject);
  });
}

interface ServerFinding {
  control: string;
  resource: string;
  attribute?: string;
  message: { zh: string; en: string };
  waiver?: { status: string };
}

interface ServerReport {
  errors: unknown[];
  findings: ServerFinding[];
}

async function post(url: string, pathName: string, body: Buffer | string): Promise<unknown> {
  const r = await fetch(`${url}${pathName}`, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : new Uint8Array(body) });
  if (r.status !== 200) throw new Error(`POST ${pathName}: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { result?: unknown }).result;
}

async function put(url: string, pathName: string, value: unknown): Promise<void> {
  const r = await fetch(`${url}${pathName}`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(value) });
  if (r.status !== 204) throw new Error(`PUT ${pathName}: ${r.status} ${await r.text()}`);
}

/** The Data API request body for a plan: {"input": <plan>}, from the plan's bytes as they are. */
function inputBody(planFile: string): Buffer {
  return Buffer.concat([Buffer.from('{"input":'), fs.readFileSync(planFile), Buffer.from("}")]);
}

/** Runs `tasks` with at most `width` in flight. */
async function pool<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]();
      }
    }),
  );
  return results;
}

describe("opa run --server on bundle/govguard-rego.tar.gz", () => {
  test("the bundle is a proper OPA bundle: .manifest with revision and roots", () => {
    const out = execFileSync(tool("opa"), ["inspect", "--format", "json", regoBundle], { encoding: "utf8" });
    const manifest = (JSON.parse(out) as { manifest: { revision: string; roots: string[] } }).manifest;
    const pkg = JSON.parse(fs.readFileSync(path.join(repo, "package.json"), "utf8")) as { version: string };
    expect(manifest.revision).toBe(`govguard-${pkg.version}`);
    expect(manifest.roots).toEqual(["govguard"]);
  });

  test("corpus plans POSTed to the Data API by concurrent clients: the findings of govguard check", async () => {
    const cases = corpusPlans(4);
    const cli = cliFindings(cases, { today });
    const opa = await startOpa(["--bundle", regoBundle]);
    try {
      // Settings and the date live outside the bundle's roots, so the Data API may write them.
      await put(opa.url, "/v1/data/govguard_today", today);
      const byConfig = new Map<string, typeof cases>();
      for (const c of cases) byConfig.set(JSON.stringify(c.config ?? {}), [...(byConfig.get(JSON.stringify(c.config ?? {})) ?? []), c]);
      let compared = 0;
      for (const [config, group] of byConfig) {
        await put(opa.url, "/v1/data/govguard_config", JSON.parse(config));
        const reports = await pool(group.map((c) => () => post(opa.url, "/v1/data/govguard/report", inputBody(c.plan)) as Promise<ServerReport>), 4);
        group.forEach((c, i) => {
          expect(reports[i].errors).toEqual([]);
          expect({ case: c.name, findings: sorted(reports[i].findings.map(findingKey)) }).toEqual({ case: c.name, findings: sorted((cli.get(c.plan) ?? []).map(findingKey)) });
          compared++;
        });
      }
      expect(compared).toBe(cases.length);
      expect([...cli.values()].flat().length).toBeGreaterThan(1000);
    } finally {
      await stop(opa);
    }
  });

  test("configuration: the document `govguard input` prints for a .tf folder, POSTed, gives the CLI's findings for the folder", async () => {
    const tfCase = path.join(repo, "policies", "govguard", "controls", "a21_2", "cases", "unencrypted");
    const cwd = tempDir("govguard-opa-input-");
    try {
      const printed = runCli(["input", tfCase], { cwd });
      expect(printed.status).toBe(0);
      const cli = runCli(["check", "--format", "json", tfCase], { cwd, env: { GOVGUARD_TODAY: today } });
      expect(cli.status).toBe(1);
      const expected = sorted((JSON.parse(cli.stdout) as { findings: CliFinding[] }).findings.map(findingKey));
      const opa = await startOpa(["--bundle", regoBundle]);
      try {
        await put(opa.url, "/v1/data/govguard_today", today);
        const report = (await post(opa.url, "/v1/data/govguard/report", `{"input":${printed.stdout}}`)) as ServerReport;
        expect(sorted(report.findings.map(findingKey))).toEqual(expected);
        expect(expected.length).toBeGreaterThan(5);
      } finally {
        await stop(opa);
      }
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });
});

describe("a signed bundle", () => {
  let publicKey: string;
  let signed: string;
  beforeAll(() => {
    const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const privateKey = path.join(scratch, "signing.pem");
    publicKey = path.join(scratch, "verification.pem");
    fs.writeFileSync(privateKey, pair.privateKey.export({ type: "pkcs8", format: "pem" }));
    fs.writeFileSync(publicKey, pair.publicKey.export({ type: "spki", format: "pem" }));
    signed = path.join(scratch, "govguard-signed.tar.gz");
    execFileSync(path.join(serverDir, "sign-bundle.sh"), [privateKey, signed], { stdio: "pipe" });
  });

  const verify = (bundle: string): string[] => ["--bundle", "--verification-key", publicKey, "--verification-key-id", "govguard", bundle];

  test("is verified by opa run --verification-key and serves the same report", async () => {
    const plan = path.join(repo, "policies", "govguard", "controls", "a21_2", "cases", "unencrypted", "plan.json");
    const expected = sorted((cliFindings([{ name: "a21_2", plan, config: null }], { today }).get(plan) ?? []).map(findingKey));
    const opa = await startOpa(verify(signed));
    try {
      await put(opa.url, "/v1/data/govguard_today", today);
      const report = (await post(opa.url, "/v1/data/govguard/report", inputBody(plan))) as ServerReport;
      expect(sorted(report.findings.map(findingKey))).toEqual(expected);
    } finally {
      await stop(opa);
    }
  });

  test("a tampered bundle, an unsigned one and one signed by another key are refused", async () => {
    // One rule file changed after signing: its digest no longer matches .signatures.json. The
    // archive is packed again with the same member names, and the same repacking without the
    // change is accepted, so the refusal is the change's.
    const repack = async (name: string, change: boolean): Promise<string> => {
      const unpacked = path.join(scratch, name);
      fs.mkdirSync(unpacked);
      execFileSync("tar", ["-xzf", signed, "-C", unpacked], { stdio: "pipe" });
      if (change) {
        const rule = path.join(unpacked, "policies", "govguard", "controls", "a21_2", "a21_2.rego");
        const text = fs.readFileSync(rule, "utf8");
        expect(text).toContain('"severity": "high"');
        fs.writeFileSync(rule, text.replace('"severity": "high"', '"severity": "low"'));
      }
      const out = path.join(scratch, `${name}.tar.gz`);
      execFileSync("tar", ["-czf", out, ".manifest", ".signatures.json", "data.json", "policies"], { cwd: unpacked, stdio: "pipe" });
      return out;
    };
    const untouched = await startOpa(verify(await repack("repacked", false)));
    await stop(untouched);
    const t = await refusedStart(verify(await repack("tampered", true)));
    expect(t.status).not.toBe(0);
    expect(t.output).toMatch(/a21_2\.rego: digest mismatch/);

    const u = await refusedStart(verify(regoBundle));
    expect(u.status).not.toBe(0);
    expect(u.output).toMatch(/missing \.signatures\.json/);

    const other = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const otherKey = path.join(scratch, "other.pem");
    fs.writeFileSync(otherKey, other.publicKey.export({ type: "spki", format: "pem" }));
    const o = await refusedStart(["--bundle", "--verification-key", otherKey, "--verification-key-id", "govguard", signed]);
    expect(o.status).not.toBe(0);
    expect(o.output).toMatch(/verification|signature/i);
  });

  test("the fleet set-up: polled from a bundle service, verified, decision logs uploaded without the plan", async () => {
    const served: string[] = [];
    const logs: { path: string; revision?: string; input?: unknown; erased?: string[]; result?: unknown }[] = [];
    const service = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        if (req.method === "GET" && req.url === "/opa/bundles/govguard.tar.gz") {
          served.push(req.url);
          res.writeHead(200, { "content-type": "application/gzip" });
          res.end(fs.readFileSync(signed));
        } else if (req.method === "POST" && req.url === "/opa/logs") {
          const body = req.headers["content-encoding"] === "gzip" ? gunzipSync(Buffer.concat(chunks)) : Buffer.concat(chunks);
          for (const e of JSON.parse(body.toString("utf8")) as { path: string; bundles?: { govguard?: { revision: string } }; input?: unknown; erased?: string[]; result?: unknown }[]) {
            logs.push({ path: e.path, revision: e.bundles?.govguard?.revision, input: e.input, erased: e.erased, result: e.result });
          }
          res.writeHead(204).end();
        } else {
          res.writeHead(204).end();
        }
      });
    });
    await new Promise<void>((r) => service.listen(0, "127.0.0.1", () => r()));
    const port = (service.address() as net.AddressInfo).port;
    const opa = await startOpa([
      "--config-file", path.join(serverDir, "opa-config.yaml"),
      "--set", `services.govguard.url=http://127.0.0.1:${port}/opa`,
      "--set", "bundles.govguard.persist=false",
      "--set", "decision_logs.reporting.min_delay_seconds=1",
      "--set", "decision_logs.reporting.max_delay_seconds=1",
      "--set-file", `keys.govguard.key=${publicKey}`,
      path.join(serverDir, "log-mask.rego"),
    ]);
    try {
      expect(served.length).toBeGreaterThanOrEqual(1);
      await put(opa.url, "/v1/data/govguard_today", today);
      const plan = path.join(repo, "policies", "govguard", "controls", "a22_1", "cases", "public-acl", "plan.json");
      const report = (await post(opa.url, "/v1/data/govguard/report", inputBody(plan))) as ServerReport;
      expect(report.findings.length).toBeGreaterThan(0);
      const deadline = Date.now() + 20_000;
      while (!logs.some((l) => l.path === "govguard/report") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      const entry = logs.find((l) => l.path === "govguard/report");
      expect(entry).toBeDefined();
      expect(entry?.revision).toMatch(/^govguard-/);
      expect(entry?.input).toBeUndefined();
      expect(entry?.erased).toEqual(["/input"]);
      expect(((entry?.result ?? {}) as ServerReport).findings).toHaveLength(report.findings.length);
    } finally {
      await stop(opa);
      await new Promise<void>((r) => service.close(() => r()));
    }
  });
});
